import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, readDbConfig } from '@/lib/db/client';
import { readServiceStates, upsertServiceStates } from '@/lib/db/queries';
import { makeTempDir, useTempDb } from '../helpers/temp-db';

const db = useTempDb();

describe(`database (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('creates every table of the schema by migration', async () => {
    const rows = await db().db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    const names = (rows as unknown as { rows?: { table_name: string }[] }).rows ?? (rows as unknown as { table_name: string }[]);
    expect(names.map((r) => r.table_name)).toEqual(
      expect.arrayContaining(['check_results', 'rollups', 'service_states', 'incidents', 'incident_events', 'sources', 'incident_event_sources']),
    );
  });

  it('upserting the same service state twice leaves one row with the newest values', async () => {
    const since = new Date('2026-01-01T00:00:00Z');
    await upsertServiceStates(db().db, [{ serviceId: 'bitcoin', status: 'operational', reason: null, since, checkedAt: since }]);
    const later = new Date('2026-01-01T00:01:00Z');
    await upsertServiceStates(db().db, [{ serviceId: 'bitcoin', status: 'major_outage', reason: 'stale_head', since: later, checkedAt: later }]);
    const states = (await readServiceStates(db().db)).filter((s) => s.serviceId === 'bitcoin');
    expect(states).toHaveLength(1);
    expect(states[0]).toMatchObject({ status: 'major_outage', reason: 'stale_head' });
    expect(states[0]!.since.toISOString()).toBe(later.toISOString());
  });

  it('rejects a status outside the vocabulary', async () => {
    await expect(
      db().db.execute(sql`insert into service_states (service_id, status, since, checked_at) values ('x', 'sort_of_up', now(), now())`),
    ).rejects.toThrow();
  });

  it('opening the database again runs the migrations again safely and keeps the data', async () => {
    if (db().databaseUrl) {
      // Two processes starting at once: both migrate, under PostgreSQL's advisory lock.
      const config = { ...readDbConfig(), databaseUrl: db().databaseUrl };
      const [a, b] = await Promise.all([openDatabase(config), openDatabase(config)]);
      expect((await readServiceStates(a.db)).some((s) => s.serviceId === 'bitcoin')).toBe(true);
      expect((await readServiceStates(b.db)).some((s) => s.serviceId === 'bitcoin')).toBe(true);
      await Promise.all([a.close(), b.close()]);
    } else {
      // PGlite has one owner at a time: close, reopen the same directory, migrate again.
      const config = { ...readDbConfig({ MARSAD_DATA_DIR: makeTempDir() }), databaseUrl: undefined };
      const first = await openDatabase(config);
      await upsertServiceStates(first.db, [{ serviceId: 'solana', status: 'operational', reason: null, since: new Date(), checkedAt: new Date() }]);
      await first.close();
      const second = await openDatabase(config);
      expect((await readServiceStates(second.db)).map((s) => s.serviceId)).toEqual(['solana']);
      await second.close();
    }
  });
});
