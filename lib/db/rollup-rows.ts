// A rollup as lib/status computes it and as the `rollups` table stores it: the two mappings live at the
// database boundary so the engine (which writes rollups) and the read models (which read them) share them
// without one importing the other.
import type { Rollup } from '@/lib/status/rollups';
import type { rollups } from './schema';

export type RollupInsert = typeof rollups.$inferInsert;
export type RollupSelect = typeof rollups.$inferSelect;

/** A stored rollup row as lib/status's Rollup (the shape every uptime figure is computed from). */
export function rollupFromRow(row: RollupSelect): Rollup {
  const { serviceId, resolution: _resolution, periodStart, periodEnd, updatedAt: _updatedAt, ...figures } = row;
  return { targetId: serviceId, periodStart: periodStart.getTime(), periodEnd: periodEnd.getTime(), ...figures };
}

/** A computed rollup as a row to upsert; `builtAt` is when the job ran (the job's clock, not the wall's). */
export function rollupToRow(r: Rollup, resolution: 'hour' | 'day', builtAt: number): RollupInsert {
  const { targetId, periodStart, periodEnd, worst, ...figures } = r;
  return { serviceId: targetId, resolution, periodStart: new Date(periodStart), periodEnd: new Date(periodEnd), worst, ...figures, updatedAt: new Date(builtAt) };
}
