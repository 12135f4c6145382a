// Reads behind a service's history: raw checks bucketed in time (response time, head age), which
// vantages see each monitor, daily rollups of every service, detected incidents, and the newest cloud
// feed results. Read-only; lib/read-models/service-history.ts shapes and validates what these return.
import { and, asc, desc, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { readProbeFacts } from './check-facts';
import type { Db } from './client';
import { checkResults, incidents, rollups } from './schema';

// Results that say nothing about the target's health (docs/methodology.md § Confirmation: blocked / rate limited / impaired vantage).
const ELIGIBLE = sql`(${checkResults.outcome} <> 'ineligible' and (${checkResults.reason} is null or ${checkResults.reason} not in ('blocked', 'rate_limited', 'vantage_impaired')))`;
const ANSWERED = sql`(${checkResults.outcome} in ('up', 'degraded') and ${ELIGIBLE})`;
const FAILED = sql`(${checkResults.outcome} = 'down' and ${ELIGIBLE})`;

export interface CheckBucketRow {
  bucketSec: number;
  checks: number;
  failures: number;
  answered: number;
  latencyAvgMs: number | null;
  latencyP95Ms: number | null;
  latencyMaxMs: number | null;
}

/** Checks of the given monitors in [from, to), grouped in buckets of `bucketSec`: counts and response times of answered checks. */
export async function readCheckBuckets(db: Db, args: { serviceId: string; monitorIds: string[]; from: Date; to: Date; bucketSec: number }): Promise<CheckBucketRow[]> {
  if (args.monitorIds.length === 0) return [];
  const bucket = sql<number>`(floor(extract(epoch from ${checkResults.startedAt}) / ${args.bucketSec}) * ${args.bucketSec})::float8`;
  const rows = await db
    .select({
      bucketSec: bucket,
      checks: sql<number>`count(*)::int`,
      failures: sql<number>`(count(*) filter (where ${FAILED}))::int`,
      answered: sql<number>`(count(*) filter (where ${ANSWERED}))::int`,
      latencyAvgMs: sql<number | null>`(avg(${checkResults.latencyMs}) filter (where ${ANSWERED}))::float8`,
      latencyP95Ms: sql<number | null>`(percentile_cont(0.95) within group (order by ${checkResults.latencyMs}) filter (where ${ANSWERED}))::float8`,
      latencyMaxMs: sql<number | null>`(max(${checkResults.latencyMs}) filter (where ${ANSWERED}))::float8`,
    })
    .from(checkResults)
    .where(
      and(
        eq(checkResults.serviceId, args.serviceId),
        inArray(checkResults.monitorId, args.monitorIds),
        gte(checkResults.startedAt, args.from),
        lt(checkResults.startedAt, args.to),
      ),
    )
    .groupBy(sql`1`)
    .orderBy(sql`1`);
  return rows.map((r) => ({ ...r, bucketSec: Number(r.bucketSec) }));
}

export interface HeadAgeBucketRow {
  bucketSec: number;
  monitorId: string;
  /** The oldest head this endpoint reported in the bucket, in seconds behind the check. */
  headAgeMaxSec: number | null;
}

/** Per bucket and endpoint, the worst head age seen (check start minus the newest block's timestamp). */
export async function readHeadAgeBuckets(db: Db, args: { serviceId: string; monitorIds: string[]; from: Date; to: Date; bucketSec: number }): Promise<HeadAgeBucketRow[]> {
  if (args.monitorIds.length === 0) return [];
  const bucket = sql<number>`(floor(extract(epoch from ${checkResults.startedAt}) / ${args.bucketSec}) * ${args.bucketSec})::float8`;
  // Only a stored number is cast: one malformed value would otherwise fail the whole query.
  const isNumber = sql`jsonb_typeof(${checkResults.facts}->'headTimestampSec') = 'number'`;
  const age = sql`greatest(0, extract(epoch from ${checkResults.startedAt}) - (case when ${isNumber} then (${checkResults.facts}->>'headTimestampSec')::float8 end))`;
  const rows = await db
    .select({
      bucketSec: bucket,
      monitorId: checkResults.monitorId,
      headAgeMaxSec: sql<number | null>`(max(${age}) filter (where ${ANSWERED} and ${isNumber}))::float8`,
    })
    .from(checkResults)
    .where(
      and(
        eq(checkResults.serviceId, args.serviceId),
        inArray(checkResults.monitorId, args.monitorIds),
        gte(checkResults.startedAt, args.from),
        lt(checkResults.startedAt, args.to),
      ),
    )
    .groupBy(sql`1`, checkResults.monitorId)
    .orderBy(sql`1`);
  return rows.map((r) => ({ ...r, bucketSec: Number(r.bucketSec) }));
}

export interface MonitorVantageRow {
  monitorId: string;
  vantage: string;
  checks: number;
  answered: number;
  failures: number;
  lastAt: Date;
  lastOutcome: string;
  lastReason: string | null;
  lastLatencyMs: number;
}

/** Every (monitor, vantage) pair of a service seen since `since`, with its counts and its newest check. */
export async function readMonitorVantages(db: Db, serviceId: string, since: Date): Promise<MonitorVantageRow[]> {
  const where = and(eq(checkResults.serviceId, serviceId), gte(checkResults.startedAt, since));
  const [counts, latest] = await Promise.all([
    db
      .select({
        monitorId: checkResults.monitorId,
        vantage: checkResults.vantage,
        checks: sql<number>`count(*)::int`,
        answered: sql<number>`(count(*) filter (where ${ANSWERED}))::int`,
        failures: sql<number>`(count(*) filter (where ${FAILED}))::int`,
      })
      .from(checkResults)
      .where(where)
      .groupBy(checkResults.monitorId, checkResults.vantage),
    db
      .selectDistinctOn([checkResults.monitorId, checkResults.vantage], {
        monitorId: checkResults.monitorId,
        vantage: checkResults.vantage,
        startedAt: checkResults.startedAt,
        outcome: checkResults.outcome,
        reason: checkResults.reason,
        latencyMs: checkResults.latencyMs,
      })
      .from(checkResults)
      .where(where)
      .orderBy(checkResults.monitorId, checkResults.vantage, desc(checkResults.startedAt)),
  ]);
  const newest = new Map(latest.map((r) => [`${r.monitorId}\u0000${r.vantage}`, r]));
  return counts.flatMap((c) => {
    const last = newest.get(`${c.monitorId}\u0000${c.vantage}`);
    if (!last) return [];
    return [{ ...c, lastAt: last.startedAt, lastOutcome: last.outcome, lastReason: last.reason, lastLatencyMs: last.latencyMs }];
  });
}

/** Rollups of one resolution from `from` on (every service, or one), oldest first. */
export function readRollupsSince(db: Db, args: { resolution: 'hour' | 'day'; from: Date; to?: Date; serviceId?: string }) {
  const conditions = [eq(rollups.resolution, args.resolution), gte(rollups.periodStart, args.from)];
  if (args.to) conditions.push(lt(rollups.periodStart, args.to));
  if (args.serviceId) conditions.push(eq(rollups.serviceId, args.serviceId));
  return db.select().from(rollups).where(and(...conditions)).orderBy(asc(rollups.periodStart));
}

export type DetectedIncidentRow = typeof incidents.$inferSelect;

/** Detected incidents that overlap [from, to) (still open ones included), of one service or all. */
export function readDetectedIncidentsBetween(db: Db, args: { from: Date; to: Date; serviceId?: string }): Promise<DetectedIncidentRow[]> {
  const conditions = [
    eq(incidents.origin, 'detected'),
    lt(incidents.startedAt, args.to),
    or(isNull(incidents.endedAt), gte(incidents.endedAt, args.from)),
  ];
  if (args.serviceId) conditions.push(eq(incidents.serviceId, args.serviceId));
  return db.select().from(incidents).where(and(...conditions)).orderBy(desc(incidents.startedAt));
}

/** A service's detected incidents, newest first. */
export function readDetectedIncidentsOf(db: Db, serviceId: string, limit = 50): Promise<DetectedIncidentRow[]> {
  return db
    .select()
    .from(incidents)
    .where(
      and(
        eq(incidents.origin, 'detected'),
        // Its own incidents, and, for a cloud, the cloud-outage events on its regions (stored without a service).
        or(eq(incidents.serviceId, serviceId), and(isNull(incidents.serviceId), sql`${incidents.data}->>'cloudServiceId' = ${serviceId}`)),
      ),
    )
    .orderBy(desc(incidents.startedAt))
    .limit(limit);
}

/** The newest result of each given monitor since `since` (its facts, checked: e.g. a cloud feed's open incidents). */
export async function readLatestResults(db: Db, monitorIds: string[], since: Date) {
  if (monitorIds.length === 0) return [];
  const rows = await db
    .selectDistinctOn([checkResults.monitorId], {
      serviceId: checkResults.serviceId,
      monitorId: checkResults.monitorId,
      startedAt: checkResults.startedAt,
      outcome: checkResults.outcome,
      facts: checkResults.facts,
    })
    .from(checkResults)
    .where(and(inArray(checkResults.monitorId, monitorIds), gte(checkResults.startedAt, since)))
    .orderBy(checkResults.monitorId, desc(checkResults.startedAt));
  return rows.map((row) => ({ ...row, facts: readProbeFacts(row.facts) }));
}
