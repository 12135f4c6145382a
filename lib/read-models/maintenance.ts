// Announced maintenance windows as the pages, the API and the feeds show them: read from maintenance_windows,
// checked with zod, services named from the catalog, each with its phase at `now`.
import { z } from 'zod';
import { getCatalog } from '@/lib/catalog';
import { getDatabase } from '@/lib/db/client';
import { readMaintenanceWindow, readMaintenanceWindows, readOpenMaintenanceWindows, type MaintenanceWindowRow } from '@/lib/db/maintenance';
import { isAhead, maintenancePhase } from '@/lib/maintenance/windows';
import type { MaintenanceView, ServiceRef } from '@/lib/view-types';

const descriptionSchema = z.object({ ar: z.string().nullable().catch(null), en: z.string().nullable().catch(null) }).catch({ ar: null, en: null });
const idsSchema = z.array(z.string()).catch([]);

function serviceRef(id: string): ServiceRef {
  const service = getCatalog().services.find((s) => s.id === id);
  return service ? { id, name: service.name, shortName: service.shortName, category: service.category } : { id, name: { ar: id, en: id }, shortName: id, category: 'other' };
}

export function toMaintenanceView(row: MaintenanceWindowRow, now: number): MaintenanceView {
  const services = idsSchema.parse(row.serviceIds).map(serviceRef);
  const source = row.source === 'company' ? 'company' : 'editor';
  const cancelledAt = row.cancelledAt?.getTime() ?? null;
  return {
    id: row.id,
    source,
    company: source === 'company' ? (services[0]?.shortName ?? null) : null,
    services,
    startUtc: row.startsAt.toISOString(),
    endUtc: row.endsAt.toISOString(),
    announcedUtc: row.announcedAt.toISOString(),
    updatedUtc: row.updatedAt.toISOString(),
    cancelledUtc: row.cancelledAt?.toISOString() ?? null,
    phase: maintenancePhase({ startsAt: row.startsAt.getTime(), endsAt: row.endsAt.getTime(), cancelledAt }, now),
    description: descriptionSchema.parse(row.description),
    sourceUrl: row.sourceUrl,
  };
}

/** The newest windows by start (cancelled and completed included), as Statuspage lists its 50 newest. */
export async function listMaintenance(limit = 50, now = Date.now()): Promise<MaintenanceView[]> {
  const { db } = await getDatabase();
  return (await readMaintenanceWindows(db, limit)).map((row) => toMaintenanceView(row, now));
}

/** Windows still ahead or in progress, soonest first; for one service when `serviceId` is given. */
export async function listMaintenanceAhead(now = Date.now(), serviceId?: string): Promise<MaintenanceView[]> {
  const { db } = await getDatabase();
  const rows = await readOpenMaintenanceWindows(db, new Date(now));
  return rows
    .filter((r) => isAhead({ startsAt: r.startsAt.getTime(), endsAt: r.endsAt.getTime(), cancelledAt: null }, now))
    .filter((r) => serviceId === undefined || idsSchema.parse(r.serviceIds).includes(serviceId))
    .map((row) => toMaintenanceView(row, now));
}

/** One window by id (the desk's edit page), or null. */
export async function getMaintenance(id: string, now = Date.now()): Promise<MaintenanceView | null> {
  if (!/^(?:mw|sp)-[a-z0-9-]{1,200}$/i.test(id)) return null;
  const { db } = await getDatabase();
  const row = await readMaintenanceWindow(db, id);
  return row ? toMaintenanceView(row, now) : null;
}
