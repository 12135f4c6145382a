// Probing in a running process: the scheduler runs every monitor, results go to the database in
// batches, and every few seconds the evaluator turns all vantages' recent results (read back from the
// database, so several workers agree) into service states, status changes, incidents and rollups.
import type { Catalog, Monitor } from '@/lib/catalog/schema';
import type { DbHandle } from '@/lib/db/client';
import {
  insertCheckResults, insertStatusChanges, pruneCheckResults, readOpenDetectedIncidents, readRecentResults,
  readServiceStates, upsertDetectedIncidents, upsertServiceStates,
} from '@/lib/db/queries';
import { createHostBudget } from '@/lib/probes/host-budget';
import { probeFetch } from '@/lib/probes/probe-fetch';
import { runProbe } from '@/lib/probes/registry';
import type { ProbeResult } from '@/lib/probes/types';
import { rawResultsCutoff, type IncidentLog } from '@/lib/status';
import { createScheduler, type Log, type ScheduledMonitor, type Scheduler } from '@/lib/scheduler/scheduler';
import { Evaluator, RECENT_WINDOW_MS, type EvaluationRound } from '@/lib/engine/evaluator';
import { buildRollupsFor } from '@/lib/engine/rollups';

export const USER_AGENT = 'Marsad/0.1 (public status page for crypto during cloud outages; +https://github.com/marsad-status)';

export interface ProbingOptions {
  handle: DbHandle;
  catalog: Catalog;
  vantage: string;
  log: Log;
  /** Only evaluate (read results, derive statuses): a web instance or a test may skip probing. */
  probe?: boolean;
  evaluateEveryMs?: number;
  rollupEveryMs?: number;
  concurrency?: number;
  fetch?: typeof fetch;
  /** How many vantages this deployment runs (MARSAD_VANTAGES): the across-vantages quorum. */
  configuredVantages?: number;
}

export interface Probing {
  scheduler: Scheduler | null;
  stop(): Promise<void>;
  /** Runs one evaluation round now (tests await it instead of sleeping). */
  evaluateNow(): Promise<EvaluationRound | null>;
  stats(): { lastEvaluationAt: number | null; lastEvaluationError: string | null };
}

type ResultRow = Awaited<ReturnType<typeof readRecentResults>>[number];

function toProbeResult(row: ResultRow, kind: Monitor['kind']): ProbeResult {
  return {
    monitorId: row.monitorId,
    kind,
    vantage: row.vantage,
    outcome: row.outcome,
    reason: row.reason,
    startedAt: row.startedAt.getTime(),
    latencyMs: row.latencyMs,
    facts: row.facts as ProbeResult['facts'],
  };
}

export async function startProbing(options: ProbingOptions): Promise<Probing> {
  const { handle, catalog, vantage, log } = options;
  const { db } = handle;
  const kindOf = new Map<string, Monitor['kind']>();
  for (const m of [...catalog.canaries, ...catalog.services.flatMap((s) => s.monitors)]) kindOf.set(m.id, m.kind);

  // Seed from the database: what each service was and since when, open incidents, recent results.
  const now = Date.now();
  const states = await readServiceStates(db);
  const open = await readOpenDetectedIncidents(db);
  const evaluator = new Evaluator(
    { catalog, ...(options.configuredVantages && { configuredVantages: options.configuredVantages }) },
    {
      previous: new Map(states.map((s) => [s.serviceId, { status: s.status, reason: s.reason, since: s.since.getTime() }])),
      openIncidents: new Map(
        open.filter((row) => row.serviceId).map((row): [string, IncidentLog] => [row.serviceId!, { open: row.data as unknown as IncidentLog['open'], last: null }]),
      ),
    },
  );
  const readBack = async (since: number) =>
    evaluator.ingest((await readRecentResults(db, new Date(since))).map((row) => toProbeResult(row, kindOf.get(row.monitorId) ?? 'http')));
  await readBack(now - RECENT_WINDOW_MS);

  let scheduler: Scheduler | null = null;
  if (options.probe !== false) {
    const budget = createHostBudget({ maxConcurrentPerHost: 4 });
    const ctx = { fetch: budget.wrap(options.fetch ?? probeFetch), vantage, now: () => Date.now(), userAgent: USER_AGENT };
    const monitors: ScheduledMonitor[] = [
      ...catalog.canaries.map((monitor) => ({ monitor, serviceId: '_canary' })),
      ...catalog.services.flatMap((s) => s.monitors.map((monitor) => ({ monitor, serviceId: s.id }))),
    ];
    scheduler = createScheduler({
      monitors,
      run: (monitor) => runProbe(monitor, ctx),
      onResult: (result) => evaluator.ingest([result]),
      write: (batch) =>
        insertCheckResults(
          db,
          batch.map((r) => ({
            serviceId: r.serviceId,
            monitorId: r.monitorId,
            vantage: r.vantage,
            startedAt: new Date(r.startedAt),
            latencyMs: Math.round(r.latencyMs),
            outcome: r.outcome,
            reason: r.reason,
            facts: r.facts,
          })),
        ),
      concurrency: options.concurrency ?? 32,
      log,
    });
    scheduler.start();
  }

  let lastEvaluationAt: number | null = null;
  let lastEvaluationError: string | null = null;
  let lastRead = now;
  let evaluating: Promise<EvaluationRound | null> | null = null;

  async function evaluateOnce(): Promise<EvaluationRound | null> {
    const at = Date.now();
    try {
      // Other vantages' results (and our own, already ingested: counted once).
      await readBack(lastRead - 60_000);
      lastRead = at;
    } catch (error) {
      log('warn', 'could not read results back from the database; evaluating local results only', { error: (error as Error).message });
    }
    const round = evaluator.evaluate(at);
    try {
      await writeRound(handle, round, at);
      lastEvaluationAt = at;
      lastEvaluationError = null;
    } catch (error) {
      lastEvaluationError = (error as Error).message;
      log('warn', 'could not write statuses to the database; will try again next round', { error: lastEvaluationError });
    }
    return round;
  }

  const evaluateNow = () => {
    if (!evaluating) evaluating = evaluateOnce().finally(() => (evaluating = null));
    return evaluating;
  };

  let lastRollupAt = 0;
  const rollupEveryMs = options.rollupEveryMs ?? 5 * 60_000;
  const timer = setInterval(() => {
    void evaluateNow().then(async () => {
      if (Date.now() - lastRollupAt < rollupEveryMs) return;
      lastRollupAt = Date.now();
      try {
        await buildRollupsFor(db, catalog, lastRollupAt);
        await pruneCheckResults(db, new Date(rawResultsCutoff(lastRollupAt)));
      } catch (error) {
        log('warn', 'rollup or retention job failed; will try again', { error: (error as Error).message });
      }
    });
  }, options.evaluateEveryMs ?? 5_000);
  timer.unref?.();

  return {
    scheduler,
    evaluateNow,
    stats: () => ({ lastEvaluationAt, lastEvaluationError }),
    async stop() {
      clearInterval(timer);
      await scheduler?.stop();
      await evaluating;
    },
  };
}

async function writeRound(handle: DbHandle, round: EvaluationRound, at: number): Promise<void> {
  const { db } = handle;
  await upsertServiceStates(
    db,
    // A service with no result yet keeps no row: the snapshot says "no data" for it.
    round.services.filter((s) => s.checkedAt !== null).map((s) => ({
      serviceId: s.serviceId,
      status: s.status,
      reason: s.reason,
      since: new Date(s.since),
      checkedAt: new Date(s.checkedAt!),
      detail: {
        failingVantages: s.failingVantages,
        measured: s.measured,
        vantages: s.vantages,
        ...(s.reported && { reported: { status: s.reported.status, reason: s.reported.reason } }),
        ...(s.headAgeSec !== undefined && { headAgeSec: s.headAgeSec }),
        ...(s.latencyMs !== undefined && { latencyMs: s.latencyMs }),
        ...(s.chain && { chain: s.chain }),
      },
    })),
  );
  await insertStatusChanges(
    db,
    round.statusChanges.map((c) => ({ serviceId: c.serviceId, at: new Date(c.at), status: c.status, reason: c.reason })),
  );
  await upsertDetectedIncidents(
    db,
    round.incidentChanges.map(({ incident, serviceId }) => ({
      id: incident.id,
      origin: 'detected' as const,
      serviceId,
      title: { ar: serviceId, en: serviceId },
      startedAt: new Date(incident.startedAt),
      endedAt: incident.endedAt === null ? null : new Date(incident.endedAt),
      confirmedAt: new Date(incident.startConfirmedAt),
      data: incident as unknown as Record<string, unknown>,
      updatedAt: new Date(at),
    })),
  );
}
