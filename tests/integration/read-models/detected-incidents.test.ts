// A detected incident as every reader sees it: the incident page's record (title written from the
// catalog's name and the reason, the measured facts, the vendor lag), the list with its measured /
// reconstructed filter and active incidents first, /api/v1 (its slug accepted), and Statuspage v2
// (updates from the timeline, impact from the worst status reached).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { incidentEvents, incidents } from '@/lib/db/schema';
import { detectedTitle, timelineSummary } from '@/lib/incidents/detected-text';
import { getV1Incident, getV1Incidents } from '@/lib/open-data/v1';
import { statuspageIncident } from '@/lib/open-data/statuspage';
import { getIncident, listIncidents } from '@/lib/read-models/incidents';
import { getServiceIncidents } from '@/lib/read-models/service-incidents';
import type { MeasuredIncident } from '@/lib/status/incidents';
import { openTempDb, type TempDb } from '../../helpers/temp-db';

const DB_KEY = '__marsadDatabase';
type G = typeof globalThis & { [DB_KEY]?: Promise<DbHandle> };

const MIN = 60_000;
const start = Date.now() - 3 * 60 * MIN;
const measured = (id: string, service: string, startedAt: number, endedAt: number | null, extra: Partial<MeasuredIncident> = {}): MeasuredIncident => ({
  id, targetId: service, startedAt, startConfirmedAt: startedAt + MIN, endedAt, endConfirmedAt: endedAt, precisionSec: 30,
  worstStatus: 'major_outage', reason: 'trading_halted', reopenCount: 0, ...extra,
});

let tmp: TempDb;
beforeAll(async () => {
  tmp = await openTempDb();
  (globalThis as G)[DB_KEY] = Promise.resolve(tmp);
  const done = measured('coinbase-x-1', 'coinbase', start, start + 25 * MIN, { acknowledgedAt: start + 6 * MIN, acknowledgedCreatedAt: start + 4 * MIN });
  const open = measured('ethereum-x-2', 'ethereum', start + 60 * MIN, null, { reason: 'stale_head' });
  await tmp.db.insert(incidents).values([
    // Stored titles are the old raw ids: the readers write them again from what was measured.
    { id: done.id, origin: 'detected', serviceId: 'coinbase', title: { ar: 'coinbase', en: 'coinbase' }, startedAt: new Date(start), endedAt: new Date(start + 25 * MIN), data: done },
    { id: open.id, origin: 'detected', serviceId: 'ethereum', title: { ar: 'ethereum', en: 'ethereum' }, startedAt: new Date(start + 60 * MIN), data: open },
  ]);
  const entry = (n: number, at: number, state: 'major_outage' | 'degraded' | 'operational', kind: 'measured' | 'reported') => ({
    id: `${done.id}-${n}`, incidentId: done.id, position: Math.floor(at / 1000), timeUtc: new Date(at), state, serviceIds: ['coinbase'],
    provenance: kind, confidence: 'high' as const,
    summary: timelineSummary({ kind, status: state, reason: kind === 'measured' && state !== 'operational' ? 'trading_halted' : null, failingVantages: 2, vantageCount: 3 }),
    detail: { measured: { kind, reason: kind === 'measured' && state !== 'operational' ? ('trading_halted' as const) : null, failingVantages: 2, vantageCount: 3 } },
  });
  await tmp.db.insert(incidentEvents).values([entry(1, start, 'major_outage', 'measured'), entry(2, start + 6 * MIN, 'degraded', 'reported'), entry(3, start + 25 * MIN, 'operational', 'measured')]);
});
afterAll(async () => {
  delete (globalThis as G)[DB_KEY];
  await tmp.dispose();
});

describe('a detected incident, as every reader sees it', () => {
  it('the page record: a readable title in both languages, measured facts, the vendor lag as a range, a measured timeline', async () => {
    const detail = await getIncident('coinbase-x-1');
    expect(detail).not.toBeNull();
    const { incident } = detail!;
    expect(incident.title).toEqual({ ar: 'Coinbase: توقف التداول', en: 'Coinbase: trading halted' });
    expect(incident.measured).toMatchObject({
      serviceId: 'coinbase',
      precisionSec: 30,
      worstStatus: 'major_outage',
      // Between the company's own created_at (4 min) and the first reading that showed it (6 min).
      acknowledgement: { kind: 'acknowledged', lagMinSec: 240, lagMaxSec: 360 },
    });
    expect(incident.events.map((e) => [e.state, e.provenance])).toEqual([['major_outage', 'measured'], ['degraded', 'reported'], ['operational', 'measured']]);
    expect(incident.events[0]!.summary.en).toBe('Major outage (Trading halted). vantage points failing: 2 of 3');
    expect(detail!.services.coinbase?.shortName).toBe('Coinbase');
    // A chain's major outage is "block production stalled".
    expect((await getIncident('ethereum-x-2'))!.incident.title).toEqual(detectedTitle({ shortName: 'Ethereum', category: 'l1' }, 'major_outage', 'stale_head'));
    expect((await getIncident('ethereum-x-2'))!.incident.title.en).toBe('Ethereum: block production stalled');
  });

  it('the list: filtered by how it is known, the active incident first, a bad value reported and ignored', async () => {
    const all = await listIncidents({});
    expect(all.items[0]!.slug).toBe('ethereum-x-2');
    expect(all.items.some((i) => i.origin === 'past')).toBe(false);
    const measuredOnly = await listIncidents({ origin: 'measured' });
    expect(measuredOnly.items.map((i) => i.slug).sort()).toEqual(['coinbase-x-1', 'ethereum-x-2']);
    expect(measuredOnly.filter.origin).toBe('measured');
    expect((await listIncidents({ origin: 'reconstructed' })).items).toEqual([]);
    const bad = await listIncidents({ origin: 'guessed' });
    expect(bad.problems).toEqual([{ param: 'origin', value: 'guessed' }]);
    expect(bad.items).toHaveLength(2);
    expect(all.items.find((i) => i.slug === 'coinbase-x-1')!.title.en).toBe('Coinbase: trading halted');
  });

  it('/api/v1 and Statuspage v2: links by slug, updates from the timeline, impact from the worst status', async () => {
    const v1 = await getV1Incidents({ origin: 'measured' });
    expect(v1.incidents.map((i) => i.links.page.en)).toContain('/en/incidents/coinbase-x-1');
    expect((await getV1Incident('coinbase-x-1'))?.incident.title.ar).toBe('Coinbase: توقف التداول');
    expect(((await getV1Incident('coinbase-x-1'))?.incident as { measured?: unknown } | undefined)?.measured).toMatchObject({ precisionSec: 30, acknowledgement: { kind: 'acknowledged', lagMinSec: 240, lagMaxSec: 360 } });
    const { incident } = (await getIncident('coinbase-x-1'))!;
    const labels = { states: {}, claimedNotVerified: '', timeNotConfirmed: '' } as never;
    const sp = statuspageIncident(incident, { lang: 'en', pageUrl: 'http://localhost/en', labels, documentation: '/open-data' }, 'http://localhost/en/incidents/coinbase-x-1');
    expect(sp.impact).toBe('critical');
    expect(sp.incident_updates).toHaveLength(3);
    expect(sp.status).toBe('resolved');
    // Without a timeline (an incident detected before timelines were written), the worst status still sets the impact.
    const bare = (await getIncident('ethereum-x-2'))!.incident;
    expect(bare.events).toEqual([]);
    expect(statuspageIncident(bare, { lang: 'en', pageUrl: '', labels, documentation: '' }, '').impact).toBe('critical');
  });
});

describe("a cloud's own page", () => {
  it('lists the cloud-outage events on its regions (stored without a service), at their members\' worst status', async () => {
    await tmp.db.insert(incidents).values({
      id: 'aws-us-east-1-2099-01-01-0000',
      origin: 'detected',
      provider: 'AWS',
      region: 'us-east-1',
      title: { ar: 'AWS us-east-1', en: 'AWS us-east-1' },
      startedAt: new Date(start + 5 * MIN),
      data: { kind: 'cloud-event', cloudServiceId: 'aws', members: [{ worstStatus: 'partial_outage' }, { worstStatus: 'major_outage' }] } as never,
    });
    const aws = await getServiceIncidents('aws');
    expect(aws.detected.find((d) => d.slug === 'aws-us-east-1-2099-01-01-0000')).toMatchObject({ worstStatus: 'major_outage' });
    expect((await getServiceIncidents('google-cloud')).detected.map((d) => d.slug)).not.toContain('aws-us-east-1-2099-01-01-0000');
  });
});
