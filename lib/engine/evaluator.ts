// The live evaluation: probe results in, service statuses and incident changes out, by the rules of
// lib/status applied in the order of docs/architecture.md § Data flow (guard → confirmation per vantage → across vantages → target
// transitions → incidents; chains through their own liveness rule). It keeps the state those rules
// need between rounds, in memory; no database here, so it is tested like the rules themselves.
import type { Catalog, Monitor, Service } from '@/lib/catalog/schema';
import type { ProbeResult, ReportedMaintenance } from '@/lib/probes/types';
import {
  aggregateVantages, assessVantages, defaultVantageQuorum, deriveCloudReportedStatus, deriveReportedStatus,
  deriveServiceStatus, deriveTradingStatus, impairedVantages, setAsideImpaired, stepChain, stepConfirmation,
  stepIncidents, stepTarget,
  type ChainMemory, type ChainVerdict, type ConfirmationState, type IncidentChange, type IncidentLog,
  type ReportedStatus, type ServiceStatus, type TargetMemory, type TargetVerdict,
} from '@/lib/status';
import type { Reason, Status } from '@/lib/status/vocabulary';
import { DEFAULT_ENGINE_WINDOWS } from '@/lib/engine/windows';
import { windowFor, type MaintenanceWindow } from '@/lib/maintenance/windows';

/** How long raw results are kept in memory by default: longer than every rule's window (guard 1 min, stall rounds). */
export const RECENT_WINDOW_MS = DEFAULT_ENGINE_WINDOWS.recentMs;

export interface ServiceEvaluation extends ServiceStatus {
  serviceId: string;
  checkedAt: number | null;
  chain?: Pick<ChainVerdict, 'bestHeight' | 'headAgeSec' | 'operators' | 'lastAdvanceAt'> & {
    endpoints: { monitorId: string; operator: string; state: string; reason: Reason | null }[];
  };
  vantages: string[];
}

export interface StatusChangeRecord {
  serviceId: string;
  at: number;
  status: Status;
  reason: Reason | null;
}

/**
 * One entry of a detected incident's measured timeline: a status change of its service while the
 * incident is open (the recovery included), or the first time the company's own page said something is
 * wrong. Keyed by incident and time, so several evaluators write it once.
 */
export interface IncidentTimelineEntry {
  incidentId: string;
  serviceId: string;
  at: number;
  kind: 'measured' | 'reported';
  status: Status;
  reason: Reason | null;
  /** Vantage points failing and those that answered, when measured. */
  failingVantages: number;
  vantageCount: number;
}

export interface EvaluationRound {
  services: ServiceEvaluation[];
  statusChanges: StatusChangeRecord[];
  incidentChanges: (IncidentChange & { serviceId: string })[];
  incidentTimeline: IncidentTimelineEntry[];
  impairedVantages: string[];
}

export interface EvaluatorOptions {
  catalog: Catalog;
  /** How many vantages the deployment runs (for the across-vantages quorum); by default, those seen. */
  configuredVantages?: number;
  /** How long raw results stay in memory (default RECENT_WINDOW_MS). */
  recentWindowMs?: number;
  /** Failing again within this long of a recovery reopens an incident (default: the methodology's 15 minutes). */
  reopenWindowMs?: number;
}

export interface EvaluatorSeed {
  /** What the database says each service was, so `since` survives a restart. */
  previous?: Map<string, { status: Status; reason: Reason | null; since: number }>;
  openIncidents?: Map<string, IncidentLog>;
}

const key = (monitorId: string, vantage: string) => `${monitorId}\u0000${vantage}`;

export class Evaluator {
  private readonly catalog: Catalog;
  private readonly configuredVantages?: number;
  private readonly recentWindowMs: number;
  private readonly reopenWindowMs?: number;
  private readonly monitorsById = new Map<string, { monitor: Monitor; service: Service | null }>();
  private readonly canaryIds: ReadonlySet<string>;
  private readonly recent = new Map<string, ProbeResult[]>();
  private readonly seen = new Set<string>();
  private pending: ProbeResult[] = [];
  private readonly confirmation = new Map<string, ConfirmationState>();
  private readonly chains = new Map<string, ChainMemory>();
  private readonly targets = new Map<string, TargetMemory>();
  private readonly incidents = new Map<string, IncidentLog>();
  private readonly previous = new Map<string, { status: Status; since: number }>();
  private maintenance: readonly MaintenanceWindow[] = [];

  constructor(options: EvaluatorOptions, seed: EvaluatorSeed = {}) {
    this.catalog = options.catalog;
    this.configuredVantages = options.configuredVantages;
    this.recentWindowMs = options.recentWindowMs ?? RECENT_WINDOW_MS;
    this.reopenWindowMs = options.reopenWindowMs;
    for (const service of options.catalog.services) for (const monitor of service.monitors) this.monitorsById.set(monitor.id, { monitor, service });
    for (const monitor of options.catalog.canaries) this.monitorsById.set(monitor.id, { monitor, service: null });
    this.canaryIds = new Set(options.catalog.canaries.map((m) => m.id));
    for (const [serviceId, prev] of seed.previous ?? []) {
      this.previous.set(serviceId, { status: prev.status, since: prev.since });
      this.targets.set(serviceId, { status: prev.status, reason: prev.reason, since: prev.since, outage: isOutageStatus(prev.status) ? prev.status : null });
    }
    for (const [serviceId, log] of seed.openIncidents ?? []) this.incidents.set(serviceId, log);
  }

  /** Takes results (from this process or read back from the database); each is counted once. */
  ingest(results: readonly ProbeResult[]): void {
    for (const r of results) {
      const id = `${key(r.monitorId, r.vantage)}\u0000${r.startedAt}`;
      if (this.seen.has(id) || !this.monitorsById.has(r.monitorId)) continue;
      this.seen.add(id);
      this.pending.push(r);
      const list = this.recent.get(r.monitorId) ?? [];
      list.push(r);
      this.recent.set(r.monitorId, list);
    }
  }

  /** The announced maintenance windows (the desk's and the companies' own), read by the status rules from the next round. */
  setMaintenanceWindows(windows: readonly MaintenanceWindow[]): void {
    this.maintenance = windows;
  }

  /** The newest reading of each statuspage monitor that lists the company's maintenances (lib/engine/maintenance.ts). */
  companyNotices(): { serviceId: string; monitorId: string; readAt: number; maintenances: ReportedMaintenance[] }[] {
    const out: { serviceId: string; monitorId: string; readAt: number; maintenances: ReportedMaintenance[] }[] = [];
    for (const [monitorId, list] of this.recent) {
      const service = this.monitorsById.get(monitorId)?.service;
      const newest = list.filter((r) => r.kind === 'statuspage' && r.facts.maintenances !== undefined).reduce<ProbeResult | null>((a, b) => (!a || b.startedAt > a.startedAt ? b : a), null);
      if (service && newest) out.push({ serviceId: service.id, monitorId, readAt: newest.startedAt, maintenances: newest.facts.maintenances ?? [] });
    }
    return out;
  }

  /** One evaluation round at `now` (epoch ms). */
  evaluate(now: number): EvaluationRound {
    this.prune(now);
    const all = [...this.recent.values()].flat();
    const vantages = [...new Set(all.map((r) => r.vantage))].sort();
    const quorum = defaultVantageQuorum(this.configuredVantages ?? Math.max(1, vantages.length));

    // 1. The connectivity guard: a vantage that lost its own network has its results set aside.
    const health = assessVantages({
      results: all,
      canaryIds: this.canaryIds,
      operatorOf: (id) => this.monitorsById.get(id)?.monitor.operator,
      now,
    });
    const impaired = impairedVantages(health);

    // 2. Confirmation per (monitor, vantage), in time order.
    const pending = setAsideImpaired(this.pending.sort((a, b) => a.startedAt - b.startedAt), impaired);
    this.pending = [];
    for (const r of pending) {
      const k = key(r.monitorId, r.vantage);
      this.confirmation.set(k, stepConfirmation(this.confirmation.get(k), r).state);
    }

    const round: EvaluationRound = { services: [], statusChanges: [], incidentChanges: [], incidentTimeline: [], impairedVantages: [...impaired] };
    for (const service of this.catalog.services) {
      const evaluation = this.evaluateService(service, now, quorum, impaired, vantages);
      round.services.push(evaluation);
      const step = stepTarget(this.targets.get(service.id), {
        status: evaluation.status,
        reason: evaluation.reason,
        firstFailAt: evaluation.since,
        lastRecoveryAt: evaluation.since,
      }, now);
      const before = this.targets.get(service.id);
      this.targets.set(service.id, step.memory);
      const changed = !before || before.status !== step.memory.status;
      if (changed) {
        round.statusChanges.push({ serviceId: service.id, at: step.memory.since, status: step.memory.status, reason: step.memory.reason });
      }
      let change: IncidentChange | undefined;
      if (step.event) {
        const intervalSec = Math.min(...service.monitors.map((m) => m.intervalSec), 3600);
        const inc = stepIncidents(this.incidents.get(service.id), step.event, {
          targetId: service.id,
          intervalSec,
          ...(this.reopenWindowMs !== undefined && { reopenWindowMs: this.reopenWindowMs }),
        });
        this.incidents.set(service.id, inc.log);
        change = inc.change;
      }
      const ack = this.acknowledge(service.id, evaluation, change);
      change = ack.change;
      // The timeline: every status change while an incident is open, and the change that closes it.
      const incident = change?.incident ?? this.incidents.get(service.id)?.open;
      const onTimeline = incident !== undefined && incident !== null && (changed || change?.type === 'opened' || change?.type === 'reopened');
      // The incident row is written with its timeline (the entries refer to it), even when only the timeline moved.
      if (!change && onTimeline) change = { type: 'updated', incident };
      if (change) round.incidentChanges.push({ ...change, serviceId: service.id });
      if (incident && onTimeline) {
        round.incidentTimeline.push({
          incidentId: incident.id,
          serviceId: service.id,
          at: change?.type === 'resolved' ? (incident.endedAt ?? step.memory.since) : step.memory.since,
          kind: 'measured',
          status: step.memory.status,
          reason: step.memory.reason,
          failingVantages: evaluation.failingVantages.k,
          vantageCount: evaluation.failingVantages.n,
        });
      }
      if (ack.acknowledged && incident?.acknowledgedAt != null && evaluation.reported) {
        round.incidentTimeline.push({
          incidentId: incident.id,
          serviceId: service.id,
          at: incident.acknowledgedAt,
          kind: 'reported',
          status: evaluation.reported.status,
          reason: evaluation.reported.reason,
          failingVantages: 0,
          vantageCount: 0,
        });
      }
      this.previous.set(service.id, { status: evaluation.status, since: evaluation.since });
    }
    return round;
  }

  private evaluateService(service: Service, now: number, quorum: number, impaired: ReadonlySet<string>, vantages: string[]): ServiceEvaluation {
    const resultsOf = (m: Monitor) => setAsideImpaired(this.recent.get(m.id) ?? [], impaired);
    const access: TargetVerdict[] = service.monitors
      .filter((m) => m.role === 'access')
      .map((m) => {
        const states = vantages.flatMap((vantage) => {
          const state = this.confirmation.get(key(m.id, vantage));
          return state ? [{ vantage, state }] : [];
        });
        return aggregateVantages(states, now, { intervalSec: m.intervalSec, quorum, impaired });
      });

    const liveness = service.monitors.filter((m) => m.role === 'liveness');
    let chain: ChainVerdict | undefined;
    if (service.chain && liveness.length > 0) {
      const step = stepChain(this.chains.get(service.id), {
        config: service.chain,
        endpoints: liveness.map((m) => ({ monitorId: m.id, operator: m.operator, results: resultsOf(m) })),
        now,
        intervalSec: Math.min(...liveness.map((m) => m.intervalSec)),
      });
      this.chains.set(service.id, step.memory);
      chain = step.verdict;
    }

    const exchangeMonitors = service.monitors.filter((m) => m.kind === 'exchange');
    const accessFailAt = minOf(access.map((a) => a.firstFailAt));
    // An announced window covering now (lib/maintenance); the rules decide whether it counts (announced in
    // advance, before the failure began; past its end it is an outage).
    const maintenance = windowFor(this.maintenance, service.id, now);
    const trading = exchangeMonitors.length
      ? deriveTradingStatus({
          results: exchangeMonitors.flatMap(resultsOf),
          intervalSec: Math.min(...exchangeMonitors.map((m) => m.intervalSec)),
          ...(exchangeMonitors[0]!.kind === 'exchange' && { tradeFreshSec: exchangeMonitors[0]!.tradeFreshSec, tradeHaltSec: exchangeMonitors[0]!.tradeHaltSec }),
          failuresBeganAt: accessFailAt,
          ...(maintenance && { maintenance }),
          now,
        })
      : undefined;

    const reported = this.reportedOf(service);
    const prev = this.previous.get(service.id);
    const status = deriveServiceStatus({
      service,
      now,
      ...(access.length && { access }),
      ...(chain && { chain }),
      ...(trading && { trading }),
      ...(reported && { reported }),
      ...(maintenance && { maintenance }),
      ...(prev && { previous: prev }),
    });
    // Say why nothing is known when the only reason is that this vantage lost its network.
    const allImpaired = vantages.length > 0 && vantages.every((v) => impaired.has(v));
    const reason = status.status === 'unknown' && service.monitored && allImpaired ? 'vantage_impaired' : status.reason;
    const checkedAt = maxOf(service.monitors.flatMap((m) => (this.recent.get(m.id) ?? []).map((r) => r.startedAt + r.latencyMs)));
    return {
      ...status,
      reason,
      serviceId: service.id,
      checkedAt,
      vantages,
      ...(chain && {
        chain: {
          bestHeight: chain.bestHeight,
          headAgeSec: chain.headAgeSec,
          operators: chain.operators,
          lastAdvanceAt: chain.lastAdvanceAt,
          endpoints: chain.endpoints.map((e) => ({ monitorId: e.monitorId, operator: e.operator, state: e.state, reason: e.reason })),
        },
      }),
    };
  }

  /**
   * The first time, during an open incident, that the company's own page or feed says something is
   * wrong: stored on the incident (its acknowledgement, for the vendor lag). Returns the change to write.
   */
  private acknowledge(serviceId: string, evaluation: ServiceEvaluation, change: IncidentChange | undefined): { change: IncidentChange | undefined; acknowledged: boolean } {
    const log = this.incidents.get(serviceId);
    const open = log?.open;
    const reported = evaluation.reported;
    if (!log || !open || open.acknowledgedAt != null || !reported || reported.status === 'operational' || reported.status === 'unknown') {
      return { change, acknowledged: false };
    }
    const reading = this.reportedReading(serviceId);
    if (!reading) return { change, acknowledged: false };
    // The acknowledgement lies between the company's own created_at (when the feed gives one) and the
    // first reading that showed it: both kept, the page publishes the bracket (lib/status deriveVendorLag).
    const incident = { ...open, acknowledgedAt: reading.readAt, acknowledgedCreatedAt: reading.createdAt };
    this.incidents.set(serviceId, { ...log, open: incident });
    // An opening or worsening in the same round keeps its type and carries the acknowledgement.
    return { change: change ? { ...change, incident } : { type: 'acknowledged', incident }, acknowledged: true };
  }

  /** When the reading that `reportedOf` used was taken, and the earliest created_at of the incidents it names. */
  private reportedReading(serviceId: string): { readAt: number; createdAt: number | null } | null {
    const service = this.catalog.services.find((s) => s.id === serviceId);
    const readings = (service?.monitors ?? [])
      .filter((m) => m.role === 'reported')
      .flatMap((m) => (this.recent.get(m.id) ?? []).slice(-1))
      .filter((r) => r.facts.components !== undefined || r.facts.incidents !== undefined);
    if (readings.length === 0) return null;
    const newest = readings.reduce((a, b) => (b.startedAt > a.startedAt ? b : a));
    const created = (newest.facts.incidents ?? []).map((i) => (i.createdAt ? Date.parse(i.createdAt) : NaN)).filter(Number.isFinite);
    return { readAt: newest.startedAt, createdAt: created.length ? Math.min(...created) : null };
  }

  /** The company's own word: the newest statuspage or cloud-feed reading that carries one. */
  private reportedOf(service: Service): ReportedStatus | undefined {
    const readings = service.monitors
      .filter((m) => m.role === 'reported')
      .flatMap((m) => (this.recent.get(m.id) ?? []).slice(-1))
      .filter((r) => r.facts.components !== undefined || r.facts.incidents !== undefined);
    if (readings.length === 0) return undefined;
    const newest = readings.reduce((a, b) => (b.startedAt > a.startedAt ? b : a));
    return newest.kind === 'cloud-feed' ? deriveCloudReportedStatus(newest.facts.incidents ?? []) : deriveReportedStatus(newest.facts.components ?? []);
  }

  private prune(now: number): void {
    const cutoff = now - this.recentWindowMs;
    for (const [id, list] of this.recent) {
      const kept = list.filter((r) => r.startedAt >= cutoff);
      if (kept.length) this.recent.set(id, kept);
      else this.recent.delete(id);
      for (const r of list) if (r.startedAt < cutoff) this.seen.delete(`${key(r.monitorId, r.vantage)}\u0000${r.startedAt}`);
    }
  }
}

function isOutageStatus(status: Status): boolean {
  return status === 'partial_outage' || status === 'major_outage';
}

function minOf(values: (number | null)[]): number | null {
  const xs = values.filter((v): v is number => v !== null);
  return xs.length ? Math.min(...xs) : null;
}

function maxOf(values: number[]): number | null {
  return values.length ? Math.max(...values) : null;
}
