// The rollup job: rebuilds the hourly rollups of the current and previous hour from the status timeline
// and the raw results, then the daily rollups of the days they touch. Idempotent: rows are upserted.
// Detections the editors dismissed have their failing time set aside (lib/status/dismissed.ts), here and
// when a review changes a verdict (recomputeRollups, called by the desk).
import type { Catalog } from '@/lib/catalog/schema';
import type { Db } from '@/lib/db/client';
import { readRecentResults, readRollups, readStatusChangesSince, upsertRollups } from '@/lib/db/queries';
import { readDismissedSpans } from '@/lib/db/detection-reviews';
import { setAsideDismissed, type DismissedSpan } from '@/lib/status/dismissed';
import { rollupFromRow, rollupToRow, type RollupInsert } from '@/lib/db/rollup-rows';
import { storedResultReader } from '@/lib/engine/stored-results';
import {
  buildDailyRollups, buildHourlyRollups, buildRollup, buildTimeline, DAY_MS, floorUtcDay, floorUtcHour, HOUR_MS, type StatusChange,
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
  const dismissed = spansByService(await readDismissedSpans(db, new Date(from), new Date(now)), now);

  const hourly: RollupInsert[] = [];
  for (const service of catalog.services) {
    if (!service.monitored) continue;
    const timeline = setAsideDismissed(
      buildTimeline(
        (changes.get(service.id) ?? []).map((c): StatusChange => ({ at: c.at.getTime(), status: c.status, announced: c.announced })),
        now,
      ),
      dismissed.get(service.id) ?? [],
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

function spansByService(spans: readonly { serviceId: string; startMs: number; endMs: number | null }[], now: number): Map<string, DismissedSpan[]> {
  const out = new Map<string, DismissedSpan[]>();
  for (const s of spans) out.set(s.serviceId, [...(out.get(s.serviceId) ?? []), { startMs: s.startMs, endMs: s.endMs ?? now }]);
  return out;
}

/**
 * Rebuilds a service's stored rollups over [fromMs, toMs) after an editor's verdict changed: each hourly row
 * that exists gets its time per status again from the timeline, with every dismissed detection set aside;
 * its check counts stay (the raw share of checks is published as measured, and raw results older than 14
 * days are gone). Hours with no row stay missing (Marsad was not running: they lower coverage). Then the
 * daily rows of the days touched are summed again from their hours. Returns the hours rebuilt.
 */
export async function recomputeRollups(db: Db, serviceId: string, fromMs: number, toMs: number, now: number): Promise<number> {
  const from = floorUtcHour(fromMs);
  const to = Math.min(toMs, now);
  const stored = (await readRollups(db, 'hour', new Date(from), serviceId)).map(rollupFromRow).filter((r) => r.periodStart < to);
  if (stored.length === 0) return 0;
  const changes = (await readStatusChangesSince(db, new Date(from))).filter((c) => c.serviceId === serviceId);
  const lastEnd = Math.max(...stored.map((r) => r.periodEnd));
  const spans = spansByService(await readDismissedSpans(db, new Date(from), new Date(lastEnd), [serviceId]), now).get(serviceId) ?? [];
  const timeline = setAsideDismissed(
    buildTimeline(changes.map((c): StatusChange => ({ at: c.at.getTime(), status: c.status, announced: c.announced })), lastEnd),
    spans,
  );
  const hourly = stored.map((row) => {
    const durations = buildRollup(serviceId, row.periodStart, row.periodEnd, timeline);
    const { checks, checksUp, checksDegraded, checksDown, checksIneligible, latencySumMs, latencyCount, latencyMaxMs } = row;
    return rollupToRow({ ...durations, checks, checksUp, checksDegraded, checksDown, checksIneligible, latencySumMs, latencyCount, latencyMaxMs }, 'hour', now);
  });
  await upsertRollups(db, hourly);
  const dayStart = floorUtcDay(from);
  const hours = (await readRollups(db, 'hour', new Date(dayStart), serviceId)).map(rollupFromRow).filter((r) => r.periodStart < floorUtcDay(to) + DAY_MS);
  await upsertRollups(db, buildDailyRollups(hours, now).map((d) => rollupToRow(d, 'day', now)));
  return hourly.length;
}
