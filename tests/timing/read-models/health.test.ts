// /api/health answers within 2 s whatever the database does, says "database slow or hung" with the
// cause's class (never the error's text), and a flood of calls costs one query (issue 12, items 2, 3, 7).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, readDbConfig, type DbHandle } from '@/lib/db/client';
import { resetDatabaseState } from '@/lib/db/health-state';
import { setLogDestination } from '@/lib/log';
import { getHealth, getMetricsText, resetHealthReadings } from '@/lib/read-models/health';
import { startFakePostgres, type FakePostgres } from '../../helpers/fake-postgres';

const DB_KEY = '__marsadDatabase';
type G = typeof globalThis & { [DB_KEY]?: Promise<DbHandle> };
let fake: FakePostgres | undefined;
let handle: DbHandle | undefined;
const saved = { url: process.env.DATABASE_URL, connect: process.env.MARSAD_DB_CONNECT_TIMEOUT_MS };
const lines: string[] = [];

beforeEach(() => {
  resetDatabaseState();
  resetHealthReadings();
  lines.length = 0;
  setLogDestination({ write: (line: string) => void lines.push(line) });
});
afterEach(async () => {
  setLogDestination(undefined);
  delete (globalThis as G)[DB_KEY];
  if (saved.url === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = saved.url;
  if (saved.connect === undefined) delete process.env.MARSAD_DB_CONNECT_TIMEOUT_MS;
  else process.env.MARSAD_DB_CONNECT_TIMEOUT_MS = saved.connect;
  // The fake first: its sockets closed, the pool's hung clients end at once.
  await fake?.close();
  fake = undefined;
  await handle?.close().catch(() => undefined);
  handle = undefined;
});

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await run();
  return { value, ms: performance.now() - t0 };
}

describe('/api/health with a hung database', () => {
  it('a server that hangs mid-way: "database slow or hung" (503) within 2 s, the cause as a class', async () => {
    fake = await startFakePostgres('answer');
    handle = await openDatabase({ ...readDbConfig({}), databaseUrl: fake.url });
    (globalThis as G)[DB_KEY] = Promise.resolve(handle);
    fake.mode = 'hang';
    const { value: health, ms } = await timed(() => getHealth());
    expect(ms).toBeLessThan(2_000);
    expect(health.status).toBe('degraded');
    expect(health.database).toMatchObject({ reachable: false, cause: 'timeout', error: 'database slow or hung' });
    expect(health.database.outage).toMatchObject({ cause: 'timeout', failures: 1 });
    // The metrics say the same, as fast.
    const { value: text, ms: metricsMs } = await timed(() => getMetricsText());
    expect(metricsMs).toBeLessThan(2_000);
    expect(text).toMatch(/^marsad_database_up 0$/m);
  });

  it('connecting hangs (no handshake at all, connect limit 3 s): still answered within 2 s', async () => {
    fake = await startFakePostgres('silent');
    process.env.DATABASE_URL = fake.url;
    process.env.MARSAD_DB_CONNECT_TIMEOUT_MS = '3000';
    const { value: health, ms } = await timed(() => getHealth());
    expect(ms).toBeLessThan(2_000);
    expect(health.database).toMatchObject({ reachable: false, cause: 'timeout', error: 'database slow or hung' });
  });

  it('a refused connection is said as such, never with the error text', async () => {
    fake = await startFakePostgres('silent');
    const url = fake.url;
    await fake.close();
    fake = undefined;
    process.env.DATABASE_URL = url;
    const health = await getHealth();
    expect(health.database).toMatchObject({ reachable: false, cause: 'refused', error: 'database refused the connection' });
    expect(JSON.stringify(health)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|secret/);
  });

  it('a flood of health calls within 2 s costs one read; a hung read is never doubled', async () => {
    fake = await startFakePostgres('answer');
    handle = await openDatabase({ ...readDbConfig({}), databaseUrl: fake.url });
    (globalThis as G)[DB_KEY] = Promise.resolve(handle);
    fake.mode = 'hang';
    const before = fake.connections;
    const all = await Promise.all(Array.from({ length: 50 }, () => getHealth()));
    expect(all.every((h) => h.database.cause === 'timeout')).toBe(true);
    // One query, so at most one new connection from the pool.
    expect(fake.connections - before).toBeLessThanOrEqual(1);
    // Past the reuse window, the read still hung is waited for again, not sent twice.
    resetDatabaseState();
    await new Promise((r) => setTimeout(r, 2_100));
    // (the first read has timed out on the client by now: 5 s + 1 s is not over yet)
    await getHealth();
    expect(fake.connections - before).toBeLessThanOrEqual(1);
  }, 10_000);
});
