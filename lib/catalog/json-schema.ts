// The catalog's JSON Schema (draft 2020-12), generated from the zod schema (lib/catalog/schema.ts) so the two
// cannot drift: `npm run catalog:schema` writes it to public/catalog.schema.json, served at
// /catalog.schema.json, for editors to check a MARSAD_CATALOG file before Marsad starts with it.
//
// It describes the input an operator writes (fields with defaults are optional) and is stricter in one way
// on purpose: an unknown key is an error here, because Marsad itself drops unknown keys silently, so a typo
// such as "alowPrivateNetwork" would otherwise start with the default. Rules across fields (unique ids, a
// monitored service has a monitor, a literal private address needs allowPrivateNetwork, enough distinct
// operators per chain) are checked at start only; docs/operator-catalog.md lists them.
import { z } from 'zod';
import { catalogSchema } from './schema';

type JsonSchema = { [key: string]: unknown };

/** Hover texts for fields whose meaning the name alone does not give (wherever the field appears). */
const DESCRIPTIONS: Record<string, string> = {
  version: 'Catalog format version: 1.',
  shortName: 'Latin short name, shown isolated inside Arabic text (a brand or ticker).',
  aliases: 'Other spellings a reader may type (an Arabic transliteration such as «كوين بيس»), used only to suggest the service on a 404 page; the name itself stays in Latin script.',
  displayGroup: '"apps": shown on the home page under "apps and wallets" (a wallet, marketplace or data site) instead of its category; the API\'s category stays.',
  monitored: 'false: no public endpoint to probe; listed as "not monitored live", status unknown. true needs at least one monitor.',
  operator: 'Who runs this endpoint (publicnode, drpc, the company itself…). A chain needs distinct operators: quorum + 1 (three by default).',
  role: '"liveness": the chain itself (chain services); "access": can people reach it; "reported": what the company says about itself.',
  allowPrivateNetwork: 'Probe loopback, private or link-local addresses (a lab node). Without it a literal private address is refused at start, and a name resolving to one is reported as private_address.',
  apiKeyEnv: 'Environment variable holding an API key, put where the URL says {apiKey}. The monitor is skipped while it is unset.',
  quorum: 'Distinct operators that must answer before "stalled" can be said (default 2; 1 for a lab watching its own node).',
  canaries: 'Connectivity-guard targets unrelated to crypto. Omitted or []: the canary rule is off (a lab watching only local nodes).',
  finality: 'EVM: also read the safe and finalized heads.',
  intervalSec: 'Seconds between checks (default 30).',
  timeoutMs: 'Deadline of one check in milliseconds (default 10000).',
  maxBytes: 'Largest body read, in bytes (default 1000000).',
};

function walk(node: unknown, visit: (schema: JsonSchema, key: string | undefined) => void, key?: string): void {
  if (Array.isArray(node)) {
    node.forEach((child) => walk(child, visit));
    return;
  }
  if (!node || typeof node !== 'object') return;
  const schema = node as JsonSchema;
  visit(schema, key);
  for (const [k, value] of Object.entries(schema)) {
    if (k === 'properties' && value && typeof value === 'object') for (const [name, child] of Object.entries(value)) walk(child, visit, name);
    else walk(value, visit);
  }
}

export function catalogJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(catalogSchema, {
    io: 'input',
    target: 'draft-2020-12',
    // z.url({ protocol }) would become `format: uri`, which refuses what Marsad accepts (the WHATWG URL parser
    // takes `https://mainnet.infura.io/v3/{apiKey}`; RFC 3986 has no braces): state the protocol rule instead.
    override: ({ zodSchema, jsonSchema }) => {
      const def = (zodSchema as unknown as { _zod: { def: { format?: string; protocol?: RegExp } } })._zod.def;
      if (def.format !== 'url') return;
      delete jsonSchema.format;
      const protocol = def.protocol instanceof RegExp ? def.protocol.source.replace(/^\^|\$$/g, '') : '[a-z][a-z0-9+.-]*';
      jsonSchema.pattern = `^${protocol}://[^\\s/?#]+\\S*$`;
    },
  }) as JsonSchema;

  walk(generated, (schema, key) => {
    if (schema.type === 'object' && schema.properties && schema.additionalProperties === undefined) schema.additionalProperties = false;
    if (key && DESCRIPTIONS[key] && schema.description === undefined) schema.description = DESCRIPTIONS[key];
  });

  const properties = generated.properties as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    title: 'Marsad catalog (MARSAD_CATALOG)',
    description:
      'The services Marsad watches and how. Generated from lib/catalog/schema.ts by `npm run catalog:schema`; the guide is docs/operator-catalog.md. ' +
      'Checked at start only: unique service and monitor ids, a monitored service has a monitor, a literal private address needs allowPrivateNetwork, ' +
      'and a chain has liveness monitors from quorum + 1 distinct operators (one with quorum 1).',
    ...generated,
    properties: { $schema: { type: 'string', description: 'Where your editor finds this schema; ignored by Marsad.' }, ...properties },
  };
}

/** The file `npm run catalog:schema` writes: two-space JSON and a final newline. */
export function catalogJsonSchemaText(): string {
  return `${JSON.stringify(catalogJsonSchema(), null, 2)}\n`;
}

/**
 * Keys of a catalog file that Marsad would drop without a word (misspelled or unknown fields), as paths
 * such as `services[0].monitors[1].alowPrivateNetwork`. zod strips unknown keys while parsing, so a key of
 * the input that is missing from the parsed output at the same place was not understood. `$schema` at the
 * top is for editors and is not reported. Empty when the input does not parse (the parse error says more).
 */
export function unknownCatalogKeys(input: unknown): string[] {
  const parsed = catalogSchema.safeParse(input);
  if (!parsed.success) return [];
  const found: string[] = [];
  const visit = (raw: unknown, kept: unknown, path: string) => {
    if (Array.isArray(raw) && Array.isArray(kept)) {
      raw.forEach((item, i) => visit(item, kept[i], `${path}[${i}]`));
      return;
    }
    if (!raw || typeof raw !== 'object' || !kept || typeof kept !== 'object' || Array.isArray(kept)) return;
    for (const [key, value] of Object.entries(raw)) {
      const where = path ? `${path}.${key}` : key;
      if (!(key in kept)) {
        if (!(path === '' && key === '$schema')) found.push(where);
      } else visit(value, (kept as Record<string, unknown>)[key], where);
    }
  };
  visit(input, parsed.data, '');
  return found;
}
