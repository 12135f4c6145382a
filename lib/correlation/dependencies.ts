// Which services depend on which cloud region, from two sources kept apart and labelled: **stated** (the
// catalog's cloudDependencies, each with the public report that says so) and **measured** (the exposure map:
// the address a probe connected to fell in the provider's published range for that region). Pure.
import type { CloudDependency } from '@/lib/catalog/schema';
import { slugWords } from '@/lib/incidents/slugs';

export const DEPENDENCY_BASES = ['stated', 'measured'] as const;
export type DependencyBasis = (typeof DEPENDENCY_BASES)[number];

export interface StatedDependency {
  serviceId: string;
  providerId: string;
  region: string;
  basis: 'stated';
  /** The public report that states it. */
  source: string;
}

/** What the exposure map supplies (lib/exposure): where a service's endpoint answered from, and when. */
export interface MeasuredDependency {
  serviceId: string;
  providerId: string;
  /** null: the provider's range names no region; it cannot be placed and is not used. */
  region: string | null;
  basis: 'measured';
  measuredAt: number;
}

export type Dependency = StatedDependency | MeasuredDependency;

/** How one service depends on one region: by one or both bases, with the source and the measurement time. */
export interface DependencyLink {
  serviceId: string;
  basis: DependencyBasis[];
  source: string | null;
  measuredAt: number | null;
}

/** Other spellings of a provider, as the catalog, the feeds and the address ranges name it. */
const PROVIDER_ALIASES: Record<string, string> = {
  'amazon-web-services': 'aws',
  amazon: 'aws',
  gcp: 'google-cloud',
  google: 'google-cloud',
  'microsoft-azure': 'azure',
  microsoft: 'azure',
};

/** One key per provider, whatever its spelling: `AWS`, `aws`, `Amazon Web Services` → `aws`. */
export function providerKey(provider: string): string {
  const words = slugWords(provider);
  return PROVIDER_ALIASES[words] ?? words;
}

/** One key per region: the provider's own code, lower-cased (`us-east-1`). */
export function regionKey(region: string): string {
  return region.trim().toLowerCase();
}

/**
 * The catalog's stated dependencies. One without a region cannot be placed in a region and is not used:
 * the rules group services by provider **and** region.
 */
export function statedDependencies(services: readonly { id: string; cloudDependencies: readonly CloudDependency[] }[]): StatedDependency[] {
  return services.flatMap((s) =>
    s.cloudDependencies.flatMap((d): StatedDependency[] =>
      d.region ? [{ serviceId: s.id, providerId: providerKey(d.provider), region: regionKey(d.region), basis: 'stated', source: d.source }] : [],
    ),
  );
}

export const regionId = (providerId: string, region: string) => `${providerKey(providerId)}\u0000${regionKey(region)}`;

/** Provider and region → the services that depend on it, each with how that is known. */
export function dependentsByRegion(dependencies: readonly Dependency[]): Map<string, { providerId: string; region: string; links: Map<string, DependencyLink> }> {
  const out = new Map<string, { providerId: string; region: string; links: Map<string, DependencyLink> }>();
  for (const d of dependencies) {
    if (d.region === null) continue;
    const providerId = providerKey(d.providerId);
    const region = regionKey(d.region);
    const key = regionId(providerId, region);
    let entry = out.get(key);
    if (!entry) out.set(key, (entry = { providerId, region, links: new Map() }));
    const link = entry.links.get(d.serviceId) ?? { serviceId: d.serviceId, basis: [], source: null, measuredAt: null };
    if (!link.basis.includes(d.basis)) link.basis = DEPENDENCY_BASES.filter((b) => b === d.basis || link.basis.includes(b));
    if (d.basis === 'stated') link.source ??= d.source;
    else link.measuredAt = Math.max(link.measuredAt ?? d.measuredAt, d.measuredAt);
    entry.links.set(d.serviceId, link);
  }
  return out;
}
