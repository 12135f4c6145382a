// The 90-day uptime bars of every monitored service (the home page) or of one (its page): per UTC day
// the uptime from the daily rollups and how many incidents touched that day.
import { getCatalog } from '@/lib/catalog';
import { getDatabase } from '@/lib/db/client';
import { readDetectedIncidentsBetween, readRollupsSince } from '@/lib/db/history-queries';
import { rollupFromRow } from '@/lib/db/rollup-rows';
import { DAY_MS, deriveUptimeDays, deriveUptimeWindows, floorUtcDay, type UptimeDay } from '@/lib/status';
import type { UptimeBarDay, UptimeOverview } from '@/lib/view-types';
import { pastEntriesFor } from '@/lib/read-models/service-incidents';

function emptyDay(day: string): UptimeDay {
  return { day, uptimePercent: null, coverage: 0, notEnoughData: true, worst: 'unknown', checksSuccessShare: null };
}


const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Per monitored service (or only `serviceId`), `days` UTC days oldest first (today last), with incidents
 * per day and the whole span's uptime.
 */
export async function getUptimeOverview(days = 90, now: number = Date.now(), serviceId?: string): Promise<Map<string, UptimeOverview>> {
  const from = floorUtcDay(now) - (days - 1) * DAY_MS;
  const { db } = await getDatabase();
  const [rows, detected] = await Promise.all([
    readRollupsSince(db, { resolution: 'day', from: new Date(from), ...(serviceId && { serviceId }) }),
    readDetectedIncidentsBetween(db, { from: new Date(from), to: new Date(now), ...(serviceId && { serviceId }) }),
  ]);
  const rollups = rows.map(rollupFromRow);
  const incidentDays = new Map<string, Map<string, Set<string>>>();
  const mark = (serviceId: string, day: string, slug: string) => {
    const perService = incidentDays.get(serviceId) ?? new Map<string, Set<string>>();
    perService.set(day, (perService.get(day) ?? new Set()).add(slug));
    incidentDays.set(serviceId, perService);
  };
  for (const row of detected) {
    if (!row.serviceId) continue;
    const end = Math.min(row.endedAt?.getTime() ?? now, now);
    for (let d = Math.max(floorUtcDay(row.startedAt.getTime()), from); d <= end; d += DAY_MS) mark(row.serviceId, dayOf(d), row.id);
  }
  const result = new Map<string, UptimeOverview>();
  for (const service of getCatalog().services) {
    if (!service.monitored || (serviceId && service.id !== serviceId)) continue;
    for (const entry of pastEntriesFor(service.id)) {
      for (const e of entry.events) if (e.timeUtc && Date.parse(e.timeUtc) >= from) mark(service.id, e.timeUtc.slice(0, 10), entry.slug);
    }
    const own = rollups.filter((r) => r.targetId === service.id);
    const known = new Map(deriveUptimeDays(own).map((d) => [d.day, d]));
    const marks = incidentDays.get(service.id);
    const series: UptimeBarDay[] = [];
    for (let t = from; t <= now; t += DAY_MS) {
      const day = dayOf(t);
      series.push({ ...(known.get(day) ?? emptyDay(day)), incidents: marks?.get(day)?.size ?? 0 });
    }
    const total = deriveUptimeWindows({ targetId: service.id, hourly: [], daily: own, now })['90d'];
    result.set(service.id, { days: series, total });
  }
  return result;
}
