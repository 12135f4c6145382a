// The built-in catalog: valid against the contract (lib/catalog/schema.ts), complete against the facts
// file, and honest about cloud dependencies (every one traceable to an event of that provider).
import { describe, expect, it } from 'vitest';
import { catalogSchema, type Catalog, type Category, type Monitor } from '@/lib/catalog/schema';
import { isChainCategory } from '@/lib/catalog/categories';
import { builtinCatalog } from '@/lib/catalog/services';
import { eventUrls, FACTS as facts } from '../../helpers/facts';

const parsed = catalogSchema.safeParse(builtinCatalog);
const catalog: Catalog = parsed.success ? parsed.data : ({ version: 1, services: [], canaries: [] } as Catalog);
const byId = new Map(catalog.services.map((s) => [s.id, s]));

/** Monitors of every service, with their service. */
const allMonitors = catalog.services.flatMap((service) => service.monitors.map((monitor) => ({ service, monitor })));
const urlOf = (m: Monitor): string => ('url' in m ? m.url : m.baseUrl);

describe('built-in catalog', () => {
  it('parses with catalogSchema', () => {
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(catalog.services.length).toBeGreaterThan(0);
  });

  it('lists every service of the facts file, in the same category', () => {
    for (const fact of facts.services) {
      const service = byId.get(fact.id);
      expect(service, fact.id).toBeDefined();
      expect(service?.category, fact.id).toBe(fact.category);
    }
  });

  it('lists the services named in incidents that have no endpoint, as not monitored', () => {
    for (const id of ['metamask', 'rabby', 'debank', 'opensea', 'coinmarketcap', 'gate-io', 'coinstore', 'mexc', 'crypto-com', 'robinhood']) {
      expect(byId.get(id)?.monitored, id).toBe(false);
    }
  });

  it('gives unmonitored services no monitors, and monitored ones at least one', () => {
    for (const service of catalog.services) {
      if (!service.monitored) expect(service.monitors, service.id).toEqual([]);
      else expect(service.monitors.length, service.id).toBeGreaterThan(0);
    }
  });

  it('watches every L1 and L2 through at least 3 liveness endpoints run by at least 3 operators', () => {
    const chains = catalog.services.filter((s) => isChainCategory(s.category));
    expect(chains.map((s) => s.id).sort()).toEqual(
      facts.services.filter((s) => isChainCategory(s.category as Category)).map((s) => s.id).sort(),
    );
    for (const chain of chains) {
      const liveness = chain.monitors.filter((m) => m.role === 'liveness');
      expect(liveness.length, chain.id).toBeGreaterThanOrEqual(3);
      expect(new Set(liveness.map((m) => m.operator)).size, chain.id).toBeGreaterThanOrEqual(3);
      // Keyless: liveness must not depend on an operator's key.
      for (const m of liveness) expect(m.apiKeyEnv, m.id).toBeUndefined();
    }
  });

  it('gives every chain a config that fits its liveness probes', () => {
    const family = { evm: 'evm', solana: 'solana', bitcoin: 'bitcoin' } as const;
    for (const chain of catalog.services.filter((s) => isChainCategory(s.category))) {
      const config = chain.chain;
      expect(config, chain.id).toBeDefined();
      if (!config) continue;
      expect(config.quorum, chain.id).toBe(2);
      expect(config.softLimitSec, chain.id).toBeLessThan(config.hardLimitSec);
      expect(config.blockTimeSec, chain.id).toBeGreaterThan(0);
      for (const m of chain.monitors.filter((x) => x.role === 'liveness')) {
        expect(m.kind, m.id).toBe(family[config.family]);
        if (m.kind === 'evm') expect(m.chainId, m.id).toBe(config.chainId);
      }
    }
  });

  it('gives a chain config to chains only (isChainCategory and a chain config name the same services)', () => {
    for (const service of catalog.services) expect(service.chain !== undefined, service.id).toBe(isChainCategory(service.category));
  });

  it("uses docs/methodology.md's starting limits", () => {
    const chain = (id: string) => byId.get(id)?.chain;
    expect(chain('bitcoin')).toMatchObject({ softLimitSec: 5400, hardLimitSec: 9000 });
    expect(chain('ethereum')).toMatchObject({ softLimitSec: 60, hardLimitSec: 180, finalizedLimitSec: 1500 });
    expect(chain('solana')).toMatchObject({ hardLimitSec: 60, minSlotsPerSec: 1.5 });
    for (const id of ['base', 'op-mainnet', 'arbitrum-one', 'zksync-era', 'linea', 'scroll']) {
      expect(chain(id), id).toMatchObject({ softLimitSec: 20, hardLimitSec: 60 });
      expect(chain(id)?.safeLimitSec, id).toBeGreaterThanOrEqual(1800);
    }
    expect(chain('polygon-pos')).toMatchObject({ softLimitSec: 30, hardLimitSec: 120, finalizedLimitSec: 300 });
  });

  it('has a public exchange API monitor for every monitored exchange', () => {
    for (const exchange of catalog.services.filter((s) => s.category === 'exchange' && s.monitored)) {
      const api = exchange.monitors.filter((m) => m.kind === 'exchange');
      expect(api.length, exchange.id).toBeGreaterThanOrEqual(1);
      for (const m of api) {
        expect(m.role, m.id).toBe('access');
        if (m.kind === 'exchange') expect(m.exchange, m.id).toBe(exchange.id);
      }
    }
  });

  it('watches each cloud through its own feed', () => {
    const feeds = Object.fromEntries(
      catalog.services
        .filter((s) => s.category === 'cloud')
        .map((s) => [s.id, s.monitors.filter((m) => m.kind === 'cloud-feed').map((m) => (m.kind === 'cloud-feed' ? m.format : ''))]),
    );
    expect(feeds).toEqual({ aws: ['aws-rss'], 'google-cloud': ['gcp-incidents-json'], azure: ['azure-rss'], cloudflare: ['statuspage'] });
  });

  it('uses unique, kebab-case monitor ids and only https URLs', () => {
    const ids = allMonitors.map(({ monitor }) => monitor.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { monitor } of allMonitors) {
      expect(monitor.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(urlOf(monitor), monitor.id).toMatch(/^https:\/\//);
    }
  });

  it('puts an API key only through the {apiKey} placeholder and an apiKeyEnv', () => {
    for (const { monitor } of allMonitors) {
      const url = urlOf(monitor);
      if (url.includes('{apiKey}')) expect(monitor.apiKeyEnv, monitor.id).toMatch(/^[A-Z][A-Z0-9_]*$/);
      if (monitor.apiKeyEnv) expect(url, monitor.id).toContain('{apiKey}');
      expect(url, monitor.id).not.toMatch(/api[-_]?key=|\/v[23]\/[0-9a-f]{16,}/i);
    }
  });

  it('states a cloud dependency only with a source the facts give for an event of that provider', () => {
    const sourcesByProvider = new Map<string, Set<string>>();
    for (const incident of facts.incidents) {
      const set = sourcesByProvider.get(incident.provider) ?? new Set<string>();
      for (const event of incident.events) eventUrls(event).forEach((url) => set.add(url));
      sourcesByProvider.set(incident.provider, set);
    }
    const dependencies = catalog.services.flatMap((s) => s.cloudDependencies.map((d) => ({ service: s.id, ...d })));
    expect(dependencies.length).toBeGreaterThan(0);
    for (const dep of dependencies) {
      expect(sourcesByProvider.get(dep.provider)?.has(dep.source), `${dep.service}: ${dep.source}`).toBe(true);
    }
    // The companies that named AWS themselves are listed; the L1 chains that kept working are not.
    for (const id of ['coinbase', 'binance', 'kucoin', 'infura', 'robinhood']) expect(byId.get(id)?.cloudDependencies.length, id).toBeGreaterThan(0);
    for (const id of ['bitcoin', 'ethereum', 'solana']) expect(byId.get(id)?.cloudDependencies, id).toEqual([]);
  });

  it('names every service in Latin script in both languages (glossary), with its Arabic spelling kept as an alias', () => {
    for (const service of catalog.services) {
      expect(service.name.ar, service.id).not.toMatch(/[\u0600-\u06FF]/);
      expect(service.name.en, service.id).not.toMatch(/[\u0600-\u06FF]/);
      expect(service.shortName, service.id).toMatch(/^[\x20-\x7E]+$/);
      // The transliteration a reader may type (the 404 page's suggestions read it), except Sei's two letters.
      if (service.id !== 'sei') expect(service.aliases?.join(' '), service.id).toMatch(/[\u0600-\u06FF]/);
    }
  });
});

describe('the catalog and the past incidents', () => {
  it('name every service with the same id (an incident event links to a catalog service)', async () => {
    const { PAST_INCIDENTS } = await import('@/lib/incidents/past');
    const ids = new Set(catalog.services.map((s) => s.id));
    const missing = PAST_INCIDENTS.flatMap((i) => i.events.flatMap((e) => e.serviceIds)).filter((id) => !ids.has(id));
    expect([...new Set(missing)]).toEqual([]);
  });
});
