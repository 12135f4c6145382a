// Liveness and readiness facts for /api/health and /api/metrics: is the database reachable, is the
// scheduler keeping time, when did a check last succeed. Read live, never cached.
import { sql } from 'drizzle-orm';
import { getDatabase } from '@/lib/db/client';
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

export async function getHealth(): Promise<Health> {
  const database: Health['database'] = { reachable: false, engine: null, latencyMs: null };
  let lastSuccessfulCheckAt: string | null = null;
  try {
    const handle = await getDatabase();
    database.engine = handle.engine;
    const t0 = performance.now();
    const rows = (await handle.db.execute(sql`select max(started_at) as at from check_results where outcome = 'up'`)) as unknown as { rows?: { at: string | Date | null }[] };
    database.latencyMs = Math.round(performance.now() - t0);
    database.reachable = true;
    const at = (rows.rows ?? (rows as unknown as { at: string | Date | null }[]))[0]?.at;
    lastSuccessfulCheckAt = at ? new Date(at).toISOString() : null;
  } catch (error) {
    database.error = (error as Error).message;
  }
  const probing = getProbing();
  const s = probing?.scheduler?.stats();
  const e = probing?.stats();
  const clockSkewSec = database.reachable ? await measureClockSkewSec().catch(() => null) : null;
  return {
    clockSkewSec,
    status: database.reachable && !s?.writeFailing ? 'ok' : 'degraded',
    time: new Date().toISOString(),
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
async function measureClockSkewSec(): Promise<number | null> {
  const { db } = await getDatabase();
  const rows = (await db.execute(
    sql`select (facts->>'serverDateMs')::float8 - (extract(epoch from started_at) * 1000 + latency_ms / 2.0) as skew_ms
        from check_results where started_at > now() - interval '5 minutes' and facts ? 'serverDateMs' limit 2000`,
  )) as unknown as { rows?: { skew_ms: number }[] };
  const skews = (rows.rows ?? (rows as unknown as { skew_ms: number }[])).map((r) => Number(r.skew_ms)).sort((a, b) => a - b);
  if (skews.length === 0) return null;
  // Date headers have 1 s resolution: the median over many upstreams is what says something.
  return Math.round(skews[Math.floor(skews.length / 2)]! / 100) / 10;
}

/** Prometheus text exposition of the same facts, plus checks by outcome and the front cache. */
export async function getMetricsText(): Promise<string> {
  const health = await getHealth();
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
    const rows = (await db.execute(
      sql`select outcome, count(*)::int as n, avg(latency_ms)::float as latency from check_results where started_at > now() - interval '5 minutes' group by outcome`,
    )) as unknown as { rows?: { outcome: string; n: number; latency: number }[] };
    const list = rows.rows ?? (rows as unknown as { outcome: string; n: number; latency: number }[]);
    metric('marsad_checks_recent', 'Checks in the last 5 minutes, by outcome (all vantages).', 'gauge', list.map((r) => [`{outcome="${r.outcome}"}`, r.n]));
    metric('marsad_probe_latency_ms_avg', 'Mean probe latency in the last 5 minutes, by outcome.', 'gauge', list.map((r) => [`{outcome="${r.outcome}"}`, Math.round(r.latency ?? 0)]));
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
