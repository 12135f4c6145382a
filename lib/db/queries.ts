// Reads and writes of Marsad's tables. Every write is idempotent (ON CONFLICT), so a retried batch or
// two processes writing the same thing leave one row.
import { and, asc, desc, eq, getTableColumns, gte, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from './client';
import type { RollupInsert } from './rollup-rows';
import { checkResults, incidents, rollups, serviceStates, statusChanges } from './schema';

export type ServiceStateRow = typeof serviceStates.$inferSelect;

export function readServiceStates(db: Db): Promise<ServiceStateRow[]> {
  return db.select().from(serviceStates);
}

export async function upsertServiceStates(db: Db, rows: (typeof serviceStates.$inferInsert)[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(serviceStates)
    .values(rows)
    .onConflictDoUpdate({
      target: serviceStates.serviceId,
      set: {
        status: sql`excluded.status`,
        reason: sql`excluded.reason`,
        since: sql`excluded.since`,
        checkedAt: sql`excluded.checked_at`,
        detail: sql`excluded.detail`,
      },
    });
}

export type CheckResultInsert = typeof checkResults.$inferInsert;

/** Writes a batch of probe results; a result already written (same monitor, vantage, start) is kept once. */
export async function insertCheckResults(db: Db, rows: CheckResultInsert[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(checkResults).values(rows).onConflictDoNothing({ target: [checkResults.monitorId, checkResults.vantage, checkResults.startedAt] });
}

/** Raw results are kept 14 days (the rollups are kept for good). */
export async function pruneCheckResults(db: Db, olderThan: Date): Promise<void> {
  await db.delete(checkResults).where(lt(checkResults.startedAt, olderThan));
}

export function readRecentResults(db: Db, since: Date) {
  return db.select().from(checkResults).where(gte(checkResults.startedAt, since)).orderBy(asc(checkResults.startedAt));
}

export type StatusChangeRow = typeof statusChanges.$inferInsert;

/** Appends status changes; the same change written twice (a restart, a second worker) is kept once. */
export async function insertStatusChanges(db: Db, rows: StatusChangeRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(statusChanges).values(rows).onConflictDoNothing({ target: [statusChanges.serviceId, statusChanges.at] });
}

/** Each service's changes from `from` on, plus the last one before it (the status the period starts in). */
export async function readStatusChangesSince(db: Db, from: Date): Promise<(typeof statusChanges.$inferSelect)[]> {
  const inRange = await db.select().from(statusChanges).where(gte(statusChanges.at, from)).orderBy(asc(statusChanges.at));
  const before = await db
    .selectDistinctOn([statusChanges.serviceId])
    .from(statusChanges)
    .where(lt(statusChanges.at, from))
    .orderBy(statusChanges.serviceId, desc(statusChanges.at));
  return [...before, ...inRange];
}

export async function upsertRollups(db: Db, rows: RollupInsert[]): Promise<void> {
  if (rows.length === 0) return;
  const set = Object.fromEntries(
    Object.entries(getTableColumns(rollups))
      .filter(([name]) => !['serviceId', 'resolution', 'periodStart'].includes(name))
      .map(([name, column]) => [name, sql.raw(`excluded.${column.name}`)]),
  );
  await db.insert(rollups).values(rows).onConflictDoUpdate({ target: [rollups.serviceId, rollups.resolution, rollups.periodStart], set });
}

export function readRollups(db: Db, resolution: 'hour' | 'day', from: Date, serviceId?: string) {
  const conditions = [eq(rollups.resolution, resolution), gte(rollups.periodStart, from)];
  if (serviceId) conditions.push(eq(rollups.serviceId, serviceId));
  return db.select().from(rollups).where(and(...conditions)).orderBy(asc(rollups.periodStart));
}

export type DetectedIncidentRow = typeof incidents.$inferInsert;

/** A live incident, written on each change (opened, worsened, resolved, reopened): same id, newest facts. */
export async function upsertDetectedIncidents(db: Db, rows: DetectedIncidentRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(incidents)
    .values(rows)
    .onConflictDoUpdate({
      target: incidents.id,
      set: { endedAt: sql`excluded.ended_at`, confirmedAt: sql`excluded.confirmed_at`, data: sql`excluded.data`, updatedAt: sql`excluded.updated_at` },
    });
}

export function readOpenDetectedIncidents(db: Db) {
  return db
    .select()
    .from(incidents)
    .where(and(eq(incidents.origin, 'detected'), isNull(incidents.endedAt)));
}
