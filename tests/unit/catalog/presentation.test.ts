// How catalog entries are shown (lib/catalog/presentation.ts): dependencies once per region with every
// source, the status page only where a monitor reads one, the home groups, operators' names.
import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/catalog';
import { catalogSchema } from '@/lib/catalog/schema';
import { cloudDependentsOf, groupDependencies, homeGroupOf, operatorName, statusPageOf } from '@/lib/catalog/presentation';
import { snapshotOf } from '@/lib/read-models/snapshot';

const find = (id: string) => getCatalog().services.find((s) => s.id === id)!;

describe('cloud dependencies', () => {
  it('lists a provider and region once, with every source that names it (Coinbase: AWS us-east-1, two reports)', () => {
    const grouped = groupDependencies(find('coinbase').cloudDependencies);
    expect(grouped).toHaveLength(1);
    expect(grouped[0]).toMatchObject({ provider: 'AWS', region: 'us-east-1' });
    expect(grouped[0]!.sources).toHaveLength(2);
  });

  it('keeps distinct regions apart and a dependency without a region on its own', () => {
    const grouped = groupDependencies([
      { provider: 'AWS', region: 'us-east-1', source: 'https://a.example/1' },
      { provider: 'aws', region: 'US-EAST-1', source: 'https://a.example/2' },
      { provider: 'AWS', region: 'ap-northeast-1', source: 'https://a.example/1' },
      { provider: 'AWS', source: 'https://a.example/3' },
      { provider: 'AWS', region: 'us-east-1', source: 'https://a.example/1' },
    ]);
    expect(grouped.map((d) => [d.region, d.sources.length])).toEqual([
      ['us-east-1', 2],
      ['ap-northeast-1', 1],
      [null, 1],
    ]);
  });

  it('the snapshot (what /api/status answers) gives each provider and region once', () => {
    const snapshot = snapshotOf(getCatalog(), [], new Date('2026-05-08T00:00:00Z'));
    const coinbase = snapshot.services.find((s) => s.id === 'coinbase')!;
    expect(coinbase.cloudDependencies).toEqual([{ provider: 'AWS', region: 'us-east-1' }]);
    for (const s of snapshot.services) {
      const keys = s.cloudDependencies.map((d) => `${d.provider}/${d.region}`);
      expect(new Set(keys).size, s.id).toBe(keys.length);
    }
  });

  it("a cloud's own page lists the services that run on it, with their regions", () => {
    const onAws = cloudDependentsOf(getCatalog().services, 'AWS');
    expect(onAws.find((d) => d.id === 'coinbase')?.regions).toEqual(['us-east-1']);
    expect(onAws.find((d) => d.id === 'binance')?.regions).toEqual(['ap-northeast-1']);
    expect(onAws.some((d) => d.id === 'aws')).toBe(false);
    expect(cloudDependentsOf(getCatalog().services, 'Amazon Web Services').length).toBe(onAws.length);
  });
});

describe('the status page link', () => {
  it('comes from the status page or feed a monitor reads, never from the website', () => {
    expect(statusPageOf(find('coinbase'))).toBe('https://status.coinbase.com');
    expect(statusPageOf(find('linea'))).toBe('https://linea.statuspage.io');
    expect(statusPageOf(find('cloudflare'))).toBe('https://www.cloudflarestatus.com');
    expect(statusPageOf(find('aws'))).toBe('https://status.aws.amazon.com');
    expect(statusPageOf(find('binance'))).toBeNull();
    expect(statusPageOf(find('bitcoin'))).toBeNull();
    expect(statusPageOf(find('metamask'))).toBeNull();
  });

  it('ignores a monitor that is not the company speaking about itself', () => {
    const { services } = catalogSchema.parse({
      version: 1,
      services: [
        {
          id: 'x',
          name: { ar: 'س', en: 'X' },
          shortName: 'X',
          category: 'infra',
          website: 'https://x.example',
          monitored: true,
          monitors: [{ id: 'x-api', kind: 'http', operator: 'x', role: 'access', url: 'https://status.x.example/api/v2/summary.json' }],
        },
      ],
    });
    expect(statusPageOf(services[0]!)).toBeNull();
  });
});

describe('home groups', () => {
  it('wallets, marketplaces and data sites are "apps and wallets"; their API category stays infra', () => {
    for (const id of ['metamask', 'rabby', 'debank', 'opensea', 'coinmarketcap']) {
      expect(homeGroupOf(find(id)), id).toBe('apps');
      expect(find(id).category).toBe('infra');
    }
    expect(homeGroupOf(find('infura'))).toBe('infra');
    expect(homeGroupOf(find('coinbase'))).toBe('exchange');
    expect(homeGroupOf(find('aws'))).toBeNull();
  });
});

describe('operator names', () => {
  it('every operator of the built-in catalog has a readable name; an unknown id is shown as written', () => {
    const ids = new Set(getCatalog().services.flatMap((s) => s.monitors.map((m) => m.operator)));
    for (const id of ids) expect(operatorName(id), id).not.toBe(id);
    expect(operatorName('mempool-space')).toBe('mempool.space');
    expect(operatorName('my-own-node')).toBe('my-own-node');
  });
});
