// Incidents Marsad detects itself, as the engine writes them: a slug the API accepts, a readable title in
// both languages, and a measured timeline (each status change with its reason and "failing from k of n
// vantage points", the recovery, the company's own acknowledgement). And migration 0005, which gives the
// old "<service>:<ISO time>" ids the new slugs.
import fs from 'node:fs';
import path from 'node:path';
import { asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { insertCheckResults } from '@/lib/db/queries';
import { incidentEvents, incidents } from '@/lib/db/schema';
import { startProbing } from '@/lib/engine/probing';
import { INCIDENT_SLUG_PATTERN } from '@/lib/incidents/slugs';
import { checkRow, cloudCatalog, manualClock, rowsOf, T0 } from '../helpers/engine';
import { useTempDb } from '../helpers/temp-db';

const db = useTempDb();
const quiet = () => undefined;
const api = (atMs: number, up: boolean) =>
  checkRow({ monitorId: 'cloudy-api', kind: 'http', startedAt: new Date(atMs), outcome: up ? 'up' : 'down', reason: up ? null : 'timeout' });
const feed = (atMs: number, open: boolean) =>
  checkRow({
    monitorId: 'cloudy-feed',
    kind: 'cloud-feed',
    startedAt: new Date(atMs),
    outcome: open ? 'degraded' : 'up',
    reason: open ? 'reported_incident' : null,
    facts: { incidents: open ? [{ id: 'inc-1', title: 'Elevated errors', phase: 'investigating', createdAt: new Date(atMs - 90_000).toISOString() }] : [] },
  });

describe(`detected incidents as the engine writes them (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('a failure and its recovery: slug, bilingual title, measured timeline and the company acknowledgement', async () => {
    const clock = manualClock(T0);
    const probing = await startProbing({ handle: db(), catalog: cloudCatalog(), vantage: 'local', log: quiet, probe: false, now: clock.now });
    try {
      const start = T0 + 10 * 60_000 + 7_000;
      await insertCheckResults(db().db, [feed(start - 60_000, false)]);
      // Three failing checks open it; the feed admits it four minutes in; two successes close it.
      for (let i = 0; i < 8; i++) {
        const at = start + i * 30_000;
        const rows = [api(at, i >= 6)];
        if (i === 4) rows.push(feed(at + 1_000, true));
        await insertCheckResults(db().db, rows);
        clock.set(at + 5_000);
        await probing.tick();
      }
      const [row] = await db().db.select().from(incidents).where(eq(incidents.serviceId, 'cloudy'));
      expect(row).toBeDefined();
      expect(row!.id).toBe('cloudy-2026-05-07-1210');
      expect(row!.id).toMatch(INCIDENT_SLUG_PATTERN);
      // A cloud's major outage is not a chain's stall: the title says what the status says.
      expect(row!.title).toEqual({ ar: 'Cloudy: انقطاع كبير', en: 'Cloudy: major outage' });
      expect(row!.endedAt).not.toBeNull();
      const data = row!.data as { acknowledgedAt?: number; acknowledgedCreatedAt?: number };
      expect(data.acknowledgedAt).toBe(start + 4 * 30_000 + 1_000);
      expect(data.acknowledgedCreatedAt).toBe(start + 4 * 30_000 + 1_000 - 90_000);

      const events = await db().db.select().from(incidentEvents).where(eq(incidentEvents.incidentId, row!.id)).orderBy(asc(incidentEvents.position), asc(incidentEvents.id));
      expect(events.map((e) => [e.state, e.provenance])).toEqual([
        ['major_outage', 'measured'],
        ['degraded', 'reported'],
        ['operational', 'measured'],
      ]);
      expect(events[0]!.timeUtc?.getTime()).toBe(start);
      expect(events[0]!.summary).toEqual({ en: 'Major outage (Timed out). vantage points failing: 1 of 1', ar: 'انقطاع كبير (انتهت مهلة الاستجابة). مواقع قياس فشلت فحوصها: 1 من 1' });
      expect(events[1]!.summary.en).toBe("The company's own status page says: Degraded performance");
      expect(events[2]!.summary).toEqual({ ar: 'عاد إلى العمل', en: 'Working again' });
      for (const e of events) expect(e.id.startsWith(`${row!.id}-`) && INCIDENT_SLUG_PATTERN.test(e.id)).toBe(true);

      // A second evaluator over the same results (another worker) writes nothing twice.
      const again = await startProbing({ handle: db(), catalog: cloudCatalog(), vantage: 'local', log: quiet, probe: false, now: clock.now });
      await again.tick();
      await again.stop();
      const count = await db().db.select({ n: sql<number>`count(*)::int` }).from(incidentEvents);
      expect(count[0]!.n).toBe(3);
    } finally {
      await probing.stop();
    }
  });
});

describe('migration 0005: old detected ids become slugs', () => {
  it('renames "<service>:<ISO>" ids, the same minute twice included, and leaves past incidents alone', async () => {
    const at = (iso: string) => new Date(iso);
    const old = (id: string, service: string, started: string) => ({
      id,
      origin: 'detected' as const,
      serviceId: service,
      title: { ar: service, en: service },
      startedAt: at(started),
      data: {
        id, targetId: service, startedAt: Date.parse(started), startConfirmedAt: Date.parse(started) + 60_000, endedAt: null, endConfirmedAt: null,
        precisionSec: 30, worstStatus: 'major_outage' as const, reason: 'timeout' as const, reopenCount: 0,
      },
    });
    await db().db.insert(incidents).values([
      old('lab-exchange:2026-12-06T10:40:11.712Z', 'lab-exchange', '2026-12-06T10:40:11.712Z'),
      old('lab-exchange:2026-12-06T10:40:48.005Z', 'lab-exchange', '2026-12-06T10:40:48.005Z'),
      old('Odd_Service:2026-01-02T03:04:05.000Z', 'Odd_Service', '2026-01-02T03:04:05.000Z'),
      { id: 'aws-us-east-1-2099-10-20', origin: 'past', title: { ar: 'x', en: 'x' }, startedAt: at('2099-10-20T06:48:00Z') },
    ]);
    const migration = fs.readFileSync(path.resolve('lib/db/migrations/0005_detected_incident_slugs.sql'), 'utf8');
    await db().db.execute(sql.raw(migration));
    const rows = rowsOf<{ id: string; data: { id?: string } }>(await db().db.execute(sql`select id, data from incidents order by id`));
    const ids = rows.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['lab-exchange-2026-12-06-1040', 'lab-exchange-2026-12-06-1040-48005', 'odd-service-2026-01-02-0304', 'aws-us-east-1-2099-10-20']));
    expect(ids.filter((id) => id.includes(':'))).toEqual([]);
    for (const r of rows) if (r.id !== 'aws-us-east-1-2099-10-20' && r.data.id) expect(r.data.id).toBe(r.id);
  });
});
