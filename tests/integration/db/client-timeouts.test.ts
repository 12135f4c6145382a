// Every query time-limited on the client side (issue 12, item 2), on both engines:
// - PGlite runs one call at a time on this thread: a call queued behind a slow one fails at the limit
//   and never runs later;
// - PostgreSQL (when DATABASE_URL is set, as .ci/run does): statement_timeout cancels a slow statement
//   at the limit and the pool stays usable. (A server that answers nothing is tests/timing/db/client-timeouts.test.ts.)
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, readDbConfig, type DbHandle } from '@/lib/db/client';
import { classify, DatabaseTimeoutError, resetDatabaseState } from '@/lib/db/health-state';
import { setLogDestination } from '@/lib/log';
import { makeTempDir, openTempDb, type TempDb } from '../../helpers/temp-db';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const LIMIT = { MARSAD_DB_QUERY_TIMEOUT_MS: '300' };

beforeEach(() => {
  resetDatabaseState();
  setLogDestination({ write: () => undefined });
});
afterEach(() => setLogDestination(undefined));

describe('PGlite: a time limit on each awaited call', () => {
  let handle: DbHandle;
  const dir = makeTempDir();
  afterAll(async () => {
    await handle?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a call queued behind a slow transaction fails at the limit and never runs afterwards', async () => {
    handle = await openDatabase({ ...readDbConfig({ MARSAD_DATA_DIR: dir, ...LIMIT }), databaseUrl: undefined });
    const { db } = handle;
    await db.execute(sql`create table timeout_probe (x int)`);
    const slow = db.transaction(async (tx) => {
      await tx.execute(sql`insert into timeout_probe values (0)`);
      await sleep(1_200);
    });
    const slowOutcome = slow.then(() => null, (error: unknown) => error);
    const t0 = performance.now();
    const queued = await db.execute(sql`insert into timeout_probe values (1)`).then(() => null, (error: unknown) => error);
    const ms = performance.now() - t0;
    // drizzle wraps it (DrizzleQueryError, with the SQL): the cause is the time limit.
    expect((queued as Error).cause).toBeInstanceOf(DatabaseTimeoutError);
    expect(classify(queued)).toBe('timeout');
    expect(ms).toBeGreaterThanOrEqual(250);
    expect(ms).toBeLessThan(1_000);
    // The transaction that was running is answered at the limit too, and finishes in the background.
    expect(classify(await slowOutcome)).toBe('timeout');
    await sleep(1_500);
    const rows = await db.execute(sql`select x from timeout_probe order by x`);
    expect((rows as unknown as { rows: { x: number }[] }).rows.map((r) => r.x)).toEqual([0]);
  });
});

describe.skipIf(!process.env.DATABASE_URL)('PostgreSQL: statement_timeout at the limit', () => {
  let tmp: TempDb;
  let handle: DbHandle;
  afterAll(async () => {
    await handle?.close();
    await tmp?.dispose();
  });

  it('a slow statement is cancelled at the limit, as a timeout, and the pool answers the next query', async () => {
    tmp = await openTempDb();
    handle = await openDatabase({ ...readDbConfig(LIMIT), databaseUrl: tmp.databaseUrl });
    const t0 = performance.now();
    const error = await handle.db.execute(sql`select pg_sleep(3)`).then(() => null, (e: unknown) => e);
    const ms = performance.now() - t0;
    expect(error).toBeInstanceOf(Error);
    expect(classify(error)).toBe('timeout');
    expect(ms).toBeLessThan(1_200);
    await expect(handle.db.execute(sql`select 1 as one`)).resolves.toBeTruthy();
  });
});
