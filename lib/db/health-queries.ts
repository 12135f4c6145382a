// The reads behind /api/health and /api/metrics, over the raw checks, each served by the index on
// started_at (check_results_started, migration 0002). Windows are bounded by the
// caller's clock (`since`), not the database's now(), so a test can pin them and the window agrees
// with the process that stamped `started_at`.
import { and, avg, count, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from './client';
import { checkResults } from './schema';

/**
 * When any check last answered `up`, or null when none has: the newest rows first through the index
 * on started_at, stopping at the first success (never a scan of the whole table).
 */
export async function readLastSuccessfulCheckAt(db: Db): Promise<Date | null> {
  const [row] = await db
    .select({ at: checkResults.startedAt })
    .from(checkResults)
    .where(eq(checkResults.outcome, 'up'))
    .orderBy(desc(checkResults.startedAt))
    .limit(1);
  return row?.at ?? null;
}

/**
 * Upstream `Date` header minus our clock at the middle of each request (ms), for checks since `since`
 * that recorded one. A stored value that is not a number is skipped, never cast (a cast would fail the
 * whole query).
 */
export async function readClockSkewSamples(db: Db, since: Date, limit = 2000): Promise<number[]> {
  const serverDate = sql`${checkResults.facts}->'serverDateMs'`;
  const rows = await db
    .select({
      skewMs: sql<number>`(${checkResults.facts}->>'serverDateMs')::float8 - (extract(epoch from ${checkResults.startedAt}) * 1000 + ${checkResults.latencyMs} / 2.0)`.mapWith(Number),
    })
    .from(checkResults)
    .where(and(gt(checkResults.startedAt, since), sql`jsonb_typeof(${serverDate}) = 'number'`))
    .limit(limit);
  return rows.map((r) => r.skewMs);
}

export interface OutcomeCount {
  outcome: (typeof checkResults.$inferSelect)['outcome'];
  checks: number;
  latencyAvgMs: number | null;
}

/** Checks since `since` by outcome (every vantage), with their mean latency. */
export async function readCheckCountsByOutcome(db: Db, since: Date): Promise<OutcomeCount[]> {
  const rows = await db
    .select({ outcome: checkResults.outcome, checks: count(), latencyAvgMs: avg(checkResults.latencyMs).mapWith(Number) })
    .from(checkResults)
    .where(gt(checkResults.startedAt, since))
    .groupBy(checkResults.outcome);
  return rows.map((r) => ({ ...r, latencyAvgMs: Number.isFinite(r.latencyAvgMs) ? r.latencyAvgMs : null }));
}
