// Each stored result names the probe kind that produced it (migration 0001), and the engine judges a
// result by that kind, not by what the catalog says today.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase, readDbConfig, type DbHandle } from '@/lib/db/client';
import { insertCheckResults, readRecentResults } from '@/lib/db/queries';
import { startProbing } from '@/lib/engine/probing';
import { checkRow, cloudCatalog, manualClock, rowsOf, T0 } from '../helpers/engine';
import { makeTempDir, useTempDb } from '../helpers/temp-db';

const quiet = () => undefined;

const db = useTempDb();

/** A copy of the migrations folder holding only those before `tag`: a database as an older version wrote it. */
function migrationsBefore(tag: string): string {
  const src = readDbConfig().migrationsDir;
  const dir = makeTempDir('marsad-migrations-');
  const journal: { entries: { tag: string }[] } = JSON.parse(fs.readFileSync(path.join(src, 'meta', '_journal.json'), 'utf8'));
  const kept = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === tag));
  fs.mkdirSync(path.join(dir, 'meta'));
  fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: kept }));
  for (const e of kept) fs.copyFileSync(path.join(src, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

/**
 * A database migrated by the version before 0001 holding a result written the old way (no kind), then
 * opened by this version (every migration runs); hands the upgraded database to `check`.
 */
async function afterUpgrade(check: (db: DbHandle['db']) => Promise<void>): Promise<void> {
  const old = migrationsBefore('0001_probe_kind');
  const writeOldRow = (db: DbHandle['db']) =>
    db.execute(sql`insert into check_results (service_id, monitor_id, vantage, started_at, latency_ms, outcome) values ('cloudy', 'old-row', 'local', now(), 10, 'up')`);
  // PostgreSQL: this file's database, emptied; PGlite (one owner at a time): a directory of its own.
  const config = db().databaseUrl
    ? { ...readDbConfig(), databaseUrl: db().databaseUrl }
    : { ...readDbConfig({ MARSAD_DATA_DIR: makeTempDir() }), databaseUrl: undefined };
  if (db().databaseUrl) {
    await db().db.execute(sql`drop schema if exists drizzle cascade`);
    await db().db.execute(sql`drop schema public cascade`);
    await db().db.execute(sql`create schema public`);
  }
  const before = await openDatabase({ ...config, migrationsDir: old });
  await writeOldRow(before.db);
  await before.close();
  const after = await openDatabase(config);
  try {
    await check(after.db);
  } finally {
    await after.close();
    fs.rmSync(old, { recursive: true, force: true });
    if (!db().databaseUrl) fs.rmSync(config.dataDir, { recursive: true, force: true });
  }
}

describe(`probe kinds stored with results (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('a result keeps its kind; rows from before the migration say "unrecorded", and a new row must name one', async () => {
    await insertCheckResults(db().db, [checkRow({ monitorId: 'cloudy-feed', kind: 'cloud-feed', startedAt: new Date(T0 - 1_000) })]);
    const [stored] = await readRecentResults(db().db, new Date(T0 - 60_000));
    expect(stored).toMatchObject({ monitorId: 'cloudy-feed', kind: 'cloud-feed' });

    await afterUpgrade(async (db) => {
      const rows = rowsOf<{ kind: string }>(await db.execute(sql`select kind from check_results where monitor_id = 'old-row'`));
      expect(rows).toEqual([{ kind: 'unrecorded' }]);
      // Read back as "no kind this version knows" (never a guessed one).
      expect((await readRecentResults(db, new Date(0))).find((r) => r.monitorId === 'old-row')?.kind).toBeNull();
      await expect(
        db.execute(sql`insert into check_results (service_id, monitor_id, vantage, started_at, latency_ms, outcome) values ('cloudy', 'new-row', 'local', now(), 10, 'up')`),
      ).rejects.toThrow();
    });
  });

  it('the evaluator judges a stored result by its own kind, even when the catalog now says another', async () => {
    // The feed was a Statuspage page when this result was written; the catalog now calls it a cloud feed.
    await insertCheckResults(db().db, [
      checkRow({ monitorId: 'cloudy-feed', kind: 'statuspage', startedAt: new Date(T0 + 1_000), facts: { components: [{ id: 'c1', name: 'API', status: 'major_outage' }] } }),
    ]);
    const clock = manualClock(T0 + 5_000);
    const probing = await startProbing({ handle: db(), catalog: cloudCatalog(), vantage: 'local', log: quiet, probe: false, now: clock.now });
    try {
      const round = await probing.evaluateNow();
      // Read as a cloud feed it would say operational (no incidents listed).
      expect(round?.services.find((s) => s.serviceId === 'cloudy')?.reported).toMatchObject({ status: 'major_outage', componentIds: ['c1'] });
    } finally {
      await probing.stop();
    }
  });

  it('a row from before the migration takes its monitor\'s kind from the catalog', async () => {
    await db().db.execute(
      sql`insert into check_results (service_id, monitor_id, kind, vantage, started_at, latency_ms, outcome, facts)
          values ('cloudy', 'cloudy-feed', 'unrecorded', 'local', ${new Date(T0 + 2_000).toISOString()}, 10, 'degraded',
                  ${JSON.stringify({ incidents: [{ id: 'i1', title: 'Errors', phase: 'investigating', impact: 'major' }] })}::jsonb)`,
    );
    const probing = await startProbing({ handle: db(), catalog: cloudCatalog(), vantage: 'local', log: quiet, probe: false, now: manualClock(T0 + 6_000).now });
    try {
      const round = await probing.evaluateNow();
      expect(round?.services.find((s) => s.serviceId === 'cloudy')?.reported).toMatchObject({ incidentIds: ['i1'] });
    } finally {
      await probing.stop();
    }
  });
});
