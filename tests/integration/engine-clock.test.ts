// The engine reads time only through its clock and its windows (lib/engine/windows.ts): a test moves
// the clock and gets the same rounds, incidents and rollups the live process would, without waiting.
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { insertCheckResults } from '@/lib/db/queries';
import { incidents, rollups } from '@/lib/db/schema';
import { startProbing } from '@/lib/engine/probing';
import { DEFAULT_ENGINE_WINDOWS } from '@/lib/engine/windows';
import { checkRow, cloudCatalog, manualClock, T0 } from '../helpers/engine';
import { useTempDb } from '../helpers/temp-db';

const db = useTempDb();

const quiet = () => undefined;
const apiCheck = (atMs: number, up: boolean) =>
  checkRow({ monitorId: 'cloudy-api', kind: 'http', startedAt: new Date(atMs), outcome: up ? 'up' : 'down', reason: up ? null : 'timeout' });

describe(`the engine on an injected clock (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('the defaults are the published windows', () => {
    expect(DEFAULT_ENGINE_WINDOWS).toMatchObject({ recentMs: 15 * 60_000, readBackOverlapMs: 60_000, evaluateEveryMs: 5_000, rollupEveryMs: 5 * 60_000, reopenMs: 15 * 60_000 });
  });

  it('a shorter recent window leaves older results out of the first round', async () => {
    await insertCheckResults(db().db, [0, 1, 2].map((i) => apiCheck(T0 - 10 * 60_000 + i * 30_000, false)));
    const statusWith = async (recentMs?: number) => {
      const probing = await startProbing({
        handle: db(), catalog: cloudCatalog(), vantage: 'local', log: quiet, probe: false, now: manualClock(T0).now,
        ...(recentMs !== undefined && { windows: { recentMs } }),
      });
      try {
        // checkedAt: the newest result the round was given (null: none within the window).
        return (await probing.evaluateNow())?.services.find((s) => s.serviceId === 'cloudy');
      } finally {
        await probing.stop();
      }
    };
    expect((await statusWith(5 * 60_000))?.checkedAt).toBeNull();
    expect((await statusWith())?.checkedAt).toBe(T0 - 10 * 60_000 + 2 * 30_000 + 50);
  });

  it('moving the clock opens an incident, and the rollup job runs when its period has passed on that clock', async () => {
    const clock = manualClock(T0 + 60 * 60_000);
    const probing = await startProbing({ handle: db(), catalog: cloudCatalog(), vantage: 'local', log: quiet, probe: false, now: clock.now, windows: { rollupEveryMs: 10 * 60_000 } });
    try {
      const start = clock.now();
      for (let i = 0; i < 3; i++) {
        await insertCheckResults(db().db, [apiCheck(start + i * 30_000, false)]);
        clock.set(start + i * 30_000 + 5_000);
        await probing.tick();
      }
      const [opened] = await db().db.select().from(incidents).where(and(eq(incidents.origin, 'detected'), eq(incidents.serviceId, 'cloudy')));
      expect(opened).toMatchObject({ startedAt: new Date(start), endedAt: null });
      // The first tick built the rollups; the next due at +10 min on the injected clock.
      const built = async () => (await db().db.select().from(rollups).where(eq(rollups.serviceId, 'cloudy'))).map((r) => r.updatedAt.getTime());
      expect(await built()).toEqual(expect.arrayContaining([start + 5_000]));
      clock.set(start + 5_000 + 10 * 60_000);
      await probing.tick();
      expect(await built()).toEqual(expect.arrayContaining([start + 5_000 + 10 * 60_000]));
    } finally {
      await probing.stop();
    }
  });
});
