// Uptime figures of one service for pages and the API: 24 h / 7 d / 30 d / 90 d from the hourly and
// daily rollups (the per-day bars are built in service-history.ts).
import { getDatabase } from '@/lib/db/client';
import { readRollups } from '@/lib/db/queries';
import { DAY_MS, deriveUptimeWindows, floorUtcDay, type UptimeFigure, type UptimeWindow } from '@/lib/status';
import { rollupFromRow } from '@/lib/db/rollup-rows';

export async function getUptimeWindows(serviceId: string, now = Date.now()): Promise<Record<UptimeWindow, UptimeFigure>> {
  const { db } = await getDatabase();
  const [hourly, daily] = await Promise.all([
    readRollups(db, 'hour', new Date(floorUtcDay(now) - 2 * DAY_MS), serviceId),
    readRollups(db, 'day', new Date(floorUtcDay(now) - 90 * DAY_MS), serviceId),
  ]);
  return deriveUptimeWindows({ targetId: serviceId, hourly: hourly.map(rollupFromRow), daily: daily.map(rollupFromRow), now });
}
