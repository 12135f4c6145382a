// A company's own maintenance notices (its Statuspage's scheduled_maintenances, read by the statuspage monitor)
// as Marsad's windows. Pure: lib/engine/maintenance.ts stores them. The notice counts as announced at its own
// created_at, never later than the first poll that saw it (companyAnnouncedAt).
import type { ReportedMaintenance } from '@/lib/probes/types';
import { companyAnnouncedAt } from './windows';

export interface CompanyWindow {
  id: string;
  serviceIds: string[];
  startsAt: number;
  endsAt: number;
  announcedAt: number;
  /** The company's own words: its notice's title, as written (English on the pages watched so far). */
  title: string;
  sourceUrl: string | null;
}

/** `sp-<monitor>-<notice id>`: one window per notice and monitor, equal on every worker. */
export const companyWindowId = (monitorId: string, noticeId: string) => `sp-${monitorId}-${noticeId}`.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 200);

export function companyWindows(reading: { serviceId: string; monitorId: string; readAt: number; maintenances: readonly ReportedMaintenance[] }): CompanyWindow[] {
  return reading.maintenances.flatMap((m) => {
    const startsAt = Date.parse(m.scheduledFor);
    const endsAt = Date.parse(m.scheduledUntil);
    if (!Number.isFinite(startsAt) || !Number.isFinite(endsAt) || endsAt <= startsAt) return [];
    const created = m.createdAt ? Date.parse(m.createdAt) : null;
    return [{
      id: companyWindowId(reading.monitorId, m.id),
      serviceIds: [reading.serviceId],
      startsAt,
      endsAt,
      announcedAt: companyAnnouncedAt(created, reading.readAt),
      title: m.title,
      sourceUrl: m.url ?? null,
    }];
  });
}
