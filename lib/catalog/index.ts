// The catalog in use: the built-in one (lib/catalog/services.ts), or an operator's JSON file named by
// MARSAD_CATALOG. Invalid input stops the start with the path of the first bad field.
import fs from 'node:fs';
import { catalogSchema, type Catalog, type Category, type Service, CATEGORIES } from './schema';
import { namesNonPublicAddress } from './literal-address';
import { builtinCatalog } from './services';

export * from './schema';

export class CatalogError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogError';
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** Monitors whose URL is a private address literal without allowPrivateNetwork, with their paths. */
function privateLiterals(catalog: Catalog): { path: PropertyKey[]; message: string }[] {
  const message = 'a loopback, private or link-local address: set "allowPrivateNetwork": true on this monitor to probe it';
  const found: { path: PropertyKey[]; message: string }[] = [];
  const check = (m: Catalog['canaries'][number], path: PropertyKey[]) => {
    const url = 'url' in m && typeof m.url === 'string' ? m.url : null;
    if (url && !m.allowPrivateNetwork && namesNonPublicAddress(url)) found.push({ path: [...path, 'url'], message });
  };
  catalog.canaries.forEach((m, i) => check(m, ['canaries', i]));
  catalog.services.forEach((s, i) => s.monitors.forEach((m, j) => check(m, ['services', i, 'monitors', j])));
  return found;
}

/**
 * Distinct operators a chain's liveness monitors need (docs/operator-catalog.md § Chains): `quorum` must
 * answer before "stalled" can be said, and one more keeps one operator's own outage from silencing that
 * rule, so three with the default quorum of 2. quorum 1 is the lab setting (one node of your own): one.
 */
export function requiredChainOperators(quorum: number): number {
  return quorum <= 1 ? 1 : quorum + 1;
}

function chainOperatorShortfalls(catalog: Catalog): { path: PropertyKey[]; message: string }[] {
  const found: { path: PropertyKey[]; message: string }[] = [];
  catalog.services.forEach((service, i) => {
    if (!service.monitored || !service.chain) return;
    const operators = new Set(service.monitors.filter((m) => m.role === 'liveness').map((m) => m.operator));
    const required = requiredChainOperators(service.chain.quorum);
    if (operators.size >= required) return;
    found.push({
      path: ['services', i, 'monitors'],
      message:
        `chain liveness needs monitors (role "liveness") from at least ${required} distinct operators with quorum ${service.chain.quorum}, ` +
        `found ${operators.size}${operators.size ? ` (${[...operators].join(', ')})` : ''}; a lab watching only its own node sets "quorum": 1`,
    });
  });
  return found;
}

export function parseCatalog(input: unknown, origin: string): Catalog {
  const parsed = catalogSchema.safeParse(input);
  const issues = parsed.success ? [...privateLiterals(parsed.data), ...chainOperatorShortfalls(parsed.data)] : parsed.error.issues;
  if (parsed.success && issues.length === 0) return parsed.data;
  const lines = issues.slice(0, 5).map((issue) => `  - ${formatPath(issue.path) || '(root)'}: ${issue.message}`);
  throw new CatalogError(`Invalid catalog in ${origin}:\n${lines.join('\n')}`);
}

export function readCatalogFile(file: string): Catalog {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new CatalogError(`Cannot read MARSAD_CATALOG file ${file}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CatalogError(`MARSAD_CATALOG file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  return parseCatalog(json, file);
}

let cached: { key: string; catalog: Catalog } | undefined;

/** The catalog for this process, parsed once. */
export function getCatalog(env: Record<string, string | undefined> = process.env): Catalog {
  const key = env.MARSAD_CATALOG ?? '(built-in)';
  if (cached?.key !== key) {
    cached = { key, catalog: env.MARSAD_CATALOG ? readCatalogFile(env.MARSAD_CATALOG) : parseCatalog(builtinCatalog, 'the built-in catalog') };
  }
  return cached.catalog;
}

export function groupByCategory(services: readonly Service[]): { category: Category; services: Service[] }[] {
  return CATEGORIES.map((category) => ({ category, services: services.filter((s) => s.category === category) })).filter(
    (group) => group.services.length > 0,
  );
}

export function findService(catalog: Catalog, id: string): Service | undefined {
  return catalog.services.find((s) => s.id === id);
}
