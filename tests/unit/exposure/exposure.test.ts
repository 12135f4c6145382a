// The exposure map's pure logic: measured dependencies for the correlation rules, and the matrix of
// services × (provider, region) with stated, measured, both and behind-CDN cells.
import { describe, expect, it } from 'vitest';
import { catalogSchema } from '@/lib/catalog/schema';
import { buildExposure, measuredDependencies, statedProviderId, type AddressObservation } from '@/lib/exposure/exposure';
import { createAddressMapper, type MapperFeed } from '@/lib/exposure/map-address';

const SOURCE = 'https://example.com/report';
const exposureCatalog = catalogSchema.parse({
  version: 1,
  services: [
    {
      id: 'coinbase',
      name: { ar: 'كوينبيس', en: 'Coinbase' },
      shortName: 'Coinbase',
      category: 'exchange',
      website: 'https://www.coinbase.com',
      monitored: true,
      cloudDependencies: [{ provider: 'AWS', region: 'us-east-1', source: SOURCE }],
      monitors: [
        { id: 'coinbase-api', kind: 'http', operator: 'coinbase', role: 'access', url: 'https://api.coinbase.com/v2/time' },
        { id: 'coinbase-status', kind: 'statuspage', operator: 'coinbase', role: 'reported', url: 'https://status.coinbase.com/api/v2/summary.json' },
      ],
    },
    {
      id: 'kraken',
      name: { ar: 'كراكن', en: 'Kraken' },
      shortName: 'Kraken',
      category: 'exchange',
      website: 'https://www.kraken.com',
      monitored: true,
      monitors: [{ id: 'kraken-api', kind: 'http', operator: 'kraken', role: 'access', url: 'https://api.kraken.com/0/public/Time' }],
    },
    {
      id: 'binance',
      name: { ar: 'بينانس', en: 'Binance' },
      shortName: 'Binance',
      category: 'exchange',
      website: 'https://www.binance.com',
      monitored: true,
      cloudDependencies: [{ provider: 'AWS', region: 'ap-northeast-1', source: SOURCE }],
      monitors: [{ id: 'binance-api', kind: 'http', operator: 'binance', role: 'access', url: 'https://api.binance.com/api/v3/time' }],
    },
    {
      id: 'ethereum',
      name: { ar: 'إيثريوم', en: 'Ethereum' },
      shortName: 'Ethereum',
      category: 'l1',
      website: 'https://ethereum.org',
      monitored: true,
      monitors: [{ id: 'eth-rpc', kind: 'evm', operator: 'publicnode', role: 'liveness', url: 'https://ethereum-rpc.publicnode.com', chainId: 1 }],
    },
  ],
});

const feeds: MapperFeed[] = [
  {
    id: 'aws',
    dataDate: '2025-07-24',
    refreshUrls: null,
    providers: [
      { id: 'aws', name: 'AWS', kind: 'cloud', groups: [{ region: 'us-east-1', prefixes: ['3.80.0.0/12'] }, { region: 'ap-northeast-1', prefixes: ['13.112.0.0/14'] }, { region: null, prefixes: ['3.0.0.0/8'] }] },
    ],
  },
  { id: 'cloudflare', dataDate: '2024-10-29', refreshUrls: null, providers: [{ id: 'cloudflare', name: 'Cloudflare', kind: 'cdn', groups: [{ region: null, prefixes: ['104.16.0.0/13'] }] }] },
];
const map = createAddressMapper(feeds);
const T = Date.UTC(2026, 4, 7, 12, 0, 0);
const obs = (monitorId: string, address: string, agoMin: number, vantage = 'fra', serviceId = 'x'): AddressObservation => ({ serviceId, monitorId, vantage, address, measuredAt: T - agoMin * 60_000 });

const observations = [
  obs('coinbase-api', '3.80.1.1', 1, 'fra'),
  obs('coinbase-api', '3.81.1.1', 3, 'sin'),
  obs('coinbase-status', '3.82.0.1', 1), // a status page's host: shown, not a dependency
  obs('kraken-api', '104.16.1.1', 2),
  obs('binance-api', '3.1.2.3', 2), // AWS, no region published
  obs('eth-rpc', '3.80.9.9', 1), // an operator's node: shown, not the chain's dependency
  obs('gone-monitor', '3.80.1.1', 1),
];

describe('measured dependencies (for the cloud-outage rules)', () => {
  it('one per service, cloud provider and region, from access endpoints only, with the newest time; CDNs not counted', () => {
    expect(measuredDependencies(exposureCatalog, observations, map)).toEqual([
      { serviceId: 'binance', providerId: 'aws', region: null, basis: 'measured', measuredAt: T - 2 * 60_000 },
      { serviceId: 'coinbase', providerId: 'aws', region: 'us-east-1', basis: 'measured', measuredAt: T - 60_000 },
    ]);
  });

  it('is empty with nothing measured or nothing mapped', () => {
    expect(measuredDependencies(exposureCatalog, [], map)).toEqual([]);
    expect(measuredDependencies(exposureCatalog, [obs('coinbase-api', '8.8.8.8', 1)], map)).toEqual([]);
  });
});

describe('the exposure matrix', () => {
  const view = buildExposure({ catalog: exposureCatalog, observations, map, feeds: feeds.map((f) => ({ ...f, origin: 'snapshot' as const })), windowHours: 6 });
  const cellOf = (serviceId: string, key: string) => view.cells.find((c) => c.serviceId === serviceId && c.columnKey === key);

  it('columns: clouds by provider and region (a named region before none), then CDNs', () => {
    expect(view.columns.map((c) => c.key)).toEqual(['aws:ap-northeast-1', 'aws:us-east-1', 'aws:', 'cloudflare:']);
  });

  it('cells: stated and measured → both; stated alone; measured alone; behind a CDN', () => {
    expect(cellOf('coinbase', 'aws:us-east-1')).toEqual({ serviceId: 'coinbase', columnKey: 'aws:us-east-1', basis: 'both', measuredAt: new Date(T - 60_000).toISOString(), sources: [SOURCE] });
    expect(cellOf('binance', 'aws:ap-northeast-1')).toMatchObject({ basis: 'stated', measuredAt: null });
    expect(cellOf('binance', 'aws:')).toMatchObject({ basis: 'measured', sources: [] });
    expect(cellOf('kraken', 'cloudflare:')).toMatchObject({ basis: 'cdn', measuredAt: new Date(T - 2 * 60_000).toISOString() });
    expect(view.cells.filter((c) => c.serviceId === 'ethereum')).toEqual([]);
  });

  it('endpoints: every monitor, each vantage\'s newest address with its mapping and date; unmeasured ones empty', () => {
    const coinbase = view.services.find((s) => s.serviceId === 'coinbase')!;
    expect(coinbase.stated).toEqual([{ providerId: 'aws', providerName: 'AWS', region: 'us-east-1', source: SOURCE }]);
    expect(coinbase.endpoints[0]).toMatchObject({ monitorId: 'coinbase-api', host: 'api.coinbase.com', role: 'access' });
    expect(coinbase.endpoints[0]!.observations.map((o) => [o.vantage, o.mapping?.region, o.mapping?.snapshotDate])).toEqual([
      ['fra', 'us-east-1', '2025-07-24'],
      ['sin', 'us-east-1', '2025-07-24'],
    ]);
    expect(coinbase.endpoints[1]).toMatchObject({ monitorId: 'coinbase-status', role: 'reported' });
    const ethereum = view.services.find((s) => s.serviceId === 'ethereum')!;
    expect(ethereum.endpoints[0]!.observations[0]!.mapping).toMatchObject({ providerId: 'aws', region: 'us-east-1' });
    expect(buildExposure({ catalog: exposureCatalog, observations: [], map, feeds: [], windowHours: 6 }).services[1]!.endpoints[0]!.observations).toEqual([]);
  });

  it('an address in no published range maps to null, never to a guess', () => {
    const v = buildExposure({ catalog: exposureCatalog, observations: [obs('kraken-api', '203.0.113.9', 1)], map, feeds: [], windowHours: 6 });
    expect(v.services[1]!.endpoints[0]!.observations[0]!.mapping).toBeNull();
    expect(v.cells.filter((c) => c.serviceId === 'kraken')).toEqual([]);
  });

  it('names the range data in use per feed', () => {
    expect(view.feeds).toEqual([
      { id: 'aws', providerNames: ['AWS'], dataDate: '2025-07-24', origin: 'snapshot', fetchedAt: null, refreshable: false },
      { id: 'cloudflare', providerNames: ['Cloudflare'], dataDate: '2024-10-29', origin: 'snapshot', fetchedAt: null, refreshable: false },
    ]);
  });
});

describe('stated provider names', () => {
  it.each([
    ['AWS', 'aws'],
    ['Amazon Web Services', 'aws'],
    ['GCP', 'google-cloud'],
    ['Microsoft Azure', 'azure'],
    ['Hetzner Online', 'hetzner-online'],
  ])('%s → %s', (name, id) => expect(statedProviderId(name)).toBe(id));
});
