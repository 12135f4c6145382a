// Editors' reviews of detections (detection_reviews, migration 0009): written by the desk (lib/desk/reviews.ts)
// in the transaction of its audit row, read by the incident read models, the API and feeds, and by the
// rollup job, which sets aside the failing time of dismissed detections (lib/status/dismissed.ts).
import { and, asc, eq, gte, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { readMeasuredIncident } from './incident-data';
import type { Db } from './client';
import { detectionReviews, incidents } from './schema';

export type DetectionReviewRow = typeof detectionReviews.$inferSelect;
export type DetectionReviewInsert = typeof detectionReviews.$inferInsert;

/** A detection: an `incidents` row of origin 'detected' (a service's incident or a cloud-outage event). */
export async function readDetectionRow(db: Db, id: string) {
  const [row] = await db.select().from(incidents).where(and(eq(incidents.id, id), eq(incidents.origin, 'detected'))).limit(1);
  return row ?? null;
}

export async function insertDetectionReview(db: Db, row: DetectionReviewInsert): Promise<DetectionReviewRow> {
  const [written] = await db.insert(detectionReviews).values(row).returning();
  return written!;
}

/** The reviews of these detections, oldest first. */
export async function readDetectionReviewsOf(db: Db, ids: readonly string[]): Promise<DetectionReviewRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(detectionReviews)
    .where(inArray(detectionReviews.incidentId, [...ids]))
    .orderBy(asc(detectionReviews.at), asc(detectionReviews.id));
}

/** The newest detections first (the desk's list), service incidents and cloud-outage events alike. */
export async function readRecentDetections(db: Db, limit = 100) {
  return db
    .select()
    .from(incidents)
    .where(eq(incidents.origin, 'detected'))
    .orderBy(sql`${incidents.endedAt} is not null`, sql`${incidents.startedAt} desc`)
    .limit(limit);
}

/**
 * The newest verdict (confirm or dismiss) of a detection, as SQL: 'dismiss', 'confirm' or null. The outer
 * column is written qualified: drizzle leaves it bare in a one-table select, where it would mean r.id.
 */
const latestVerdict = sql<string | null>`(
  select r.kind from ${detectionReviews} r
  where r.incident_id = "incidents"."id" and r.kind in ('confirm', 'dismiss')
  order by r.at desc, r.id desc limit 1
)`;

export interface DismissedServiceSpan {
  incidentId: string;
  serviceId: string;
  startMs: number;
  /** The recovery's confirmation when measured, else the end; null while the incident is open. */
  endMs: number | null;
}

/**
 * Services' detected incidents whose verdict is "dismissed" and that overlap [from, to): the spans the
 * rollups set aside. A cloud-outage event has no service of its own: its members' own incidents are
 * reviewed on their own pages (docs/methodology.md § Uptime).
 */
export async function readDismissedSpans(db: Db, from: Date, to: Date, serviceIds?: readonly string[]): Promise<DismissedServiceSpan[]> {
  const rows = await db
    .select({ id: incidents.id, serviceId: incidents.serviceId, startedAt: incidents.startedAt, endedAt: incidents.endedAt, data: incidents.data })
    .from(incidents)
    .where(
      and(
        eq(incidents.origin, 'detected'),
        isNotNull(incidents.serviceId),
        ...(serviceIds ? [inArray(incidents.serviceId, [...serviceIds])] : []),
        lt(incidents.startedAt, to),
        // The end is widened below to the recovery's confirmation, which comes a check or two later.
        or(isNull(incidents.endedAt), gte(incidents.endedAt, new Date(from.getTime() - 3_600_000))),
        sql`${latestVerdict} = 'dismiss'`,
      ),
    );
  return rows.map((r) => {
    const measured = readMeasuredIncident(r.data);
    const end = r.endedAt === null ? null : Math.max(r.endedAt.getTime(), measured?.endConfirmedAt ?? 0);
    return { incidentId: r.id, serviceId: r.serviceId!, startMs: r.startedAt.getTime(), endMs: end };
  });
}

/** The verdicts of these detections (absent: never judged). */
export async function readVerdictsOf(db: Db, ids: readonly string[]): Promise<Map<string, 'confirm' | 'dismiss'>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: incidents.id, verdict: latestVerdict })
    .from(incidents)
    .where(and(inArray(incidents.id, [...ids]), eq(incidents.origin, 'detected')));
  const out = new Map<string, 'confirm' | 'dismiss'>();
  for (const r of rows) if (r.verdict === 'confirm' || r.verdict === 'dismiss') out.set(r.id, r.verdict);
  return out;
}
