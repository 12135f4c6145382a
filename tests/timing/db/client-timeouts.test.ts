// Every query is time-limited on the client side: a PostgreSQL server that accepts and then says
// nothing (stopped by SIGSTOP, a dead network path) must fail a query within the limit, not hang it.
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, readDbConfig, type DbHandle } from '@/lib/db/client';
import { classify, databaseState, resetDatabaseState } from '@/lib/db/health-state';
import { setLogDestination } from '@/lib/log';
import { startFakePostgres, type FakePostgres } from '../../helpers/fake-postgres';

let fake: FakePostgres | undefined;
let handle: DbHandle | undefined;
const lines: string[] = [];

beforeEach(() => {
  resetDatabaseState();
  lines.length = 0;
  setLogDestination({ write: (line: string) => void lines.push(line) });
});
afterEach(async () => {
  setLogDestination(undefined);
  await fake?.close();
  fake = undefined;
  await handle?.close().catch(() => undefined);
  handle = undefined;
});

const config = (url: string, env: Record<string, string> = {}) => ({ ...readDbConfig({ MARSAD_DB_QUERY_TIMEOUT_MS: '300', MARSAD_DB_CONNECT_TIMEOUT_MS: '300', ...env }), databaseUrl: url });

async function elapsed<T>(run: () => Promise<T>): Promise<{ ms: number; error: unknown }> {
  const t0 = performance.now();
  try {
    await run();
    return { ms: performance.now() - t0, error: undefined };
  } catch (error) {
    return { ms: performance.now() - t0, error };
  }
}

describe('database time limits (fake PostgreSQL server on loopback)', () => {
  it('settings: defaults of 5 s per query and 3 s to connect; a bad value fails loudly with its name', () => {
    expect(readDbConfig({})).toMatchObject({ queryTimeoutMs: 5_000, connectTimeoutMs: 3_000 });
    expect(readDbConfig({ MARSAD_DB_QUERY_TIMEOUT_MS: '2500' }).queryTimeoutMs).toBe(2_500);
    expect(() => readDbConfig({ MARSAD_DB_QUERY_TIMEOUT_MS: 'soon' })).toThrow(/MARSAD_DB_QUERY_TIMEOUT_MS/);
    expect(() => readDbConfig({ MARSAD_DB_CONNECT_TIMEOUT_MS: '0' })).toThrow(/MARSAD_DB_CONNECT_TIMEOUT_MS/);
  });

  it('a server that accepts and never answers fails the connection within the connect limit', async () => {
    fake = await startFakePostgres('silent');
    const { ms, error } = await elapsed(() => openDatabase(config(fake!.url)));
    expect(error).toBeInstanceOf(Error);
    expect(fake.connections).toBeGreaterThan(0);
    expect(ms).toBeLessThan(1_500);
    expect(classify(error)).toBe('timeout');
  });

  it('a server that stops answering mid-way fails each query within the query limit (plus the client grace), then counts it', async () => {
    fake = await startFakePostgres('answer');
    handle = await openDatabase(config(fake.url));
    await handle.db.execute(sql`select 1`);
    fake.mode = 'hang';
    const { ms, error } = await elapsed(() => handle!.db.execute(sql`select 1`));
    expect(error).toBeInstanceOf(Error);
    // 300 ms statement_timeout (which a hung server never enforces) + 1 s client grace.
    expect(ms).toBeGreaterThanOrEqual(1_200);
    expect(ms).toBeLessThan(2_500);
    expect(classify(error)).toBe('timeout');
    expect(databaseState()).toMatchObject({ up: false, cause: 'timeout', failures: 1 });
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged).toEqual([expect.objectContaining({ level: 'warn', msg: 'database unavailable', cause: 'timeout' })]);
    // Never the SQL text.
    expect(lines.join('')).not.toMatch(/select 1/i);
  });

  it('getting a connection from the pool is time-limited too', async () => {
    fake = await startFakePostgres('answer');
    handle = await openDatabase(config(fake.url));
    fake.mode = 'silent';
    const { ms, error } = await elapsed(() => handle!.db.execute(sql`select 1`));
    expect(error).toBeInstanceOf(Error);
    expect(ms).toBeLessThan(2_500);
    expect(classify(error)).toBe('timeout');
  });
});
