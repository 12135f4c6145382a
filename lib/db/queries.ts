// Reads and writes of Marsad's tables. Every write is idempotent (ON CONFLICT), so a retried batch or
// two processes writing the same thing leave one row.
import { sql } from 'drizzle-orm';
import type { Db } from './client';
import { serviceStates } from './schema';

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
