// Cloud-outage events end to end on a real database (PGlite, or PostgreSQL with DATABASE_URL): the engine
// runs the correlation rules after each round and writes one incident per event with its timeline; two
// engines evaluating at once converge on one event; a write is idempotent and never undone by an older round.
import { and, asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { catalogSchema, type Catalog } from '@/lib/catalog/schema';
import { readCloudEvent, readCloudEvents, readCloudEventsOfIncident, writeCloudEvents, type CloudEventWrite } from '@/lib/db/cloud-events';
import { insertCheckResults, type CheckResultInsert } from '@/lib/db/queries';
import { incidentEvents, incidents } from '@/lib/db/schema';
import { startProbing, type Probing } from '@/lib/engine/probing';
import { cloudEventTimeline, cloudEventTitle, DEFAULT_CORRELATION_SETTINGS } from '@/lib/correlation';
import { getActiveCloudEvents, getCloudEvent, getCloudEventOfIncident } from '@/lib/read-models/cloud-events';
import type { CloudEventData } from '@/lib/db/incident-data';
import { manualClock, T0 } from '../helpers/engine';
import { useTempDb } from '../helpers/temp-db';

const db = useTempDb();
const quiet = () => undefined;
const SOURCE = 'https://example.org/stated';

function catalog(): Catalog {
  const exchange = (id: string, region = 'us-east-1') => ({
    id, name: { ar: id, en: id }, shortName: id.toUpperCase(), category: 'exchange', website: `https://${id}.example`, monitored: true,
    cloudDependencies: [{ provider: 'AWS', region, source: SOURCE }],
    monitors: [{ id: `${id}-api`, kind: 'http', operator: id, role: 'access', url: `https://${id}.example/ping` }],
  });
  return catalogSchema.parse({
    version: 1,
    services: [
      exchange('ex-a'), exchange('ex-b'), exchange('ex-c'), exchange('ex-d'), exchange('ex-e', 'eu-west-1'),
      exchange('ex-f', 'us-west-2'), exchange('ex-g', 'us-west-2'), exchange('ex-h', 'us-west-2'),
      {
        id: 'aws', name: { ar: 'AWS', en: 'AWS' }, shortName: 'AWS', category: 'cloud', website: 'https://aws.example', monitored: true,
        monitors: [{ id: 'aws-feed', kind: 'cloud-feed', operator: 'aws', role: 'reported', url: 'https://status.aws.example/rss', format: 'aws-rss', intervalSec: 60 }],
      },
    ],
  });
}

const api = (serviceId: string, at: number, up: boolean, vantage = 'local'): CheckResultInsert => ({
  serviceId, monitorId: `${serviceId}-api`, kind: 'http', vantage, startedAt: new Date(at), latencyMs: 50, outcome: up ? 'up' : 'down', reason: up ? null : 'timeout', facts: {},
});
const feed = (at: number, open: boolean): CheckResultInsert => ({
  serviceId: 'aws', monitorId: 'aws-feed', kind: 'cloud-feed', vantage: 'local', startedAt: new Date(at), latencyMs: 80,
  outcome: open ? 'down' : 'up', reason: open ? 'reported_incident' : null,
  facts: { incidents: open ? [{ id: 'ec2-us-east-1_1', title: 'Service disruption: EC2', phase: 'open', impact: 'major', createdAt: new Date(at - 60_000).toISOString(), regions: ['us-east-1'] }] : [] },
});

async function engine(vantage: string, clock: { now: () => number }): Promise<Probing> {
  return startProbing({ handle: db(), catalog: catalog(), vantage, log: quiet, probe: false, now: clock.now, measuredDependencies: async () => [] });
}

async function cloudEventRows() {
  return db().db.select().from(incidents).where(and(eq(incidents.origin, 'detected'), sql`${incidents.data}->>'kind' = 'cloud-event'`));
}
async function timeline(id: string) {
  return db().db.select().from(incidentEvents).where(eq(incidentEvents.incidentId, id)).orderBy(asc(incidentEvents.position));
}

describe(`cloud-outage events in the engine (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('three dependents failing together open one event; the cloud\'s report acknowledges it; recovery and resolution close it', async () => {
    const s = T0 + 60 * 60_000;
    const clock = manualClock(s);
    const probing = await engine('local', clock);
    try {
      // ex-a, ex-b, ex-c fail (three checks each, 10 s apart); ex-d keeps answering; ex-e (eu-west-1) answers.
      await insertCheckResults(db().db, [0, 1, 2].flatMap((i) => [api('ex-a', s + i * 30_000, false), api('ex-b', s + 10_000 + i * 30_000, false), api('ex-c', s + 20_000 + i * 30_000, false), api('ex-d', s + i * 30_000, true), api('ex-e', s + i * 30_000, true)]));
      clock.set(s + 85_000);
      await probing.evaluateNow();
      let [row] = await cloudEventRows();
      expect(row).toMatchObject({ id: 'aws-us-east-1-2026-05-07-1300', provider: 'AWS', region: 'us-east-1', serviceId: null, endedAt: null, startedAt: new Date(s) });
      expect(row!.title).toEqual(cloudEventTitle('AWS', 'us-east-1'));
      let data = row!.data as CloudEventData;
      expect(data).toMatchObject({ kind: 'cloud-event', trigger: 'correlated_failures', acknowledgement: null, cloudServiceId: 'aws' });
      expect(data.members.map((m) => [m.serviceId, m.basis, m.source, m.worstStatus])).toEqual([
        ['ex-a', ['stated'], SOURCE, 'major_outage'], ['ex-b', ['stated'], SOURCE, 'major_outage'], ['ex-c', ['stated'], SOURCE, 'major_outage'],
      ]);
      expect(data.members[0]!.incidentSlug).toBe('ex-a-2026-05-07-1300');
      expect(data.settings).toEqual(DEFAULT_CORRELATION_SETTINGS);
      expect((await timeline(row!.id)).map((e) => [e.state, e.serviceIds, e.provenance])).toEqual([
        ['major_outage', ['ex-a'], 'measured'], ['major_outage', ['ex-b'], 'measured'], ['major_outage', ['ex-c'], 'measured'],
      ]);
      expect(await readCloudEventsOfIncident(db().db, 'ex-b-2026-05-07-1300')).toHaveLength(1);

      // A round that changes nothing writes nothing (updated_at stays).
      clock.set(s + 90_000);
      await probing.evaluateNow();
      expect((await cloudEventRows())[0]!.updatedAt).toEqual(row!.updatedAt);

      // AWS reports us-east-1.
      await insertCheckResults(db().db, [feed(s + 120_000, true)]);
      clock.set(s + 125_000);
      await probing.evaluateNow();
      data = (await cloudEventRows())[0]!.data as CloudEventData;
      expect(data.acknowledgement).toMatchObject({ createdAt: s + 60_000, firstSeenAt: s + 120_000, region: 'us-east-1', incidentIds: ['ec2-us-east-1_1'] });
      const reported = (await timeline(data.id)).find((e) => e.provenance === 'reported')!;
      expect(reported).toMatchObject({ state: 'major_outage', serviceIds: ['aws'], timeUtc: new Date(s + 60_000) });

      // Everyone recovers, then AWS resolves: the event ends.
      await insertCheckResults(db().db, [0, 1].flatMap((i) => ['ex-a', 'ex-b', 'ex-c', 'ex-d', 'ex-e'].map((id) => api(id, s + 8.5 * 60_000 + i * 30_000, true))));
      await insertCheckResults(db().db, [feed(s + 9 * 60_000, false)]);
      clock.set(s + 9 * 60_000 + 5_000);
      await probing.evaluateNow();
      [row] = await cloudEventRows();
      // The members recovered in this round (a service's recovery is timed like its own incident's end), after AWS resolved.
      expect(row!.endedAt).toEqual(new Date(s + 9 * 60_000 + 5_000));
      const kinds = (await timeline(row!.id)).map((e) => `${e.state}:${e.serviceIds.join()}`);
      expect(kinds).toEqual(['major_outage:ex-a', 'major_outage:ex-b', 'major_outage:ex-c', 'major_outage:aws', 'resolved:aws', 'resolved:ex-a', 'resolved:ex-b', 'resolved:ex-c']);
      expect((await readCloudEvent(db().db, row!.id))?.data.closedAt).toBe(s + 9 * 60_000 + 5_000);
    } finally {
      await probing.stop();
    }
  });

  it('two engines evaluating at once open one event, never two', async () => {
    const s = T0 + 5 * 60 * 60_000;
    const clock = manualClock(s);
    await insertCheckResults(db().db, [0, 1, 2].flatMap((i) => ['ex-f', 'ex-g', 'ex-h'].map((id, j) => api(id, s + j * 1_000 + i * 30_000, false))));
    clock.set(s + 75_000);
    const [one, two] = await Promise.all([engine('fra', clock), engine('sin', clock)]);
    try {
      const before = (await cloudEventRows()).length;
      await Promise.all([one.evaluateNow(), two.evaluateNow()]);
      await Promise.all([one.evaluateNow(), two.evaluateNow()]);
      const rows = (await cloudEventRows()).filter((r) => r.endedAt === null);
      expect((await cloudEventRows()).length).toBe(before + 1);
      expect(rows.map((r) => r.id)).toEqual(['aws-us-west-2-2026-05-07-1700']);
      expect((await timeline(rows[0]!.id)).length).toBe(3);

      // The read models: the banner's open events, the event of a member's own incident, the event whole.
      const options = { db: db().db, catalog: catalog(), now: s + 80_000 };
      const slug = 'aws-us-west-2-2026-05-07-1700';
      const active = (await getActiveCloudEvents(options)).find((e) => e.slug === slug);
      expect(active).toMatchObject({ provider: 'AWS', region: 'us-west-2', cloud: 'not_reported', trigger: 'correlated_failures', memberCount: 3, vendorLag: { kind: 'pending' } });
      expect(active!.failing.map((f) => f.shortName)).toEqual(['EX-F', 'EX-G', 'EX-H']);
      expect((await getCloudEventOfIncident('ex-g-2026-05-07-1700', options))?.slug).toBe(slug);
      expect(await getCloudEventOfIncident('nothing-2026-05-07-1700', options)).toBeNull();
      const detail = await getCloudEvent(slug, options);
      expect(detail?.members.map((m) => [m.id, m.basis, m.incidentSlugs])).toEqual([
        ['ex-f', ['stated'], ['ex-f-2026-05-07-1700']], ['ex-g', ['stated'], ['ex-g-2026-05-07-1700']], ['ex-h', ['stated'], ['ex-h-2026-05-07-1700']],
      ]);
      expect(detail?.settings).toEqual({ minServices: 3, windowSec: 600, quietSec: 1800, rejoinSec: 900 });
      expect(await getCloudEvent('aws-us-east-1-2025-10-20', options)).toBeNull();
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
  });

  it('a writer that opens a second event for a region with one open adopts it; an older round never undoes a newer one', async () => {
    const open = (await readCloudEvents(db().db, new Date(0))).events.find((e) => e.endedAt === null)!;
    const names = { provider: 'AWS', cloudServiceId: 'aws', nameOf: (id: string) => id };
    const write = (data: CloudEventData, at: number, opened: boolean): CloudEventWrite => ({ data, title: cloudEventTitle('AWS', data.region), entries: cloudEventTimeline(data, names), opened, at });

    const rival: CloudEventData = { ...open, id: 'aws-us-east-1-2026-05-07-1701', startedAt: open.startedAt + 60_000 };
    expect(await writeCloudEvents(db().db, [write(rival, open.openedAt, true)])).toEqual({ adopted: [{ id: rival.id, existingId: open.id }] });
    expect((await cloudEventRows()).map((r) => r.id)).not.toContain(rival.id);

    const resolved: CloudEventData = { ...open, endedAt: open.startedAt + 10 * 60_000, closedAt: open.startedAt + 41 * 60_000 };
    await writeCloudEvents(db().db, [write(resolved, open.startedAt + 41 * 60_000, false)]);
    await writeCloudEvents(db().db, [write(open, open.startedAt + 40 * 60_000, false)]);
    const stored = await readCloudEvent(db().db, open.id);
    expect(stored?.data.endedAt).toBe(resolved.endedAt);
    // The same write again changes nothing.
    await writeCloudEvents(db().db, [write(resolved, open.startedAt + 41 * 60_000, false)]);
    expect((await timeline(open.id)).length).toBe(cloudEventTimeline(resolved, names).length);
  });
});
