// /api/health and /api/metrics run on every call: their reads must never scan the whole of
// check_results (1.3–1.6 s at 1.35 M rows before the index on started_at). With sequential scans
// priced out, each read is served by an index: with no index to use, the planner still has to scan.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { readCheckCountsByOutcome, readClockSkewSamples, readLastSuccessfulCheckAt } from '@/lib/db/health-queries';
import { checkResults } from '@/lib/db/schema';
import { openTempDb, type TempDb } from '../../helpers/temp-db';

let tmp: TempDb;
beforeAll(async () => {
  tmp = await openTempDb();
  const now = Date.now();
  await tmp.db.insert(checkResults).values(
    Array.from({ length: 200 }, (_, i) => ({
      serviceId: `svc-${i % 7}`, monitorId: `m-${i % 13}`, kind: 'http' as const, vantage: 'local', startedAt: new Date(now - i * 30_000), latencyMs: 100,
      outcome: i % 5 === 0 ? ('up' as const) : ('down' as const), reason: i % 5 === 0 ? null : ('timeout' as const), facts: { serverDateMs: now - i * 30_000 },
    })),
  );
  await tmp.db.execute(sql`analyze check_results`);
});
afterAll(async () => {
  await tmp?.dispose();
});

/**
 * Scans of check_results that `read` made, by index (`seq` for sequential), in one transaction with
 * sequential scans priced out: a full scan of another index would be as slow as a sequential one.
 */
async function scansOf(read: (db: Db) => Promise<unknown>): Promise<Record<string, number>> {
  return tmp.db.transaction(async (tx) => {
    // Counted as a difference: an embedded backend may carry counts of earlier transactions not yet flushed.
    const counts = async () => {
      const result = await tx.execute(sql`
        select 'seq'::text as name, seq_scan as scans from pg_stat_xact_user_tables where relname = 'check_results'
        union all
        select c.relname::text, pg_stat_get_xact_numscans(c.oid) from pg_index i join pg_class c on c.oid = i.indexrelid
        where i.indrelid = 'check_results'::regclass`);
      const rows = (result as unknown as { rows: { name: string; scans: string | number | null }[] }).rows;
      return new Map(rows.map((r) => [r.name, Number(r.scans ?? 0)]));
    };
    await tx.execute(sql`set local enable_seqscan = off`);
    const before = await counts();
    await read(tx as unknown as Db);
    const after = await counts();
    const used: Record<string, number> = {};
    for (const [name, n] of after) if (n - (before.get(name) ?? 0) > 0) used[name] = n - (before.get(name) ?? 0);
    return used;
  });
}

describe(`health and metrics reads are indexed (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  const since = () => new Date(Date.now() - 5 * 60_000);
  it.each([
    ['the newest success', (db: Db) => readLastSuccessfulCheckAt(db)],
    ['the clock skew samples', (db: Db) => readClockSkewSamples(db, since())],
    ['the recent checks by outcome', (db: Db) => readCheckCountsByOutcome(db, since())],
  ])('%s: one scan of the index on started_at, nothing else', async (_, read) => {
    expect(await scansOf(read)).toEqual({ check_results_started: 1 });
  });
});
