// Probing in a running process: the scheduler runs every monitor, results go to the database in
// batches, and every few seconds the evaluator turns all vantages' recent results (read back from the
// database, so several workers agree) into service states, status changes, incidents and rollups.
// Time comes from `now` and the windows from `windows` (lib/engine/windows.ts), so tests drive it.
import type { Catalog } from '@/lib/catalog/schema';
import type { DbHandle } from '@/lib/db/client';
import {
  checkResultRow, insertCheckResults, insertIncidentTimeline, insertStatusChanges, pruneCheckResults, readOpenDetectedIncidents,
  readRecentResults, readServiceStates, upsertDetectedIncidents, upsertServiceStates,
} from '@/lib/db/queries';
import { detectedTitle, timelineSummary } from '@/lib/incidents/detected-text';
import { absorbOutage } from '@/lib/db/health-state';
import type { StateDetail } from '@/lib/db/state-detail';
import { createHostBudget } from '@/lib/probes/host-budget';
import { probeFetch } from '@/lib/probes/probe-fetch';
import { runProbe } from '@/lib/probes/registry';
import type { ProbeResult } from '@/lib/probes/types';
import { rawResultsCutoff, type IncidentLog } from '@/lib/status';
import { createScheduler, type Log, type ScheduledMonitor, type Scheduler } from '@/lib/scheduler/scheduler';
import { Evaluator, type EvaluationRound, type ServiceEvaluation } from '@/lib/engine/evaluator';
import { createCloudEventStep } from '@/lib/engine/cloud-events';
import type { MeasuredDependency } from '@/lib/correlation';
import { getMeasuredDependencies } from '@/lib/read-models/exposure';
import { buildRollupsFor } from '@/lib/engine/rollups';
import { syncMaintenance } from '@/lib/engine/maintenance';
import { storedResultReader } from '@/lib/engine/stored-results';
import { DEFAULT_ENGINE_WINDOWS, systemClock, type Clock, type EngineWindows } from '@/lib/engine/windows';
import { enqueueNotifications, type OutboxTargets } from '@/lib/db/outbox';
import { notificationOfIncidentChange } from '@/lib/notify/changes';
import { siteOrigin } from '@/lib/open-data/seo';

export const USER_AGENT = 'Marsad/0.1 (public status page for crypto during cloud outages; +https://github.com/marsad-status)';

export interface ProbingOptions {
  handle: DbHandle;
  catalog: Catalog;
  vantage: string;
  log: Log;
  /** Only evaluate (read results, derive statuses): a web instance or a test may skip probing. */
  probe?: boolean;
  /** Derive statuses at all (default true); a benchmark of the probes alone turns it off. */
  evaluate?: boolean;
  /** Shorthands for windows.evaluateEveryMs and windows.rollupEveryMs. */
  evaluateEveryMs?: number;
  rollupEveryMs?: number;
  windows?: Partial<EngineWindows>;
  /** The clock every round, result and window reads (default: the system clock). */
  now?: Clock;
  concurrency?: number;
  /** Runs at once against one host (default 4: a polite neighbour). */
  maxConcurrentPerHost?: number;
  fetch?: typeof fetch;
  /** How many vantages this deployment runs (MARSAD_VANTAGES): the across-vantages quorum. */
  configuredVantages?: number;
  /** The exposure map's measured dependencies for the cloud-outage rules (default: lib/read-models/exposure on this database). */
  measuredDependencies?: () => Promise<readonly MeasuredDependency[]>;
  /** Where incident changes are announced (lib/db/outbox.ts): the public origin for links and the Telegram channels; webhook endpoints are read from the database. */
  notify?: NotifyTargets;
}

export interface NotifyTargets extends OutboxTargets {
  origin: string;
}

export interface Probing {
  scheduler: Scheduler | null;
  stop(): Promise<void>;
  /** Runs one evaluation round now (tests await it instead of sleeping). */
  evaluateNow(): Promise<EvaluationRound | null>;
  /** One timer round now: evaluate, then rebuild rollups and prune if rollupEveryMs has passed. */
  tick(): Promise<void>;
  stats(): { lastEvaluationAt: number | null; lastEvaluationError: string | null };
}

export async function startProbing(options: ProbingOptions): Promise<Probing> {
  const { handle, catalog, vantage, log } = options;
  const { db } = handle;
  const now = options.now ?? systemClock;
  const windows: EngineWindows = {
    ...DEFAULT_ENGINE_WINDOWS,
    ...(options.evaluateEveryMs !== undefined && { evaluateEveryMs: options.evaluateEveryMs }),
    ...(options.rollupEveryMs !== undefined && { rollupEveryMs: options.rollupEveryMs }),
    ...options.windows,
  };
  const evaluating = options.evaluate !== false;

  // Seed from the database: what each service was and since when, open incidents, recent results.
  const startedAt = now();
  const evaluator = new Evaluator(
    {
      catalog,
      recentWindowMs: windows.recentMs,
      reopenWindowMs: windows.reopenMs,
      ...(options.configuredVantages && { configuredVantages: options.configuredVantages }),
    },
    evaluating ? await readSeed(handle, log) : {},
  );
  const resultsOf = storedResultReader(catalog);
  const readBack = async (since: number) => evaluator.ingest(resultsOf(await readRecentResults(db, new Date(since))));
  if (evaluating) await readBack(startedAt - windows.recentMs);

  let scheduler: Scheduler | null = null;
  if (options.probe !== false) {
    const budget = createHostBudget({ maxConcurrentPerHost: options.maxConcurrentPerHost ?? 4 });
    const ctx = { fetch: budget.wrap(options.fetch ?? probeFetch), vantage, now, userAgent: USER_AGENT };
    const monitors: ScheduledMonitor[] = [
      ...catalog.canaries.map((monitor) => ({ monitor, serviceId: '_canary' })),
      ...catalog.services.flatMap((s) => s.monitors.map((monitor) => ({ monitor, serviceId: s.id }))),
    ];
    scheduler = createScheduler({
      monitors,
      run: (monitor) => runProbe(monitor, ctx),
      ...(evaluating && { onResult: (result: ProbeResult) => evaluator.ingest([result]) }),
      write: (batch) => insertCheckResults(db, batch.map(checkResultRow)),
      concurrency: options.concurrency ?? 32,
      log,
    });
    scheduler.start();
  }

  const notify: NotifyTargets = options.notify ?? { origin: siteOrigin(), telegramChannels: [] };
  const cloudEvents = createCloudEventStep({
    catalog,
    vantage,
    windows,
    measuredDependencies: options.measuredDependencies ?? (() => getMeasuredDependencies({ db, catalog, now: now() })),
    log,
    notify,
  });

  let lastEvaluationAt: number | null = null;
  let lastEvaluationError: string | null = null;
  let lastRead = startedAt;
  let running: Promise<EvaluationRound | null> | null = null;

  async function evaluateOnce(): Promise<EvaluationRound | null> {
    const at = now();
    try {
      // Other vantages' results (and our own, already ingested: counted once).
      await readBack(lastRead - windows.readBackOverlapMs);
      lastRead = at;
    } catch (error) {
      // An outage is counted and logged once by lib/db/health-state.ts, not every round.
      if (!absorbOutage(error)) log('warn', 'could not read results back from the database; evaluating local results only', { error });
    }
    try {
      // Announced maintenance windows (the desk's, and those the companies declare on their pages) for the rules.
      await syncMaintenance(db, evaluator, at);
    } catch (error) {
      if (!absorbOutage(error)) log('warn', 'could not read or record maintenance windows; the last ones read still apply', { error });
    }
    const round = evaluator.evaluate(at);
    try {
      await writeRound(handle, catalog, round, at, notify);
      lastEvaluationAt = at;
      lastEvaluationError = null;
    } catch (error) {
      lastEvaluationError = (error as Error).message;
      if (!absorbOutage(error)) log('warn', 'could not write statuses to the database; will try again next round', { error });
    }
    try {
      // Cloud-outage events: services failing together on one cloud region (lib/engine/cloud-events.ts).
      await cloudEvents.run(db, round, at);
    } catch (error) {
      if (!absorbOutage(error)) log('warn', 'could not correlate cloud-outage events; will try again next round', { error });
    }
    return round;
  }

  const evaluateNow = () => {
    if (!evaluating) return Promise.resolve(null);
    if (!running) running = evaluateOnce().finally(() => (running = null));
    return running;
  };

  let lastRollupAt = Number.NEGATIVE_INFINITY;
  async function tick(): Promise<void> {
    await evaluateNow();
    if (!evaluating || now() - lastRollupAt < windows.rollupEveryMs) return;
    lastRollupAt = now();
    try {
      await buildRollupsFor(db, catalog, lastRollupAt);
      await pruneCheckResults(db, new Date(rawResultsCutoff(lastRollupAt)));
    } catch (error) {
      if (!absorbOutage(error)) log('warn', 'rollup or retention job failed; will try again', { error });
    }
  }

  const timer = evaluating ? setInterval(() => void tick(), windows.evaluateEveryMs) : null;
  timer?.unref?.();

  return {
    scheduler,
    evaluateNow,
    tick,
    stats: () => ({ lastEvaluationAt, lastEvaluationError }),
    async stop() {
      if (timer) clearInterval(timer);
      await scheduler?.stop();
      await running;
    },
  };
}

/** What the evaluator resumes from: each service's status and since, and its open incident. */
async function readSeed(handle: DbHandle, log: Log) {
  const states = await readServiceStates(handle.db);
  const open = await readOpenDetectedIncidents(handle.db);
  const openIncidents = new Map<string, IncidentLog>();
  for (const row of open) {
    if (!row.serviceId) continue;
    // Resuming from a half-read incident would write a wrong one back: start afresh and say so.
    if (!row.incident) log('warn', 'an open incident in the database is unreadable; it is not resumed', { id: row.id });
    else openIncidents.set(row.serviceId, { open: row.incident, last: null });
  }
  return {
    previous: new Map(states.map((s) => [s.serviceId, { status: s.status, reason: s.reason, since: s.since.getTime() }])),
    openIncidents,
  };
}

/** The detail the snapshot shows beside a service's status (lib/db/state-detail.ts). */
function stateDetail(s: ServiceEvaluation): StateDetail {
  return {
    failingVantages: s.failingVantages,
    measured: s.measured,
    vantages: s.vantages,
    ...(s.reported && { reported: { status: s.reported.status, reason: s.reported.reason } }),
    ...(s.headAgeSec !== undefined && { headAgeSec: s.headAgeSec }),
    ...(s.latencyMs !== undefined && { latencyMs: s.latencyMs }),
    ...(s.chain && { chain: s.chain }),
  };
}

async function writeRound(handle: DbHandle, catalog: Catalog, round: EvaluationRound, at: number, notify: NotifyTargets): Promise<void> {
  const { db } = handle;
  await upsertServiceStates(
    db,
    // A service with no result yet keeps no row: the snapshot says "no data" for it.
    round.services.flatMap((s) =>
      s.checkedAt === null
        ? []
        : [{ serviceId: s.serviceId, status: s.status, reason: s.reason, since: new Date(s.since), checkedAt: new Date(s.checkedAt), detail: stateDetail(s) }],
    ),
  );
  await insertStatusChanges(
    db,
    // `maintenance` comes only from a window announced in advance (lib/maintenance): uptime leaves it out of known time.
    round.statusChanges.map((c) => ({ serviceId: c.serviceId, at: new Date(c.at), status: c.status, reason: c.reason, announced: c.status === 'maintenance' })),
  );
  const subjectOf = (serviceId: string) => catalog.services.find((s) => s.id === serviceId) ?? { shortName: serviceId, category: 'other' as const };
  // One row per incident (the newest change of the round wins: the changes are in order).
  const latest = new Map(round.incidentChanges.map((c) => [c.incident.id, c]));
  const titleOf = (serviceId: string, incident: (typeof round.incidentChanges)[number]['incident']) => detectedTitle(subjectOf(serviceId), incident.worstStatus, incident.reason);
  const stateOf = new Map(round.services.map((s) => [s.serviceId, s]));
  // Each change is announced in the transaction that writes it (the outbox): never one without the other.
  const notifications = [...latest.values()].map((change) =>
    notificationOfIncidentChange(change, {
      title: titleOf(change.serviceId, change.incident),
      status: stateOf.get(change.serviceId)?.status ?? change.incident.worstStatus,
      since: stateOf.get(change.serviceId)?.since ?? change.incident.startedAt,
      at,
      origin: notify.origin,
    }),
  );
  if (latest.size > 0) {
    await db.transaction(async (tx) => {
      await upsertDetectedIncidents(
        tx,
        [...latest.values()].map(({ incident, serviceId }) => ({
          id: incident.id,
          origin: 'detected' as const,
          serviceId,
          title: titleOf(serviceId, incident),
          startedAt: new Date(incident.startedAt),
          endedAt: incident.endedAt === null ? null : new Date(incident.endedAt),
          confirmedAt: new Date(incident.startConfirmedAt),
          data: incident,
          updatedAt: new Date(at),
        })),
      );
      await enqueueNotifications(tx, notifications, notify);
    });
  }
  await insertIncidentTimeline(
    db,
    round.incidentTimeline.map((entry) => ({
      id: timelineEntryId(entry.incidentId, entry.at, entry.kind),
      incidentId: entry.incidentId,
      // Seconds since the epoch keep the entries in time order within an incident (int4 holds them until 2038).
      position: Math.floor(entry.at / 1000),
      timeUtc: new Date(entry.at),
      state: entry.status,
      serviceIds: [entry.serviceId],
      provenance: entry.kind,
      // Measured: what Marsad saw itself; reported: the company's own words, read from its own page.
      confidence: 'high' as const,
      summary: timelineSummary(entry),
      detail: { measured: { kind: entry.kind, reason: entry.reason, failingVantages: entry.failingVantages, vantageCount: entry.vantageCount } },
    })),
  );
}

/** `coinbase-2026-12-06-1040-104211345` (the time of day to the millisecond; `r` for the company's word). */
export function timelineEntryId(incidentId: string, at: number, kind: 'measured' | 'reported'): string {
  const time = new Date(at).toISOString().slice(11, 23).replace(/[:.]/g, '');
  return `${incidentId}-${kind === 'reported' ? 'r' : ''}${time}`;
}
