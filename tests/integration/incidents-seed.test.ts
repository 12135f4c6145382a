import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, readDbConfig } from '@/lib/db/client';
import {
  readEventsOf,
  readIncidentFacets,
  readIncidents,
  readIncidentWithEvents,
  readPastIncident,
  seedPastIncidents,
} from '@/lib/db/incidents';
import { PAST_INCIDENTS } from '@/lib/incidents/past';
import type { PastIncident } from '@/lib/incidents/types';
import { openTempDb, useTempDb } from '../helpers/temp-db';

const db = useTempDb();

type Rows = Record<string, unknown>[];
async function rows(query: ReturnType<typeof sql>, on = db().db): Promise<Rows> {
  const result = (await on.execute(query)) as unknown as { rows?: Rows } | Rows;
  return Array.isArray(result) ? result : (result.rows ?? []);
}

/** Every row of the four incident tables, in a stable order, as text. */
async function snapshot(): Promise<string> {
  const tables = await Promise.all([
    rows(sql`select * from incidents order by id`),
    rows(sql`select * from incident_events order by id`),
    rows(sql`select * from sources order by url`),
    rows(sql`select * from incident_event_sources order by event_id, url`),
  ]);
  return JSON.stringify(tables);
}

const EVENT_COUNT = PAST_INCIDENTS.reduce((n, i) => n + i.events.length, 0);

describe(`seeding the past incidents (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('writes every incident, event and source link', async () => {
    const summary = await seedPastIncidents(db().db);
    expect(summary).toMatchObject({ incidents: PAST_INCIDENTS.length, events: EVENT_COUNT });
    const [counts] = await rows(sql`select
      (select count(*) from incidents where origin = 'past')::int as incidents,
      (select count(*) from incident_events)::int as events,
      (select count(*) from incident_event_sources)::int as links`);
    const links = PAST_INCIDENTS.flatMap((i) => i.events).reduce((n, e) => n + 1 + e.extraSources.length, 0);
    expect(counts).toEqual({ incidents: PAST_INCIDENTS.length, events: EVENT_COUNT, links });
  });

  it('seeding twice leaves exactly the same rows, updated_at included', async () => {
    const before = await snapshot();
    await seedPastIncidents(db().db);
    expect(await snapshot()).toBe(before);
  });

  it('two processes seeding an empty database at once write each row once', async () => {
    const fresh = await openTempDb();
    try {
      if (fresh.databaseUrl) {
        const config = { ...readDbConfig(), databaseUrl: fresh.databaseUrl };
        const [a, b] = await Promise.all([openDatabase(config), openDatabase(config)]);
        await Promise.all([seedPastIncidents(a.db), seedPastIncidents(b.db)]);
        await Promise.all([a.close(), b.close()]);
      } else {
        await Promise.all([seedPastIncidents(fresh.db), seedPastIncidents(fresh.db)]);
      }
      for (const incident of PAST_INCIDENTS) expect(await readPastIncident(fresh.db, incident.slug)).toEqual(incident);
    } finally {
      await fresh.dispose();
    }
  });

  it('two seeds at once (two starting processes) leave the same rows', async () => {
    const before = await snapshot();
    if (db().databaseUrl) {
      // Two real connections pools, as two processes would have.
      const config = { ...readDbConfig(), databaseUrl: db().databaseUrl };
      const [a, b] = await Promise.all([openDatabase(config), openDatabase(config)]);
      await Promise.all([seedPastIncidents(a.db), seedPastIncidents(b.db)]);
      await Promise.all([a.close(), b.close()]);
    } else {
      await Promise.all([seedPastIncidents(db().db), seedPastIncidents(db().db)]);
    }
    expect(await snapshot()).toBe(before);
  });

  it('reads every past incident back exactly as the typed data has it', async () => {
    for (const incident of PAST_INCIDENTS) {
      expect(await readPastIncident(db().db, incident.slug)).toEqual(incident);
    }
    expect(await readPastIncident(db().db, 'no-such-incident')).toBeNull();
  });

  it('keeps each event source first and its other sources after, in order', async () => {
    const incident = PAST_INCIDENTS[1]!;
    const found = await readIncidentWithEvents(db().db, incident.slug);
    expect(found?.events.map((e) => e.sources)).toEqual(incident.events.map((e) => [e.source, ...e.extraSources]));
  });

  it('rewrites a changed event, removes a dropped one and its links, and moves updated_at', async () => {
    const original = PAST_INCIDENTS[2]!;
    const [before] = await rows(sql`select updated_at from incidents where id = ${original.slug}`);
    const [first, ...rest] = original.events;
    const changed: PastIncident = {
      ...original,
      corrections: [{ date: '2026-12-01', text: { ar: 'تصحيح تجريبي', en: 'A test correction' } }],
      events: [{ ...first!, confidence: 'low' }, ...rest.slice(0, -1)],
    };
    await seedPastIncidents(db().db, [changed]);
    expect(await readPastIncident(db().db, original.slug)).toEqual(changed);
    const dropped = original.events.at(-1)!.id;
    expect(await rows(sql`select * from incident_event_sources where event_id = ${dropped}`)).toEqual([]);
    const [after] = await rows(sql`select updated_at from incidents where id = ${original.slug}`);
    expect(new Date(after!.updated_at as string).getTime()).toBeGreaterThan(new Date(before!.updated_at as string).getTime());
    // Back to the real data.
    await seedPastIncidents(db().db);
    expect(await readPastIncident(db().db, original.slug)).toEqual(original);
  });

  it('brings a database seeded with facts version 1 to version 2 in place: same slugs, every permalink kept, rows rewritten', async () => {
    const fresh = await openTempDb();
    try {
      // Version 1 as it was published: the May incident started at 23:48 with one Coinbase event and two
      // sources (one of them since dropped), the October one had no 22:01 event, and no typed sources.
      const may = PAST_INCIDENTS.find((i) => i.slug === 'aws-us-east-1-2026-05-07')!;
      const oct = PAST_INCIDENTS.find((i) => i.slug === 'aws-us-east-1-2025-10-20')!;
      const coinbase = may.events.find((e) => e.id === 'event-2026-05-07t2348-coinbase')!;
      const droppedUrl = 'https://www.chaincatcher.com/en/article/2214365';
      const v1: PastIncident[] = [
        {
          ...may,
          startUtc: '2026-05-07T23:48:00Z',
          rootCauseConfidence: 'medium',
          corrections: [],
          events: [{ ...coinbase, source: coinbase.extraSources[3]!, extraSources: [droppedUrl], bestSourceType: undefined }],
        },
        { ...oct, corrections: [], events: oct.events.filter((e) => e.id !== 'event-2025-10-20t2201-aws') },
      ];
      await seedPastIncidents(fresh.db, v1);
      const before = await readIncidentWithEvents(fresh.db, may.slug);
      expect(before?.events.map((e) => e.id)).toEqual(['event-2026-05-07t2348-coinbase']);

      await seedPastIncidents(fresh.db);
      for (const incident of PAST_INCIDENTS) expect(await readPastIncident(fresh.db, incident.slug)).toEqual(incident);
      const [counted] = await rows(sql`select count(*)::int as count from incidents where origin = 'past'`, fresh.db);
      expect(counted).toEqual({ count: PAST_INCIDENTS.length });
      // The dropped source is no longer linked from the event; the table of addresses may keep it.
      const links = await rows(sql`select url from incident_event_sources where event_id = 'event-2026-05-07t2348-coinbase' order by position`, fresh.db);
      expect(links.map((r) => r.url)).toEqual([coinbase.source, ...coinbase.extraSources]);
      const after = await readIncidentWithEvents(fresh.db, may.slug);
      expect(after?.incident.startedAt.toISOString()).toBe('2026-05-07T23:20:00.000Z');
      expect(after?.events.map((e) => e.id)).toContain('event-2026-05-07t2348-coinbase');
    } finally {
      await fresh.dispose();
    }
  });

  it('lists newest first and filters by provider (any case) and UTC year; detected incidents join the list', async () => {
    await db().db.execute(sql`insert into incidents (id, origin, provider, region, title, started_at, service_id)
      values ('detected-coinbase-2026-06-01', 'detected', 'AWS', 'us-east-1', '{"ar":"انقطاع","en":"Outage"}', '2026-06-01T10:00:00Z', 'coinbase')
      on conflict do nothing`);
    const all = await readIncidents(db().db);
    expect(all.map((i) => i.id)).toEqual(['detected-coinbase-2026-06-01', ...PAST_INCIDENTS.map((i) => i.slug)]);
    expect((await readIncidents(db().db, { provider: 'aws', year: 2025 })).map((i) => i.id)).toEqual([
      'aws-us-east-1-2025-10-20',
      'aws-ap-northeast-1-2025-04-15',
    ]);
    expect(await readIncidents(db().db, { provider: 'gcp' })).toEqual([]);
    expect(await readIncidents(db().db, { year: 2024 })).toEqual([]);
    const facets = await readIncidentFacets(db().db);
    expect(facets).toEqual(expect.arrayContaining([{ provider: 'AWS', year: 2025 }, { provider: 'AWS', year: 2026 }]));
    expect(facets).toHaveLength(2);
    const events = await readEventsOf(db().db, ['aws-us-east-1-2026-05-07']);
    const may = PAST_INCIDENTS.find((i) => i.slug === 'aws-us-east-1-2026-05-07')!;
    expect(events).toEqual(
      may.events.map((e) => ({
        incidentId: may.slug,
        state: e.state,
        serviceIds: e.serviceIds,
        claimOnly: false,
        bestSourceType: e.bestSourceType,
      })),
    );
    expect(events.at(-1)?.bestSourceType).toBe('secondary');
    await db().db.execute(sql`delete from incidents where id = 'detected-coinbase-2026-06-01'`);
  });
});
