// What companies say about themselves (docs/methodology.md § Reported status), kept beside the measured status and
// never merged into it: Statuspage components → a reported status; cloud feeds → open incidents; and
// vendor lag, the time from our first failing check to their acknowledgment, published as a range.
import type { ReportedComponent, ReportedIncident } from '@/lib/probes/types';
import { median } from './shared';
import { worstStatus, type Reason, type Status } from './vocabulary';

/** docs/methodology.md § Reported status: "no acknowledgment within 24 h" when none came. */
export const ACK_DEADLINE_MS = 24 * 3_600_000;

export interface ReportedStatus {
  provenance: 'reported';
  status: Status;
  reason: Reason | null;
  /** The components or incidents behind it, by id, for the source link. */
  componentIds: string[];
  incidentIds: string[];
}

const STATUSPAGE: Record<string, Status> = {
  operational: 'operational',
  degraded_performance: 'degraded',
  partial_outage: 'partial_outage',
  major_outage: 'major_outage',
  under_maintenance: 'maintenance',
};

/**
 * Components already filtered to this service (by id: Coinbase's "Solana" component is Coinbase's
 * Solana withdrawals, not the chain). The page's overall indicator is ignored. A word we do not know
 * is `unknown`, never guessed.
 */
export function deriveReportedStatus(components: readonly ReportedComponent[]): ReportedStatus {
  const status = components.length ? worstStatus(components.map((c) => STATUSPAGE[c.status] ?? 'unknown')) : 'unknown';
  const affected = components.filter((c) => (STATUSPAGE[c.status] ?? 'unknown') !== 'operational');
  return {
    provenance: 'reported',
    status,
    reason: status === 'unknown' ? 'no_data' : status === 'operational' || status === 'maintenance' ? null : 'reported_incident',
    componentIds: affected.map((c) => c.id),
    incidentIds: [],
  };
}

const CLOSED_PHASES = new Set(['resolved', 'postmortem', 'completed']);
const IMPACT: Record<string, Status> = { none: 'operational', minor: 'degraded', major: 'partial_outage', critical: 'major_outage', maintenance: 'maintenance' };

/**
 * A cloud feed's open incidents (already filtered to the service and regions). No open incident reads
 * `operational` as *reported* only: a quiet feed does not prove the cloud healthy, so this never stands
 * in for a measured status. An incident without a stated impact is `degraded`: the cloud said something
 * is wrong without saying how much, and we do not raise it on our own.
 */
export function deriveCloudReportedStatus(incidents: readonly ReportedIncident[]): ReportedStatus {
  const open = incidents.filter((i) => !CLOSED_PHASES.has(i.phase.toLowerCase()));
  const status = worstStatus(['operational', ...open.map((i) => (i.impact ? (IMPACT[i.impact.toLowerCase()] ?? 'degraded') : 'degraded'))]);
  return {
    provenance: 'reported',
    status,
    reason: open.length && status !== 'operational' && status !== 'maintenance' ? 'reported_incident' : null,
    componentIds: [],
    incidentIds: open.map((i) => i.id),
  };
}

export type VendorLag =
  /** Acknowledged: lag = acknowledgment − first failing check, within [minSec, maxSec] (negative: they spoke first). */
  | { kind: 'acknowledged'; minSec: number; maxSec: number }
  /** No acknowledgment within ACK_DEADLINE_MS of the first failing check. */
  | { kind: 'none_within_24h' }
  /** Not acknowledged yet, and the 24 hours are not over. */
  | { kind: 'pending' };

export interface VendorLagInput {
  /** First failing check of the mapped component's target. */
  firstFailAt: number;
  /** The incident's `created_at` (vendors can edit it), epoch ms. */
  incidentCreatedAt?: number | null;
  /** Marsad's first poll that saw the incident. */
  firstSeenAt?: number | null;
  now: number;
}

/**
 * The acknowledgment time lies between the incident's `created_at` and our first poll that saw it:
 * we publish that bracket, never one of its ends as if it were exact.
 */
export function deriveVendorLag(input: VendorLagInput): VendorLag {
  const bounds = [input.incidentCreatedAt, input.firstSeenAt].filter((x): x is number => x != null);
  if (bounds.length === 0) return input.now - input.firstFailAt >= ACK_DEADLINE_MS ? { kind: 'none_within_24h' } : { kind: 'pending' };
  const earliest = Math.min(...bounds);
  const latest = Math.max(...bounds);
  if (earliest - input.firstFailAt > ACK_DEADLINE_MS) return { kind: 'none_within_24h' };
  return { kind: 'acknowledged', minSec: (earliest - input.firstFailAt) / 1000, maxSec: (latest - input.firstFailAt) / 1000 };
}

export interface VendorLagSummary {
  /** The median lag lies in [medianMinSec, medianMaxSec]; medianMaxSec null: over 24 h, unbounded. */
  medianMinSec: number | null;
  medianMaxSec: number | null;
  acknowledged: number;
  unacknowledged: number;
}

/**
 * The median of ranges: the median of the lower ends and of the upper ends bracket the true median
 * (the median never decreases when one value increases). A missing acknowledgment counts as "later
 * than 24 h": lower end 24 h, no upper end. Pending cases are omitted.
 */
export function summarizeVendorLag(lags: readonly VendorLag[]): VendorLagSummary {
  const lows: number[] = [];
  const highs: number[] = [];
  let acknowledged = 0;
  let unacknowledged = 0;
  for (const lag of lags) {
    if (lag.kind === 'acknowledged') {
      acknowledged += 1;
      lows.push(lag.minSec);
      highs.push(lag.maxSec);
    } else if (lag.kind === 'none_within_24h') {
      unacknowledged += 1;
      lows.push(ACK_DEADLINE_MS / 1000);
      highs.push(Infinity);
    }
  }
  const high = median(highs);
  return { medianMinSec: median(lows), medianMaxSec: high === null || !Number.isFinite(high) ? null : high, acknowledged, unacknowledged };
}
