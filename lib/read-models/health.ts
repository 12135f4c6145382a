// Liveness and readiness facts for /api/health and /api/metrics: is the database reachable, is the
// scheduler keeping time, when did a check last succeed.
//
// Both answer within 2 s whatever the database does (an orchestrator restarts a front that does not):
// the database's reads race a timer and, when it runs out first, the answer is "database slow or
// hung". A reading is reused for 2 s and only one is in flight at a time, so a flood of health checks
// or scrapes costs one query. The reads are cheap (indexed on started_at, lib/db/health-queries.ts).
import { Counter, Gauge, prometheusContentType, Registry } from 'prom-client';
import { getDatabase } from '@/lib/db/client';
import { readCheckCountsByOutcome, readClockSkewSamples, readLastSuccessfulCheckAt, type OutcomeCount } from '@/lib/db/health-queries';
import { CAUSE_TEXT, CAUSES, classify, databaseState, DatabaseTimeoutError, recordFailure, type DatabaseCause } from '@/lib/db/health-state';
import { getFrontStats } from '@/lib/front/stats';
import { getProbing } from '@/lib/engine/boot';
import { logError } from '@/lib/log';
import { metricsRegistry } from '@/lib/metrics';

export interface Health {
  status: 'ok' | 'degraded';
  time: string;
  database: {
    reachable: boolean;
    engine: string | null;
    latencyMs: number | null;
    /** Why it is not reachable, as a class (timeout: slow or hung); never the error's own text. */
    cause?: DatabaseCause;
    /** The same in words ("database slow or hung"). */
    error?: string;
    /** This process's current outage, from every query it ran (writes that fail on a full disk too). */
    outage?: { cause: DatabaseCause; since: string; failures: number };
  };
  probing: null | {
    monitors: number;
    checks: number;
    lagP50Ms: number;
    lagP99Ms: number;
    buffered: number;
    dropped: number;
    writeFailing: boolean;
    lastWriteAt: string | null;
    lastEvaluationAt: string | null;
  };
  lastSuccessfulCheckAt: string | null;
  /** Marsad's clock against upstreams' Date headers (median, s; + means we are behind). Reported, never taken for a stall. */
  clockSkewSec: number | null;
}

/** The database's share of /api/health's 2 s. */
export const DATABASE_DEADLINE_MS = 1_500;
/** How long a reading of the database is reused. */
export const REUSE_MS = 2_000;
/** The window the clock skew and the recent-check metrics look back over. */
const RECENT_CHECKS_MS = 5 * 60_000;

interface DatabaseReading {
  reachable: boolean;
  engine: string | null;
  latencyMs: number | null;
  cause: DatabaseCause | null;
  lastSuccessfulCheckAt: string | null;
  clockSkewSec: number | null;
  recent: OutcomeCount[] | null;
}

interface Readings {
  reading?: { at: number; value: Promise<DatabaseReading> };
  inFlight?: Promise<DatabaseReading>;
  /** The engine of the last read that got a handle, for an answer given at the deadline. */
  engine?: string;
}

// Shared by /api/health and /api/metrics (two route bundles of one process).
const key = '__marsadHealthReadings';
type GlobalWithReadings = typeof globalThis & { [key]?: Readings };

function readings(): Readings {
  return ((globalThis as GlobalWithReadings)[key] ??= {});
}

/** Tests: forget the reused reading. */
export function resetHealthReadings(): void {
  (globalThis as GlobalWithReadings)[key] = {};
}

export interface ReadOptions {
  deadlineMs?: number;
  reuseMs?: number;
}

/** The database's facts, reused for `reuseMs`, never waited for longer than `deadlineMs`. */
export function readDatabase(now: number = Date.now(), options: ReadOptions = {}): Promise<DatabaseReading> {
  const { deadlineMs = DATABASE_DEADLINE_MS, reuseMs = REUSE_MS } = options;
  const r = readings();
  const at = performance.now();
  if (r.reading && at - r.reading.at < reuseMs) return r.reading.value;
  // A read still hung from before is waited for again, never doubled.
  const work = (r.inFlight ??= query(now).finally(() => {
    if (r.inFlight === work) r.inFlight = undefined;
  }));
  const value = withDeadline(work, deadlineMs, r);
  r.reading = { at, value };
  return value;
}

async function query(now: number): Promise<DatabaseReading> {
  const t0 = performance.now();
  let engine: string | null = null;
  try {
    const handle = await getDatabase();
    engine = readings().engine = handle.engine;
    const last = await readLastSuccessfulCheckAt(handle.db);
    const latencyMs = Math.round(performance.now() - t0);
    const since = new Date(now - RECENT_CHECKS_MS);
    const [skews, recent] = await Promise.all([readClockSkewSamples(handle.db, since).catch(() => null), readCheckCountsByOutcome(handle.db, since).catch(() => null)]);
    return { reachable: true, engine, latencyMs, cause: null, lastSuccessfulCheckAt: last?.toISOString() ?? null, clockSkewSec: medianSkewSec(skews), recent };
  } catch (error) {
    // An outage is counted by the client already; a query's own error (a bug) is logged.
    let cause = classify(error);
    if (cause === null) {
      logError('health check query failed', error);
      cause = 'other';
    }
    return { reachable: false, engine, latencyMs: null, cause, lastSuccessfulCheckAt: null, clockSkewSec: null, recent: null };
  }
}

function withDeadline(work: Promise<DatabaseReading>, ms: number, r: Readings): Promise<DatabaseReading> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      recordFailure(new DatabaseTimeoutError('health check', ms));
      resolve({ reachable: false, engine: r.engine ?? null, latencyMs: null, cause: 'timeout', lastSuccessfulCheckAt: null, clockSkewSec: null, recent: null });
    }, ms);
    timer.unref?.();
    void work.then((reading) => {
      clearTimeout(timer);
      resolve(reading);
    });
  });
}

/** Median of (upstream Date header − our clock at the middle of the request), in s. */
function medianSkewSec(samples: number[] | null): number | null {
  if (!samples || samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  // Date headers have 1 s resolution: the median over many upstreams is what says something.
  return Math.round(sorted[Math.floor(sorted.length / 2)]! / 100) / 10;
}

export async function getHealth(now: number = Date.now(), options: ReadOptions = {}): Promise<Health> {
  const reading = await readDatabase(now, options);
  const state = databaseState();
  const database: Health['database'] = {
    reachable: reading.reachable,
    engine: reading.engine,
    latencyMs: reading.latencyMs,
    ...(reading.cause && { cause: reading.cause, error: CAUSE_TEXT[reading.cause] }),
    ...(!state.up && state.cause && state.downSince !== null && { outage: { cause: state.cause, since: new Date(state.downSince).toISOString(), failures: state.failures } }),
  };
  const probing = getProbing();
  const s = probing?.scheduler?.stats();
  const e = probing?.stats();
  return {
    clockSkewSec: reading.clockSkewSec,
    status: reading.reachable && !s?.writeFailing ? 'ok' : 'degraded',
    time: new Date(now).toISOString(),
    database,
    probing: s
      ? {
          monitors: s.monitors,
          checks: s.checks,
          lagP50Ms: Math.round(s.lagP50Ms),
          lagP99Ms: Math.round(s.lagP99Ms),
          buffered: s.buffered,
          dropped: s.dropped,
          writeFailing: s.writeFailing,
          lastWriteAt: s.lastWriteAt ? new Date(s.lastWriteAt).toISOString() : null,
          lastEvaluationAt: e?.lastEvaluationAt ? new Date(e.lastEvaluationAt).toISOString() : null,
        }
      : null,
    lastSuccessfulCheckAt: reading.lastSuccessfulCheckAt,
  };
}

export const METRICS_CONTENT_TYPE = prometheusContentType;

/**
 * The Prometheus text (prom-client): Node's metrics and the scheduler's lag histogram (lib/metrics.ts),
 * plus what is read now: the database, the checks, the front cache. Names in Prometheus's conventions:
 * `marsad_` prefix, base units (seconds, bytes), counters ending in `_total`.
 */
export async function getMetricsText(now: number = Date.now(), options: ReadOptions = {}): Promise<string> {
  const reading = await readDatabase(now, options);
  const scrape = new Registry();
  const gauge = (name: string, help: string, value: number | null, labelNames: string[] = []) => {
    const g = new Gauge({ name, help, labelNames, registers: [scrape] });
    if (value !== null) g.set(value);
    return g;
  };
  const counter = (name: string, help: string, value: number | null, labelNames: string[] = []) => {
    const c = new Counter({ name, help, labelNames, registers: [scrape] });
    if (value !== null) c.inc(value);
    return c;
  };

  gauge('marsad_database_up', 'Whether the database answered the health query in time (1) or not (0).', reading.reachable ? 1 : 0);
  if (reading.latencyMs !== null) gauge('marsad_database_health_query_seconds', 'How long the last health query took.', reading.latencyMs / 1000);
  const failures = counter('marsad_database_failures_total', 'Failed database calls in this process, by cause.', null, ['cause']);
  const { failuresTotal } = databaseState();
  for (const cause of CAUSES) failures.inc({ cause }, failuresTotal[cause]);
  if (reading.clockSkewSec !== null) gauge('marsad_clock_skew_seconds', "Upstreams' Date headers minus Marsad's clock (median over 5 minutes).", reading.clockSkewSec);

  if (reading.recent) {
    const checks = gauge('marsad_recent_checks', 'Checks started in the last 5 minutes, by outcome (all vantages).', null, ['outcome']);
    const latency = gauge('marsad_recent_probe_latency_mean_seconds', 'Mean probe latency over the last 5 minutes, by outcome (all vantages).', null, ['outcome']);
    for (const r of reading.recent) {
      checks.set({ outcome: r.outcome }, r.checks);
      if (r.latencyAvgMs !== null) latency.set({ outcome: r.outcome }, r.latencyAvgMs / 1000);
    }
  }

  const s = getProbing()?.scheduler?.stats();
  if (s) {
    counter('marsad_checks_total', 'Checks run by this process.', s.checks);
    gauge('marsad_results_buffered', 'Results waiting to be written to the database.', s.buffered);
    counter('marsad_results_dropped_total', 'Results dropped because the buffer was full.', s.dropped);
    gauge('marsad_results_write_failing', 'Whether writing results to the database is failing (1) or not (0).', s.writeFailing ? 1 : 0);
  }

  const cache = getFrontStats();
  if (cache) {
    const requests = counter('marsad_front_cache_requests_total', 'Front cache answers, by outcome.', null, ['outcome']);
    requests.inc({ outcome: 'fresh' }, cache.hits);
    requests.inc({ outcome: 'stale' }, cache.staleHits);
    requests.inc({ outcome: 'miss' }, cache.misses);
    counter('marsad_front_cache_refreshes_total', 'Renders started to fill or refresh the front cache.', cache.refreshes);
    counter('marsad_front_cache_refresh_errors_total', 'Renders that failed or could not be stored.', cache.refreshErrors);
    counter('marsad_front_cache_evictions_total', 'Copies evicted (least recently used) to stay within the byte budget.', cache.evictions);
    gauge('marsad_front_cache_entries', 'Copies held in the front cache.', cache.entries);
    gauge('marsad_front_cache_bytes', 'Bytes held in the front cache (bodies and a fixed estimate per entry).', cache.bytes);
  }

  return Registry.merge([metricsRegistry(), scrape]).metrics();
}
