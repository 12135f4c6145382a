// A small catalog and a hand-driven clock for tests of the engine against a real database: results are
// written where the engine reads them, and time moves only when the test says so.
import { catalogSchema, type Catalog } from '@/lib/catalog/schema';
import { insertCheckResults, type CheckResultInsert } from '@/lib/db/queries';

export const T0 = Date.UTC(2026, 4, 7, 12, 0, 0);

/** A clock the test moves: `clock.now()` for the engine, `clock.set()` / `clock.advance()` for the test. */
export function manualClock(start = T0) {
  let at = start;
  return { now: () => at, set: (ms: number) => void (at = ms), advance: (ms: number) => void (at += ms) };
}

/**
 * One monitored service with an access API and a reported status feed (a cloud feed, in this catalog).
 * `monitor` adds fields to both monitors (a short interval, loopback allowed).
 */
export function cloudCatalog(monitor: Record<string, unknown> = {}): Catalog {
  return catalogSchema.parse({
    version: 1,
    services: [
      {
        id: 'cloudy', name: { ar: 'سحابة', en: 'Cloudy' }, shortName: 'Cloudy', category: 'cloud', website: 'https://cloudy.example', monitored: true,
        monitors: [
          { id: 'cloudy-api', kind: 'http', operator: 'cloudy', role: 'access', url: 'https://api.cloudy.example/ping', ...monitor },
          { id: 'cloudy-feed', kind: 'cloud-feed', operator: 'cloudy', role: 'reported', url: 'https://status.cloudy.example/feed', format: 'statuspage', ...monitor },
        ],
      },
    ],
  });
}

export function checkRow(partial: Partial<CheckResultInsert> & Pick<CheckResultInsert, 'monitorId' | 'kind'>): CheckResultInsert {
  return { serviceId: 'cloudy', vantage: 'local', startedAt: new Date(T0), latencyMs: 50, outcome: 'up', reason: null, facts: {}, ...partial };
}

/** Rows of a raw query on either driver (PGlite answers { rows }, node-postgres too; older drizzle an array). */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result;
  const rows = (result as { rows?: T[] }).rows;
  return rows ?? [];
}

/**
 * Cloudy's access API fails five checks in a row, 30 s apart from ten minutes after T0, then answers three:
 * one detected incident, opened and resolved. After each check the engine evaluates and the notifier sends.
 */
export async function failAndRecoverCloudy(
  db: Parameters<typeof insertCheckResults>[0],
  clock: ReturnType<typeof manualClock>,
  probing: { tick(): Promise<unknown> },
  notifier: { drain(): Promise<unknown> },
) {
  const start = T0 + 10 * 60_000;
  for (let i = 0; i < 8; i++) {
    const at = start + i * 30_000;
    await insertCheckResults(db, [checkRow({ monitorId: 'cloudy-api', kind: 'http', startedAt: new Date(at), outcome: i < 5 ? 'down' : 'up', reason: i < 5 ? 'timeout' : null })]);
    clock.set(at + 5_000);
    await probing.tick();
    await notifier.drain();
  }
}
