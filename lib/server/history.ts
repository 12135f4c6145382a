// Uptime history for pages: the last N UTC days of each service from the daily rollups (90-day bars),
// and the 24 h / 7 d / 30 d / 90 d figures of one service. Days without a rollup are "not enough data".
import { getCatalog } from '@/lib/catalog';
import { getDatabase } from '@/lib/db/client';
import { readRollups } from '@/lib/db/queries';
import { DAY_MS, deriveUptimeDays, deriveUptimeWindows, floorUtcDay, type Rollup, type UptimeDay, type UptimeFigure, type UptimeWindow } from '@/lib/status';

type RollupRow = Awaited<ReturnType<typeof readRollups>>[number];

function toRollup(row: RollupRow): Rollup {
  const { serviceId, resolution: _r, periodStart, periodEnd, updatedAt: _u, ...figures } = row;
  return { targetId: serviceId, periodStart: periodStart.getTime(), periodEnd: periodEnd.getTime(), ...figures };
}

function emptyDay(day: string): UptimeDay {
  return { day, uptimePercent: null, coverage: 0, notEnoughData: true, worst: 'unknown', checksSuccessShare: null };
}

/** Oldest first, exactly `days` entries per monitored service, ending today (UTC). */
export async function getUptimeDays(days = 90, now = Date.now()): Promise<Map<string, UptimeDay[]>> {
  const from = floorUtcDay(now) - (days - 1) * DAY_MS;
  const { db } = await getDatabase();
  const rows = (await readRollups(db, 'day', new Date(from))).map(toRollup);
  const result = new Map<string, UptimeDay[]>();
  for (const service of getCatalog().services) {
    if (!service.monitored) continue;
    const known = new Map(deriveUptimeDays(rows.filter((r) => r.targetId === service.id)).map((d) => [d.day, d]));
    const series: UptimeDay[] = [];
    for (let t = from; t <= now; t += DAY_MS) {
      const day = new Date(t).toISOString().slice(0, 10);
      series.push(known.get(day) ?? emptyDay(day));
    }
    result.set(service.id, series);
  }
  return result;
}

export async function getUptimeWindows(serviceId: string, now = Date.now()): Promise<Record<UptimeWindow, UptimeFigure>> {
  const { db } = await getDatabase();
  const [hourly, daily] = await Promise.all([
    readRollups(db, 'hour', new Date(floorUtcDay(now) - 2 * DAY_MS), serviceId),
    readRollups(db, 'day', new Date(floorUtcDay(now) - 90 * DAY_MS), serviceId),
  ]);
  return deriveUptimeWindows({ targetId: serviceId, hourly: hourly.map(toRollup), daily: daily.map(toRollup), now });
}
