// The exposure map's logic, pure: which provider and region each service's endpoints answered from
// (measured), beside what public sources state (the catalog's cloudDependencies), and the matrix of
// services × (provider, region) that answers "what would be hit if us-east-1 failed". The read model
// (lib/read-models/exposure.ts) feeds it rows from the database and the mapper in use.
import type { Catalog, Monitor, Service } from '@/lib/catalog/schema';
import type { AddressMapper, AddressMapping } from './map-address';
import type { ActiveFeed } from './table';
import type { ExposureCell, ExposureColumn, ExposureEndpoint, ExposureFeedInfo, ExposureStated, ExposureView, ServiceExposure } from '@/lib/view-types';

/** One vantage's newest recorded address for one monitor (lib/db/exposure-queries.ts). */
export interface AddressObservation {
  serviceId: string;
  monitorId: string;
  vantage: string;
  address: string;
  /** Epoch ms: the start of the check that connected. */
  measuredAt: number;
}

/** A provider and region a service's own endpoint answered from, measured: what the correlation rules consume (defined there). */
import type { MeasuredDependency } from '@/lib/correlation/dependencies';
export type { MeasuredDependency };

/**
 * Only the way people reach the service (`access` monitors: exchange APIs, the company's API, an RPC
 * service's endpoint) says where the service runs. A chain's `liveness` RPCs are third-party operators'
 * nodes, and `reported` monitors read a status page, often hosted elsewhere: shown, never counted.
 */
export function countsAsDependency(monitor: Pick<Monitor, 'role'>): boolean {
  return monitor.role === 'access';
}

/** Names the catalog may use for a stated provider, to the range table's ids. */
const PROVIDER_ALIASES: Record<string, string> = {
  aws: 'aws',
  amazon: 'aws',
  'amazon web services': 'aws',
  'google cloud': 'google-cloud',
  'google cloud platform': 'google-cloud',
  gcp: 'google-cloud',
  azure: 'azure',
  'microsoft azure': 'azure',
  oracle: 'oracle',
  'oracle cloud': 'oracle',
  oci: 'oracle',
  cloudflare: 'cloudflare',
  fastly: 'fastly',
  akamai: 'akamai',
  digitalocean: 'digitalocean',
  linode: 'linode',
  cloudfront: 'cloudfront',
  'amazon cloudfront': 'cloudfront',
};

/** The range table's id for a provider named in the catalog, or a slug of the name for one it has no ranges for. */
export function statedProviderId(name: string): string {
  const lower = name.trim().toLowerCase();
  return PROVIDER_ALIASES[lower] ?? lower.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * The measured dependencies of every service: one entry per (service, cloud provider, region) that an
 * `access` endpoint of the service answered from, with the newest time. CDN matches are not counted (the
 * origin behind an edge is not visible), so are addresses in no published range and monitors the
 * catalog no longer has.
 */
export function measuredDependencies(catalog: Pick<Catalog, 'services'>, observations: readonly AddressObservation[], map: AddressMapper): MeasuredDependency[] {
  const access = new Map<string, string>();
  for (const service of catalog.services) for (const m of service.monitors) if (countsAsDependency(m)) access.set(m.id, service.id);
  const newest = new Map<string, MeasuredDependency>();
  for (const o of observations) {
    const serviceId = access.get(o.monitorId);
    if (serviceId === undefined) continue;
    const mapping = map(o.address);
    if (!mapping || mapping.kind !== 'cloud') continue;
    const key = `${serviceId}\u0000${mapping.providerId}\u0000${mapping.region ?? ''}`;
    const known = newest.get(key);
    if (!known || known.measuredAt < o.measuredAt) newest.set(key, { serviceId, providerId: mapping.providerId, region: mapping.region, basis: 'measured', measuredAt: o.measuredAt });
  }
  return [...newest.values()].sort((a, b) => a.serviceId.localeCompare(b.serviceId) || a.providerId.localeCompare(b.providerId) || (a.region ?? '').localeCompare(b.region ?? ''));
}

function hostOf(monitor: Monitor): string {
  const raw = 'url' in monitor ? monitor.url : 'baseUrl' in monitor ? monitor.baseUrl : '';
  try {
    return new URL(raw).host;
  } catch {
    // A URL with an {apiKey} placeholder still parses; anything else is shown as written.
    return raw;
  }
}

const columnKey = (providerId: string, region: string | null) => `${providerId}:${region ?? ''}`;

function toView(mapping: AddressMapping | null) {
  return mapping ? { ...mapping } : null;
}

export interface ExposureInput {
  catalog: Pick<Catalog, 'services'>;
  observations: readonly AddressObservation[];
  map: AddressMapper;
  feeds: readonly ActiveFeed[];
  windowHours: number;
}

/** Provider names for stated dependencies, from the range table where it knows the provider. */
function providerNames(feeds: readonly ActiveFeed[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const feed of feeds) for (const p of feed.providers) if (!names.has(p.id)) names.set(p.id, p.name);
  return names;
}

function statedOf(service: Service, names: Map<string, string>): ExposureStated[] {
  return service.cloudDependencies.map((d) => {
    const providerId = statedProviderId(d.provider);
    return { providerId, providerName: names.get(providerId) ?? d.provider, region: d.region ?? null, source: d.source };
  });
}

/** The whole map: per service its stated dependencies and its endpoints' measurements; the matrix; the data dates. */
export function buildExposure(input: ExposureInput): ExposureView {
  const names = providerNames(input.feeds);
  const byMonitor = new Map<string, AddressObservation[]>();
  for (const o of input.observations) {
    const list = byMonitor.get(o.monitorId) ?? [];
    list.push(o);
    byMonitor.set(o.monitorId, list);
  }

  const columns = new Map<string, ExposureColumn>();
  const cells = new Map<string, ExposureCell>();
  const cell = (serviceId: string, column: ExposureColumn): ExposureCell => {
    if (!columns.has(column.key)) columns.set(column.key, column);
    const key = `${serviceId}\u0000${column.key}`;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { serviceId, columnKey: column.key, basis: column.kind === 'cdn' ? 'cdn' : 'stated', measuredAt: null, sources: [] }));
    return c;
  };

  const services: ServiceExposure[] = input.catalog.services.map((service) => {
    const stated = statedOf(service, names);
    for (const s of stated) {
      const c = cell(service.id, { key: columnKey(s.providerId, s.region), providerId: s.providerId, providerName: s.providerName, kind: 'cloud', region: s.region });
      if (!c.sources.includes(s.source)) c.sources.push(s.source);
    }
    const endpoints: ExposureEndpoint[] = service.monitors.map((monitor) => {
      const observations = (byMonitor.get(monitor.id) ?? [])
        .map((o) => ({ vantage: o.vantage, address: o.address, measuredAt: new Date(o.measuredAt).toISOString(), mapping: toView(input.map(o.address)), ms: o.measuredAt }))
        .sort((a, b) => a.vantage.localeCompare(b.vantage, 'en'));
      if (countsAsDependency(monitor)) {
        for (const o of observations) {
          if (!o.mapping) continue;
          const { providerId, providerName, kind, region } = o.mapping;
          const c = cell(service.id, { key: columnKey(providerId, region), providerId, providerName, kind, region });
          if (kind === 'cloud') c.basis = c.sources.length > 0 ? 'both' : 'measured';
          if (c.measuredAt === null || c.measuredAt < o.measuredAt) c.measuredAt = o.measuredAt;
        }
      }
      return { monitorId: monitor.id, host: hostOf(monitor), role: monitor.role, observations: observations.map(({ ms: _ms, ...o }) => o) };
    });
    return { serviceId: service.id, name: service.name, shortName: service.shortName, category: service.category, stated, endpoints };
  });

  const feeds: ExposureFeedInfo[] = input.feeds.map((f) => ({
    id: f.id,
    providerNames: f.providers.map((p) => p.name),
    dataDate: f.dataDate,
    origin: f.origin,
    fetchedAt: f.fetchedAtMs === undefined ? null : new Date(f.fetchedAtMs).toISOString(),
    refreshable: f.refreshUrls !== null,
  }));

  // Clouds first, by provider then region (a named region before none), then the CDNs.
  const order = [...columns.values()].sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === 'cloud' ? -1 : 1) ||
      a.providerName.localeCompare(b.providerName, 'en') ||
      (a.region === null ? 1 : 0) - (b.region === null ? 1 : 0) ||
      (a.region ?? '').localeCompare(b.region ?? '', 'en'),
  );
  return { windowHours: input.windowHours, feeds, services, columns: order, cells: [...cells.values()] };
}
