// Each round, before the rules run: the maintenances companies declare on their status pages are recorded
// (maintenance_windows, source `company`), and every open window (the desk's and the companies') is handed
// to the evaluator, so a failure inside a window announced in advance is maintenance (lib/maintenance).
import type { Db } from '@/lib/db/client';
import { readOpenMaintenanceWindows, upsertCompanyWindows } from '@/lib/db/maintenance';
import { companyWindows } from '@/lib/maintenance/company';
import type { MaintenanceWindow } from '@/lib/maintenance/windows';
import type { Evaluator } from './evaluator';

/** Windows that ended longer ago than this are not read: the rules look at `now` only. */
const LOOK_BACK_MS = 60_000;

export async function syncMaintenance(db: Db, evaluator: Evaluator, now: number): Promise<MaintenanceWindow[]> {
  const seen = evaluator.companyNotices().flatMap(companyWindows);
  await upsertCompanyWindows(
    db,
    seen.map((w) => ({
      id: w.id, source: 'company' as const, serviceIds: w.serviceIds, startsAt: new Date(w.startsAt), endsAt: new Date(w.endsAt),
      announcedAt: new Date(w.announcedAt), description: { ar: null, en: w.title }, sourceUrl: w.sourceUrl, createdBy: null,
      updatedAt: new Date(now), cancelledAt: null,
    })),
  );
  const rows = await readOpenMaintenanceWindows(db, new Date(now - LOOK_BACK_MS));
  const windows: MaintenanceWindow[] = rows.map((r) => ({
    id: r.id, source: r.source, serviceIds: r.serviceIds, startsAt: r.startsAt.getTime(), endsAt: r.endsAt.getTime(),
    announcedAt: r.announcedAt.getTime(), cancelledAt: null, sourceUrl: r.sourceUrl,
  }));
  evaluator.setMaintenanceWindows(windows);
  return windows;
}
