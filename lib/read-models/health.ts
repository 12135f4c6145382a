// Liveness and readiness facts for /api/health and /api/metrics: is the database reachable, is the
// scheduler keeping time, when did a check last succeed. Read live, never cached.
import { getDatabase } from '@/lib/db/client';
import { readCheckCountsByOutcome, readClockSkewSamples, readLastSuccessfulCheckAt } from '@/lib/db/health-queries';
import { getFrontStats } from '@/lib/front/stats';
import { getProbing } from '@/lib/engine/boot';

export interface Health {
  status: 'ok' | 'degraded';
  time: string;
  database: { reachable: boolean; engine: string | null; latencyMs: number | null; error?: string };
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

/** The window the clock skew and the recent-check metrics look back over. */
const RECENT_CHECKS_MS = 5 * 60_000;

export async function getHealth(now: number = Date.now()): Promise<Health> {
  const database: Health['database'] = { reachable: false, engine: null, latencyMs: null };
  let lastSuccessfulCheckAt: string | null = null;
  try {
    const handle = await getDatabase();
    database.engine = handle.engine;
    const t0 = performance.now();
    const at = await readLastSuccessfulCheckAt(handle.db);
    database.latencyMs = Math.round(performance.now() - t0);
    database.reachable = true;
    lastSuccessfulCheckAt = at?.toISOString() ?? null;
  } catch (error) {
    database.error = (error as Error).message;
  }
  const probing = getProbing();
  const s = probing?.scheduler?.stats();
  const e = probing?.stats();
  const clockSkewSec = database.reachable ? await measureClockSkewSec(now).catch(() => null) : null;
  return {
    clockSkewSec,
    status: database.reachable && !s?.writeFailing ? 'ok' : 'degraded',
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
    lastSuccessfulCheckAt,
  };
}

/** Median of (upstream Date header − our clock at the middle of the request) over the last 5 minutes. */
async function measureClockSkewSec(now: number): Promise<number | null> {
  const { db } = await getDatabase();
  const skews = (await readClockSkewSamples(db, new Date(now - RECENT_CHECKS_MS))).sort((a, b) => a - b);
  if (skews.length === 0) return null;
  // Date headers have 1 s resolution: the median over many upstreams is what says something.
  return Math.round(skews[Math.floor(skews.length / 2)]! / 100) / 10;
}

/** Prometheus text exposition of the same facts, plus checks by outcome and the front cache. */
export async function getMetricsText(now: number = Date.now()): Promise<string> {
  const health = await getHealth(now);
  const lines: string[] = [];
  const metric = (name: string, help: string, type: 'gauge' | 'counter', samples: [string, number][]) => {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    for (const [labels, value] of samples) lines.push(`${name}${labels} ${value}`);
  };
  metric('marsad_up', 'Whether the database is reachable (1) or not (0).', 'gauge', [['', health.database.reachable ? 1 : 0]]);
  if (health.clockSkewSec !== null) metric('marsad_clock_skew_seconds', "Upstreams' Date headers minus Marsad's clock (median).", 'gauge', [['', health.clockSkewSec]]);
  const probing = getProbing();
  const s = probing?.scheduler?.stats();
  if (s) {
    metric('marsad_checks_total', 'Checks run by this process.', 'counter', [['', s.checks]]);
    metric('marsad_scheduler_lag_ms', 'Schedule lag of recent runs.', 'gauge', [['{quantile="0.5"}', s.lagP50Ms], ['{quantile="0.99"}', s.lagP99Ms]]);
    metric('marsad_results_buffered', 'Results waiting for the database.', 'gauge', [['', s.buffered]]);
    metric('marsad_results_dropped_total', 'Results dropped because the buffer was full.', 'counter', [['', s.dropped]]);
  }
  try {
    const { db } = await getDatabase();
    const list = await readCheckCountsByOutcome(db, new Date(now - RECENT_CHECKS_MS));
    metric('marsad_checks_recent', 'Checks in the last 5 minutes, by outcome (all vantages).', 'gauge', list.map((r) => [`{outcome="${r.outcome}"}`, r.checks]));
    metric('marsad_probe_latency_ms_avg', 'Mean probe latency in the last 5 minutes, by outcome.', 'gauge', list.map((r) => [`{outcome="${r.outcome}"}`, Math.round(r.latencyAvgMs ?? 0)]));
  } catch {
    // The database is down: marsad_up says so.
  }
  const cache = getFrontStats();
  if (cache) {
    metric('marsad_cache_requests_total', 'Front cache answers, by outcome.', 'counter', [
      ['{outcome="fresh"}', cache.hits],
      ['{outcome="stale"}', cache.staleHits],
      ['{outcome="miss"}', cache.misses],
    ]);
    metric('marsad_cache_refresh_errors_total', 'Renders that failed or could not be stored.', 'counter', [['', cache.refreshErrors]]);
  }
  return `${lines.join('\n')}\n`;
}
