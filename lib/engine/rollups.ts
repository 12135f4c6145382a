// The rollup job: rebuilds the hourly rollups of the current and previous hour from the status timeline
// and the raw results, then the daily rollups of the days they touch. Idempotent: rows are upserted.
import type { Catalog } from '@/lib/catalog/schema';
import type { Db } from '@/lib/db/client';
import { readRecentResults, readRollups, readStatusChangesSince, upsertRollups } from '@/lib/db/queries';
import { rollupFromRow, rollupToRow, type RollupInsert } from '@/lib/db/rollup-rows';
import { storedResultReader } from '@/lib/engine/stored-results';
import {
  buildDailyRollups, buildHourlyRollups, buildTimeline, DAY_MS, floorUtcDay, floorUtcHour, HOUR_MS, type StatusChange,
} from '@/lib/status';

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(keyOf(item), [...(map.get(keyOf(item)) ?? []), item]);
  return map;
}

export async function buildRollupsFor(db: Db, catalog: Catalog, now: number): Promise<void> {
  const from = floorUtcHour(now) - HOUR_MS;
  const changes = groupBy(await readStatusChangesSince(db, new Date(from)), (c) => c.serviceId);
  const results = groupBy(storedResultReader(catalog)(await readRecentResults(db, new Date(from))), (r) => r.serviceId);

  const hourly: RollupInsert[] = [];
  for (const service of catalog.services) {
    if (!service.monitored) continue;
    const timeline = buildTimeline(
      (changes.get(service.id) ?? []).map((c): StatusChange => ({ at: c.at.getTime(), status: c.status, announced: c.announced })),
      now,
    );
    hourly.push(...buildHourlyRollups(service.id, timeline, results.get(service.id) ?? [], from, now).map((r) => rollupToRow(r, 'hour', now)));
  }
  await upsertRollups(db, hourly);

  // Days touched by those hours: rebuilt from all their hourly rows.
  const dayStart = floorUtcDay(from);
  const hours = (await readRollups(db, 'hour', new Date(dayStart))).map(rollupFromRow);
  const days = buildDailyRollups(hours, now).filter((d) => d.periodStart >= dayStart && d.periodStart < dayStart + 2 * DAY_MS);
  await upsertRollups(db, days.map((d) => rollupToRow(d, 'day', now)));
}
