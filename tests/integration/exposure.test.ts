// The exposure map's reads on a real database: the newest recorded address per monitor and vantage
// (lib/db/exposure-queries.ts), and the read model over it (lib/read-models/exposure.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { catalogSchema } from '@/lib/catalog/schema';
import { readLatestAddresses } from '@/lib/db/exposure-queries';
import { checkResults } from '@/lib/db/schema';
import { resetActiveRanges, setExtraRangeFeeds } from '@/lib/exposure/active';
import { EXPOSURE_WINDOW_HOURS, getExposure, getMeasuredDependencies, getServiceExposure } from '@/lib/read-models/exposure';
import { useTempDb } from '../helpers/temp-db';

const NOW = Date.UTC(2026, 4, 7, 12, 0, 0);
const MIN = 60_000;
const db = useTempDb();

const check = (monitorId: string, vantage: string, agoMs: number, facts: Record<string, unknown>, serviceId = 'lab-exchange') => ({
  serviceId,
  monitorId,
  kind: 'http' as const,
  vantage,
  startedAt: new Date(NOW - agoMs),
  latencyMs: 80,
  outcome: 'up' as const,
  reason: null,
  facts,
});

const catalog = catalogSchema.parse({
  version: 1,
  services: [
    {
      id: 'lab-exchange',
      name: { ar: 'منصة المختبر', en: 'Lab exchange' },
      shortName: 'LabX',
      category: 'exchange',
      website: 'https://lab.invalid',
      monitored: true,
      cloudDependencies: [{ provider: 'AWS', region: 'us-east-1', source: 'https://example.com/stated' }],
      monitors: [{ id: 'lab-api', kind: 'http', operator: 'lab', role: 'access', url: 'http://127.0.0.1:9/api', allowPrivateNetwork: true }],
    },
    {
      id: 'lab-chain',
      name: { ar: 'سلسلة المختبر', en: 'Lab chain' },
      shortName: 'LabC',
      category: 'l1',
      website: 'https://chain.lab.invalid',
      monitored: true,
      monitors: [{ id: 'lab-rpc', kind: 'evm', operator: 'lab', role: 'liveness', url: 'http://127.0.0.2:9/', chainId: 1, allowPrivateNetwork: true }],
    },
  ],
});

afterEach(() => resetActiveRanges());

describe(`exposure reads (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('the newest address per monitor and vantage within the window; other types and older checks skipped', async () => {
    await db().db.insert(checkResults).values([
      check('lab-api', 'fra', 1 * MIN, { httpStatus: 200, address: '127.0.0.1' }),
      check('lab-api', 'fra', 5 * MIN, { address: '127.0.0.9' }),
      check('lab-api', 'fra', 0.5 * MIN, { detail: 'timeout before connecting' }),
      check('lab-api', 'sin', 2 * MIN, { address: 42 }),
      check('lab-api', 'sin', 3 * MIN, { address: '::ffff:127.0.0.1' }),
      check('lab-api', 'iad', (EXPOSURE_WINDOW_HOURS * 60 + 1) * MIN, { address: '127.0.0.1' }),
      check('lab-rpc', 'fra', 1 * MIN, { address: '127.0.0.2' }, 'lab-chain'),
    ]);
    const since = new Date(NOW - EXPOSURE_WINDOW_HOURS * 3_600_000);
    const rows = (await readLatestAddresses(db().db, since)).map((r) => [r.monitorId, r.vantage, r.address, NOW - r.measuredAt.getTime()]);
    expect(rows).toEqual([
      ['lab-api', 'fra', '127.0.0.1', 1 * MIN],
      ['lab-api', 'sin', '::ffff:127.0.0.1', 3 * MIN],
      ['lab-rpc', 'fra', '127.0.0.2', 1 * MIN],
    ]);
    expect((await readLatestAddresses(db().db, since, 'lab-chain')).map((r) => r.monitorId)).toEqual(['lab-rpc']);
  });

  it('the read model maps them with the extra table (the lab\'s fake region) and labels stated, measured and both', async () => {
    setExtraRangeFeeds([
      { id: 'lab', dataDate: '2026-01-01', refreshUrls: null, providers: [{ id: 'aws', name: 'AWS', kind: 'cloud', groups: [{ region: 'us-east-1', prefixes: ['127.0.0.0/24'] }] }] },
    ]);
    const view = await getExposure({ db: db().db, catalog, now: NOW });
    expect(view.windowHours).toBe(EXPOSURE_WINDOW_HOURS);
    expect(view.cells).toEqual([{ serviceId: 'lab-exchange', columnKey: 'aws:us-east-1', basis: 'both', measuredAt: new Date(NOW - MIN).toISOString(), sources: ['https://example.com/stated'] }]);
    const api = view.services[0]!.endpoints[0]!;
    expect(api.observations.map((o) => [o.vantage, o.address, o.mapping?.region, o.mapping?.snapshotDate])).toEqual([
      ['fra', '127.0.0.1', 'us-east-1', '2026-01-01'],
      ['sin', '::ffff:127.0.0.1', 'us-east-1', '2026-01-01'],
    ]);
    // The chain's RPC is shown with where it answered from, but is not the chain's dependency.
    expect(view.services[1]!.endpoints[0]!.observations[0]!.mapping).toMatchObject({ region: 'us-east-1' });
    expect(view.feeds[0]).toMatchObject({ id: 'lab', dataDate: '2026-01-01', origin: 'snapshot' });
    expect(view.feeds.find((f) => f.id === 'aws')).toMatchObject({ dataDate: '2025-07-24', refreshable: true });

    expect(await getMeasuredDependencies({ db: db().db, catalog, now: NOW })).toEqual([
      { serviceId: 'lab-exchange', providerId: 'aws', region: 'us-east-1', basis: 'measured', measuredAt: NOW - MIN },
    ]);
    const one = await getServiceExposure('lab-chain', { db: db().db, catalog, now: NOW });
    expect(one?.service.endpoints.map((e) => e.monitorId)).toEqual(['lab-rpc']);
    expect(await getServiceExposure('nothing', { db: db().db, catalog, now: NOW })).toBeNull();
  });

  it('without the extra table, loopback addresses are in no published range: measured, but unknown', async () => {
    const view = await getExposure({ db: db().db, catalog, now: NOW });
    expect(view.services[0]!.endpoints[0]!.observations[0]!.mapping).toBeNull();
    expect(view.cells.map((c) => c.basis)).toEqual(['stated']);
    expect(await getMeasuredDependencies({ db: db().db, catalog, now: NOW })).toEqual([]);
  });
});
