// How catalog entries are shown, decided from the catalog alone (pure: no zod, React or next-intl, so client
// components may use it): a service's cloud dependencies once per provider and region with every source,
// the company's own status page where a monitor reads one, the home page group, and the readable names of
// monitor operators. Nothing here is invented: what the catalog does not say is not shown.
import { providerKey } from '@/lib/correlation/dependencies';
import type { Category, CloudDependency, DisplayGroup, Monitor, Service } from './schema';

/** One provider and region a service depends on, with every public source that says so. */
export interface GroupedDependency {
  provider: string;
  region: string | null;
  sources: string[];
}

const dependencyKey = (provider: string, region: string | null | undefined) => `${provider.trim().toLowerCase()}\u0000${(region ?? '').trim().toLowerCase()}`;

/**
 * The dependencies once per provider and region, in the catalog's order, each with its sources (a region
 * two reports name, such as Coinbase's AWS us-east-1 in October 2025 and May 2026, is one dependency).
 */
export function groupDependencies(dependencies: readonly CloudDependency[]): GroupedDependency[] {
  const out = new Map<string, GroupedDependency>();
  for (const d of dependencies) {
    const key = dependencyKey(d.provider, d.region);
    const entry = out.get(key);
    if (!entry) out.set(key, { provider: d.provider, region: d.region ?? null, sources: [d.source] });
    else if (!entry.sources.includes(d.source)) entry.sources.push(d.source);
  }
  return [...out.values()];
}

/** The status page a reported monitor reads, as a person opens it (never a guess from the website). */
function pageOf(monitor: Monitor): string | null {
  if (monitor.role !== 'reported') return null;
  if (monitor.kind !== 'statuspage' && monitor.kind !== 'cloud-feed') return null;
  let url: URL;
  try {
    url = new URL(monitor.url);
  } catch {
    return null;
  }
  // A Statuspage API (…/api/v2/summary.json): the page is where its API lives.
  const api = url.pathname.indexOf('/api/v2/');
  if (monitor.kind === 'statuspage' || (monitor.kind === 'cloud-feed' && monitor.format === 'statuspage')) {
    return api >= 0 ? `${url.origin}${url.pathname.slice(0, api)}` || url.origin : null;
  }
  // A cloud's feed (RSS, JSON) is served by its status site: the site's home is the page.
  return url.origin;
}

/** The company's own status page, from the status page or feed the catalog reads; null when it reads none. */
export function statusPageOf(service: Pick<Service, 'monitors'>): string | null {
  for (const m of service.monitors) {
    const page = pageOf(m);
    if (page) return page;
  }
  return null;
}

/** The home page groups, in order: the categories, with the apps and wallets after the infrastructure providers. */
export type HomeGroup = Exclude<Category, 'cloud'> | DisplayGroup;
export const HOME_GROUP_ORDER: readonly HomeGroup[] = ['exchange', 'l1', 'l2', 'infra', 'apps'];

/** Where the home page lists a service (clouds have their own strip): its display group, else its category. */
export function homeGroupOf(service: { category: Category; displayGroup?: DisplayGroup }): HomeGroup | null {
  if (service.displayGroup) return service.displayGroup;
  return service.category === 'cloud' ? null : service.category;
}

/**
 * Readable names of the operators the built-in catalog names by id. Names are brands and stay in Latin
 * script in both languages; an id not listed here (an operator's own catalog) is shown as written.
 */
const OPERATOR_NAMES: Readonly<Record<string, string>> = {
  '1rpc': '1RPC',
  alchemy: 'Alchemy',
  aws: 'AWS',
  base: 'Base',
  binance: 'Binance',
  blockstream: 'Blockstream',
  bybit: 'Bybit',
  cloudflare: 'Cloudflare',
  coinbase: 'Coinbase',
  drpc: 'dRPC',
  emzy: 'Emzy',
  google: 'Google',
  infura: 'Infura',
  kraken: 'Kraken',
  kucoin: 'KuCoin',
  linea: 'Linea',
  'matter-labs': 'Matter Labs',
  'mempool-space': 'mempool.space',
  microsoft: 'Microsoft',
  okx: 'OKX',
  onfinality: 'OnFinality',
  'offchain-labs': 'Offchain Labs',
  'op-labs': 'OP Labs',
  'pocket-network': 'Pocket Network',
  'polygon-labs': 'Polygon Labs',
  'polygon-rpc': 'Polygon RPC',
  publicnode: 'PublicNode',
  quicknode: 'QuickNode',
  scroll: 'Scroll',
  'sei-foundation': 'Sei Foundation',
  'solana-foundation': 'Solana Foundation',
};

export function operatorName(id: string): string {
  return OPERATOR_NAMES[id] ?? id;
}

/**
 * The services public sources say run on a cloud (`provider`: the cloud's name as dependencies give it, e.g.
 * its short name `AWS`), each with the regions named, in catalog order: what a cloud's own page lists.
 */
export function cloudDependentsOf(
  services: readonly Pick<Service, 'id' | 'name' | 'category' | 'cloudDependencies'>[],
  provider: string,
): { id: string; name: { ar: string; en: string }; regions: string[] }[] {
  const key = providerKey(provider);
  return services.flatMap((s) => {
    if (s.category === 'cloud') return [];
    const on = groupDependencies(s.cloudDependencies).filter((d) => providerKey(d.provider) === key);
    if (on.length === 0) return [];
    return [{ id: s.id, name: s.name, regions: on.flatMap((d) => (d.region ? [d.region] : [])) }];
  });
}
