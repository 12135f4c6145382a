// What the clouds' own feeds list as open at their newest read: how many incidents and which regions
// they name. The home banner and /api/status show it beside Marsad's own measurements.
import { getCatalog } from '@/lib/catalog';
import { getDatabase } from '@/lib/db/client';
import { readLatestResults } from '@/lib/db/history-queries';
import { GLOBAL_REGION } from '@/lib/probes/cloud-feeds/reader';
import type { CloudIncidentSummary } from '@/lib/view-types';

/** A feed read older than this says nothing about now. */
export const FEED_FRESH_MS = 15 * 60_000;

/** Cloud service id → what its newest feed read (within `freshWithinMs`) lists as open. */
export async function getReportedCloudIncidents(now: number = Date.now(), freshWithinMs = FEED_FRESH_MS): Promise<Record<string, CloudIncidentSummary>> {
  const clouds = getCatalog().services.filter((s) => s.category === 'cloud');
  const monitorToService = new Map(clouds.flatMap((s) => s.monitors.filter((m) => m.kind === 'cloud-feed').map((m) => [m.id, s.id] as const)));
  if (monitorToService.size === 0) return {};
  const { db } = await getDatabase();
  const rows = await readLatestResults(db, [...monitorToService.keys()], new Date(now - freshWithinMs));
  const out: Record<string, CloudIncidentSummary> = {};
  for (const row of rows) {
    const serviceId = monitorToService.get(row.monitorId);
    if (!serviceId) continue;
    const incidents = row.facts.incidents ?? [];
    const summary = (out[serviceId] ??= { count: 0, regions: [] });
    summary.count += incidents.length;
    for (const region of incidents.flatMap((i) => i.regions ?? [])) {
      if (region.toLowerCase() !== GLOBAL_REGION && !summary.regions.includes(region)) summary.regions.push(region);
    }
  }
  return out;
}
