// Queries and writes of announced maintenance windows (maintenance_windows): the desk writes editors'
// windows (lib/desk/maintenance.ts, with their audit rows), the engine records the windows companies declare
// on their own status pages, and the evaluator, read models and API read them.
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from './client';
import { maintenanceWindows } from './schema';

export type MaintenanceWindowRow = typeof maintenanceWindows.$inferSelect;
export type NewMaintenanceWindowRow = typeof maintenanceWindows.$inferInsert;

export async function readMaintenanceWindow(db: Db, id: string): Promise<MaintenanceWindowRow | null> {
  const [row] = await db.select().from(maintenanceWindows).where(eq(maintenanceWindows.id, id));
  return row ?? null;
}

/** The newest windows by start, cancelled and past ones included (Statuspage's list keeps the 50 newest). */
export async function readMaintenanceWindows(db: Db, limit = 50): Promise<MaintenanceWindowRow[]> {
  return db.select().from(maintenanceWindows).orderBy(desc(maintenanceWindows.startsAt), desc(maintenanceWindows.id)).limit(limit);
}

/** Windows not cancelled that end after `after`: what the status rules and the "ahead" blocks need. */
export async function readOpenMaintenanceWindows(db: Db, after: Date): Promise<MaintenanceWindowRow[]> {
  return db
    .select()
    .from(maintenanceWindows)
    .where(and(isNull(maintenanceWindows.cancelledAt), gt(maintenanceWindows.endsAt, after)))
    .orderBy(maintenanceWindows.startsAt, maintenanceWindows.id);
}

/**
 * Records the windows a company's status page declares, idempotently (several workers see the same notice):
 * the times and text follow the page; `announced_at` moves earlier only (never later than the first poll that saw
 * it: lib/maintenance companyAnnouncedAt), except that a widened window is announced when the widening was seen.
 * A window the page no longer lists stays as it was.
 */
export async function upsertCompanyWindows(db: Db, rows: readonly NewMaintenanceWindowRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(maintenanceWindows)
    .values([...rows])
    .onConflictDoUpdate({
      target: maintenanceWindows.id,
      set: {
        startsAt: sql`excluded.starts_at`,
        endsAt: sql`excluded.ends_at`,
        description: sql`excluded.description`,
        serviceIds: sql`excluded.service_ids`,
        sourceUrl: sql`excluded.source_url`,
        cancelledAt: sql`excluded.cancelled_at`,
        // Widened (an earlier start, a later end): announced when we saw the change (lib/maintenance announcedAtAfterEdit).
        announcedAt: sql`CASE WHEN excluded.ends_at > ${maintenanceWindows.endsAt} OR excluded.starts_at < ${maintenanceWindows.startsAt}
          THEN excluded.updated_at ELSE least(${maintenanceWindows.announcedAt}, excluded.announced_at) END`,
        updatedAt: sql`excluded.updated_at`,
      },
      // Only a company's window, and only when the page changed it (or an earlier announcement is seen):
      // each round reads the same notice again, and an unchanged one is not rewritten.
      setWhere: sql`${maintenanceWindows.source} = 'company' AND (
        (${maintenanceWindows.startsAt}, ${maintenanceWindows.endsAt}, ${maintenanceWindows.description}, ${maintenanceWindows.serviceIds}, ${maintenanceWindows.sourceUrl}, ${maintenanceWindows.cancelledAt})
          IS DISTINCT FROM (excluded.starts_at, excluded.ends_at, excluded.description, excluded.service_ids, excluded.source_url, excluded.cancelled_at)
        OR excluded.announced_at < ${maintenanceWindows.announcedAt})`,
    });
}
