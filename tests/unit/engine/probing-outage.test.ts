// During a database outage the engine's rounds do not log a warning (with the SQL text) each time:
// the outage is counted, and logged once with its cause (lib/db/health-state.ts).
import { afterEach, expect, it } from 'vitest';
import type { Catalog } from '@/lib/catalog/schema';
import { openDatabase, readDbConfig, type DbHandle } from '@/lib/db/client';
import { databaseState, resetDatabaseState } from '@/lib/db/health-state';
import { setLogDestination } from '@/lib/log';
import { startProbing, type Probing } from '@/lib/engine/probing';
import { startFakePostgres, type FakePostgres } from '../../helpers/fake-postgres';

let fake: FakePostgres | undefined;
let handle: DbHandle | undefined;
let probing: Probing | undefined;
afterEach(async () => {
  setLogDestination(undefined);
  await probing?.stop();
  await fake?.close();
  await handle?.close().catch(() => undefined);
});

it('evaluation rounds against a database that went away: one "database unavailable" with its cause, no warning per round, no SQL', async () => {
  resetDatabaseState();
  const lines: string[] = [];
  setLogDestination({ write: (line: string) => void lines.push(line) });
  fake = await startFakePostgres('answer');
  handle = await openDatabase({ ...readDbConfig({ MARSAD_DB_CONNECT_TIMEOUT_MS: '500' }), databaseUrl: fake.url });
  const engineLog: string[] = [];
  probing = await startProbing({
    handle,
    catalog: { version: 1, services: [], canaries: [] } as unknown as Catalog,
    vantage: 'local',
    probe: false,
    evaluateEveryMs: 3_600_000,
    log: (level, msg, fields) => engineLog.push(JSON.stringify({ level, msg, ...fields })),
  });
  // The server goes away: every query is refused.
  await fake.close();
  fake = undefined;
  for (let i = 0; i < 3; i++) await probing.evaluateNow();
  expect(engineLog).toEqual([]);
  const logged = lines.map((l) => JSON.parse(l) as { msg: string; cause?: string });
  // Once (the first failure may be the pool's open connection dropping: 'other'), then once more
  // when the cause changes to "refused"; never a line per round.
  expect(logged.filter((l) => l.msg === 'database unavailable')).toHaveLength(1);
  expect(logged.filter((l) => l.cause === 'refused')).toHaveLength(1);
  expect(logged.length).toBeLessThanOrEqual(2);
  expect(databaseState().failures).toBeGreaterThanOrEqual(3);
  expect(lines.join('')).not.toMatch(/select|check_results/i);
});
