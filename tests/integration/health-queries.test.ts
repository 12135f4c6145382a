import { describe, expect, it } from 'vitest';
import { readCheckCountsByOutcome, readClockSkewSamples, readLastSuccessfulCheckAt } from '@/lib/db/health-queries';
import { checkResults } from '@/lib/db/schema';
import { useTempDb } from '../helpers/temp-db';

const NOW = Date.UTC(2026, 4, 7, 12, 0, 0);

const db = useTempDb();

const check = (i: number, outcome: 'up' | 'down', facts: Record<string, unknown>, agoMs: number) => ({
  serviceId: 'svc', monitorId: `m-${i}`, kind: 'http' as const, vantage: 'local', startedAt: new Date(NOW - agoMs), latencyMs: 100, outcome, reason: outcome === 'down' ? ('timeout' as const) : null, facts,
});

describe(`health queries (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('read the newest success, the clock skew and the recent checks by outcome', async () => {
    expect(await readLastSuccessfulCheckAt(db().db)).toBeNull();
    await db().db.insert(checkResults).values([
      // Our clock 2 s behind the upstream's: skew = serverDate - (start + latency / 2).
      check(1, 'up', { serverDateMs: NOW - 60_000 + 2_050 }, 60_000),
      check(2, 'down', {}, 30_000),
      // Older than the window: counted nowhere but in "last success".
      check(3, 'up', { serverDateMs: NOW - 3_600_000 }, 3_600_000),
    ]);
    expect((await readLastSuccessfulCheckAt(db().db))?.toISOString()).toBe(new Date(NOW - 60_000).toISOString());
    const since = new Date(NOW - 5 * 60_000);
    expect(await readClockSkewSamples(db().db, since)).toEqual([2_000]);
    const counts = await readCheckCountsByOutcome(db().db, since);
    expect(counts.sort((a, b) => a.outcome.localeCompare(b.outcome))).toEqual([
      { outcome: 'down', checks: 1, latencyAvgMs: 100 },
      { outcome: 'up', checks: 1, latencyAvgMs: 100 },
    ]);
  });

  it('a stored Date header that is not a number is skipped, not cast (the cast failed the whole query)', async () => {
    await db().db.insert(checkResults).values([check(4, 'up', { serverDateMs: 'Tue, 07 May 2026 12:00:00 GMT' }, 10_000), check(5, 'up', { serverDateMs: null }, 10_000)]);
    await expect(readClockSkewSamples(db().db, new Date(NOW - 5 * 60_000))).resolves.toEqual([2_000]);
  });
});
