// One service's status for the page: chain liveness, access (confirmed, across vantages, guarded) and
// trading combine into the measured status; what the company reports stays beside it, never merged.
// A service with nothing to probe is unknown/not_monitored; with no usable data, unknown/no_data.
import type { Service } from '@/lib/catalog/schema';
import type { ChainVerdict } from './chain';
import type { TradingVerdict } from './exchange';
import { isAnnouncedMaintenance, type AnnouncedWindow } from './maintenance';
import type { ReportedStatus } from './reported';
import { isOutage, median, mostCommon, type VantageCount } from './shared';
import type { TargetVerdict } from './vantages';
import { STATUS_SEVERITY, type Reason, type Status } from './vocabulary';

export interface ServiceStatusInput {
  service: Pick<Service, 'monitored'>;
  now: number;
  /** One verdict per access monitor (aggregateVantages). */
  access?: readonly TargetVerdict[];
  /** The chain's liveness (stepChain), for L1/L2 services. */
  chain?: ChainVerdict;
  /** Trading (deriveTradingStatus), for exchanges. */
  trading?: TradingVerdict;
  /** The company's own word (deriveReportedStatus / deriveCloudReportedStatus): kept beside. */
  reported?: ReportedStatus;
  /** A maintenance window the company announced. */
  maintenance?: AnnouncedWindow;
  /** Last round's status and since, to keep `since` steady while the status holds. */
  previous?: { status: Status; since: number };
}

export interface ServiceStatus {
  status: Status;
  reason: Reason | null;
  /** Epoch ms; for an outage, its first failing check. */
  since: number;
  /** From the access monitor that decided the status (or the worst one): "failing from k of n vantages". */
  failingVantages: VantageCount;
  /** True when `status` comes from Marsad's own probes; false for unknown without data, or not monitored. */
  measured: boolean;
  reported?: ReportedStatus;
  headAgeSec?: number;
  latencyMs?: number;
}

interface Part {
  status: Status;
  reason: Reason | null;
  firstFailAt: number | null;
  failing?: VantageCount;
}

export function deriveServiceStatus(input: ServiceStatusInput): ServiceStatus {
  const side = { ...(input.reported && { reported: input.reported }) };
  if (!input.service.monitored) {
    return { status: 'unknown', reason: 'not_monitored', since: sinceOf(input, 'unknown', null), failingVantages: { k: 0, n: 0 }, measured: false, ...side };
  }
  const access = combineAccess(input.access ?? []);
  const parts: Part[] = [
    ...(input.chain ? [{ status: input.chain.status, reason: input.chain.reason, firstFailAt: input.chain.firstFailAt }] : []),
    ...(access ? [access] : []),
    ...(input.trading ? [{ status: input.trading.status, reason: input.trading.reason, firstFailAt: null }] : []),
  ];
  const known = parts.filter((p) => p.status !== 'unknown');
  const latencyMs = latencyOf(input.access ?? []);
  const extras = { ...side, ...headAge(input.chain), ...(latencyMs !== null && { latencyMs }) };
  if (known.length === 0) {
    const reason = mostCommon(parts.map((p) => p.reason)) ?? 'no_data';
    return { status: 'unknown', reason, since: sinceOf(input, 'unknown', null), failingVantages: access?.failing ?? { k: 0, n: 0 }, measured: false, ...extras };
  }

  // The worst part decides; `unknown` ranks lowest, so a part without data never hides a real outage.
  // Between equally bad parts, one that says why wins over one that does not (an exchange whose API answers
  // but whose declared state disagrees with its trades is operational, with the reason naming the disagreement).
  const worst = known.reduce((a, p) =>
    STATUS_SEVERITY[p.status] > STATUS_SEVERITY[a.status] || (p.status === a.status && a.reason === null && p.reason !== null) ? p : a,
  );
  const failuresBeganAt = minOf(known.map((p) => p.firstFailAt));
  const inMaintenance = input.trading?.status === 'maintenance' || isAnnouncedMaintenance(input.maintenance, input.now, failuresBeganAt);
  const status: Status = inMaintenance && STATUS_SEVERITY[worst.status] >= STATUS_SEVERITY.maintenance ? 'maintenance' : worst.status;
  return {
    status,
    reason: status === 'maintenance' ? null : worst.reason,
    since: sinceOf(input, status, isOutage(status) ? (worst.firstFailAt ?? failuresBeganAt) : null),
    failingVantages: access?.failing ?? { k: 0, n: 0 },
    measured: true,
    ...extras,
  };
}

/**
 * Several access monitors (an exchange's two APIs, a wallet's back ends): the worst decides, except
 * that a major outage of one while another still answers is a partial outage of the service.
 */
function combineAccess(verdicts: readonly TargetVerdict[]): Part | null {
  if (verdicts.length === 0) return null;
  const known = verdicts.filter((v) => v.status !== 'unknown');
  if (known.length === 0) {
    const v = verdicts[0]!;
    return { status: 'unknown', reason: mostCommon(verdicts.map((x) => x.reason)), firstFailAt: null, failing: v.failing };
  }
  const worst = known.reduce((a, v) =>
    STATUS_SEVERITY[v.status] > STATUS_SEVERITY[a.status] || (v.status === a.status && v.failing.k > a.failing.k) ? v : a,
  );
  const othersAnswer = known.some((v) => v.status === 'operational' || v.status === 'degraded');
  const status: Status = worst.status === 'major_outage' && othersAnswer ? 'partial_outage' : worst.status;
  return { status, reason: worst.reason, firstFailAt: worst.firstFailAt, failing: worst.failing };
}

/** Header age is what readers expect ("newest block 7 s ago") when it can be trusted; else our own clock's. */
function headAge(chain: ChainVerdict | undefined): { headAgeSec?: number } {
  if (!chain) return {};
  const age = chain.headerTrusted && chain.headerAgeSec !== null ? Math.max(0, chain.headerAgeSec) : chain.headAgeSec;
  return age === null ? {} : { headAgeSec: age };
}

function latencyOf(verdicts: readonly TargetVerdict[]): number | null {
  return median(verdicts.flatMap((v) => (v.latencyMs === null ? [] : [v.latencyMs])));
}

function sinceOf(input: ServiceStatusInput, status: Status, outageStart: number | null): number {
  if (input.previous && input.previous.status === status) return input.previous.since;
  return outageStart ?? input.now;
}

function minOf(values: readonly (number | null)[]): number | null {
  const xs = values.filter((x): x is number => x !== null);
  return xs.length ? Math.min(...xs) : null;
}
