// Reads and writes of Marsad's tables. Every write is idempotent (ON CONFLICT), so a retried batch or
// two processes writing the same thing leave one row.
import { asc, gte, lt, sql } from 'drizzle-orm';
import type { Db } from './client';
import { checkResults, serviceStates } from './schema';

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
