// The built-in catalog: every service Marsad watches, and how. Typed data in code, reviewed like code;
// validated by catalogSchema when loaded (lib/catalog/index.ts). An operator's JSON file (MARSAD_CATALOG)
// with the same shape replaces it.
//
// Sources: the facts file (services, endpoints, incidents) and Chainlist's public RPC list for extra
// chain endpoints; see the comments in lib/catalog/data/*. Conventions:
// - Intervals: 30 s for chain RPCs and exchange APIs; 60 s for status pages and cloud feeds (120 s for
//   Google Cloud's multi-MB incidents.json).
// - cloudDependencies only where a public report in the facts says the service ran on / failed with
//   that cloud region (empty = "not known").
// - An API key inside a URL is written `{apiKey}` and the monitor names `apiKeyEnv` (lib/catalog/data/helpers.ts).
import type { CatalogInput } from './schema';
import { canaries } from './data/canaries';
import { chainServices } from './data/chains';
import { cloudServices } from './data/clouds';
import { exchangeServices } from './data/exchanges';
import { infraServices } from './data/infra';

export const builtinCatalog: CatalogInput = {
  version: 1,
  services: [...exchangeServices, ...chainServices, ...infraServices, ...cloudServices],
  canaries,
};
