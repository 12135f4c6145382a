// The catalog's shape: what a watched service and each of its monitors look like. Validated with zod
// so an operator's JSON file (MARSAD_CATALOG) fails at start with the path of the bad field.
import { z } from 'zod';

export const CATEGORIES = ['exchange', 'l1', 'l2', 'infra', 'cloud'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * Groups the home page shows beside the categories, for reading only (the API's `category` stays): `apps`
 * gathers the wallets, marketplaces and data sites people use, apart from the infrastructure providers.
 */
export const DISPLAY_GROUPS = ['apps'] as const;
export type DisplayGroup = (typeof DISPLAY_GROUPS)[number];

export const PROBE_KINDS = ['http', 'exchange', 'evm', 'solana', 'bitcoin', 'statuspage', 'cloud-feed'] as const;
export type ProbeKind = (typeof PROBE_KINDS)[number];

/** What a monitor tells about its service: the chain itself, the way people reach it, or what the company says. */
export const MONITOR_ROLES = ['liveness', 'access', 'reported'] as const;
export type MonitorRole = (typeof MONITOR_ROLES)[number];

export const EXCHANGES = ['coinbase', 'binance', 'kraken', 'okx', 'bybit', 'kucoin'] as const;
export type ExchangeId = (typeof EXCHANGES)[number];

export const CLOUD_FEED_FORMATS = ['aws-rss', 'gcp-incidents-json', 'azure-rss', 'statuspage'] as const;
export type CloudFeedFormat = (typeof CLOUD_FEED_FORMATS)[number];

/** Where a monitor's URL takes its API key (from `apiKeyEnv`), e.g. `https://mainnet.infura.io/v3/{apiKey}`. */
export const API_KEY_PLACEHOLDER = '{apiKey}';

export const DEFAULT_INTERVAL_SEC = 30;
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 1_000_000;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes');
const url = z.url({ protocol: /^https?$/ });
const localized = z.object({ ar: z.string().min(1), en: z.string().min(1) });

/**
 * A Statuspage component a service maps (docs/methodology.md § Reported status; the rule is in
 * lib/probes/statuspage-components.ts): by `id` when given (then the id alone decides, and `name` is a label),
 * else by `name`, compared after Unicode NFKC, collapsing whitespace, trimming and lower-casing. Mapping a
 * group maps its components. Add the `id` to an entry once known: no code change.
 */
const statuspageComponentRef = z
  .object({ id: z.string().min(1).optional(), name: z.string().min(1).optional() })
  .refine((c) => c.id !== undefined || c.name !== undefined, { message: 'a component needs an id or a name' });

const monitorBase = {
  id,
  /** Who runs the endpoint (publicnode, drpc, the company itself…): chain quorum counts distinct operators. */
  operator: z.string().min(1),
  role: z.enum(MONITOR_ROLES),
  intervalSec: z.number().int().min(1).max(3600).default(DEFAULT_INTERVAL_SEC),
  timeoutMs: z.number().int().min(100).max(60_000).default(DEFAULT_TIMEOUT_MS),
  maxBytes: z.number().int().min(1_000).max(20_000_000).default(DEFAULT_MAX_BYTES),
  /** Loopback, private and link-local addresses are refused unless the operator allows them here. */
  allowPrivateNetwork: z.boolean().default(false),
  /** An environment variable holding an API key; the monitor is skipped when it is not set. */
  apiKeyEnv: z.string().optional(),
};

export const monitorSchema = z.discriminatedUnion('kind', [
  z.object({
    ...monitorBase,
    kind: z.literal('http'),
    url,
    expectStatus: z.number().int().min(100).max(599).default(200),
    /** A dotted path into a JSON body that must exist (and equal `jsonEquals` when given). */
    jsonPath: z.string().optional(),
    jsonEquals: z.union([z.string(), z.number(), z.boolean()]).optional(),
    keyword: z.string().optional(),
  }),
  z.object({
    ...monitorBase,
    kind: z.literal('exchange'),
    exchange: z.enum(EXCHANGES),
    /** Base URL of the public REST API; the real one by default, a fake one in tests. */
    baseUrl: url,
    /** The pair whose last public trade proves trading is live, in the exchange's own spelling. */
    pair: z.string().min(1),
    tradeFreshSec: z.number().int().min(1).default(60),
    tradeHaltSec: z.number().int().min(1).default(300),
  }),
  z.object({
    ...monitorBase,
    kind: z.literal('evm'),
    url,
    chainId: z.number().int().positive(),
    /** Whether to read the `safe` and `finalized` heads (chains without them answer an error). */
    finality: z.boolean().default(false),
  }),
  z.object({ ...monitorBase, kind: z.literal('solana'), url }),
  z.object({ ...monitorBase, kind: z.literal('bitcoin'), url }),
  z.object({
    ...monitorBase,
    kind: z.literal('statuspage'),
    /** The page's /api/v2/summary.json. */
    url,
    /** Components that belong to this service (statuspageComponentRef). Empty: every component. */
    components: z.array(statuspageComponentRef).default([]),
  }),
  z.object({
    ...monitorBase,
    kind: z.literal('cloud-feed'),
    url,
    format: z.enum(CLOUD_FEED_FORMATS),
    /** Region codes to watch (us-east-1, ap-northeast-1…); empty means every region. */
    regions: z.array(z.string()).default([]),
    /** `statuspage` format only: the components whose incidents count (statuspageComponentRef). Empty: every incident. */
    components: z.array(statuspageComponentRef).default([]),
  }),
]);
export type Monitor = z.infer<typeof monitorSchema>;
export type MonitorOf<K extends ProbeKind> = Extract<Monitor, { kind: K }>;

export const chainSchema = z.object({
  family: z.enum(['evm', 'solana', 'bitcoin']),
  chainId: z.number().int().positive().optional(),
  /** Head age (s) past which the chain is degraded, and past which (2 rounds, quorum) it is stalled. */
  softLimitSec: z.number().positive(),
  hardLimitSec: z.number().positive(),
  /** Distinct operators that must answer before "stalled" can be said (docs/methodology.md § Chains: 2). */
  quorum: z.number().int().min(1).default(2),
  /** Finalized head older than this → degraded (`not_finalizing`). */
  finalizedLimitSec: z.number().positive().optional(),
  /** The `safe` head older than this → degraded ("posting to L1 delayed"). */
  safeLimitSec: z.number().positive().optional(),
  /** Solana: slot rate below this → degraded. */
  minSlotsPerSec: z.number().positive().optional(),
  blockTimeSec: z.number().positive().optional(),
});
export type ChainConfig = z.infer<typeof chainSchema>;

export const cloudDependencySchema = z.object({
  provider: z.string().min(1),
  region: z.string().optional(),
  /** The public report that states the dependency: nothing is listed without one. */
  source: url,
});
export type CloudDependency = z.infer<typeof cloudDependencySchema>;

export const serviceSchema = z
  .object({
    id,
    name: localized,
    /** Latin short name shown isolated inside Arabic text (tickers, brands). */
    shortName: z.string().min(1),
    /**
     * Other spellings a reader may type, such as an Arabic transliteration («كوين بيس»): used only to
     * suggest the service on a 404 page. Names themselves are written in Latin script in both languages.
     */
    aliases: z.array(z.string().min(1)).optional(),
    category: z.enum(CATEGORIES),
    /** Shown on the home page under this group instead of its category's (the API's `category` stays). */
    displayGroup: z.enum(DISPLAY_GROUPS).optional(),
    website: url,
    /** false: no public endpoint to probe; shown as "not monitored live", status unknown. */
    monitored: z.boolean(),
    /** Which cloud (and region) a public source says this service ran on; empty = not known. */
    cloudDependencies: z.array(cloudDependencySchema).default([]),
    chain: chainSchema.optional(),
    monitors: z.array(monitorSchema).default([]),
  })
  .refine((s) => !s.monitored || s.monitors.length > 0, {
    message: 'a monitored service needs at least one monitor',
    path: ['monitors'],
  });
export type Service = z.infer<typeof serviceSchema>;

export const catalogSchema = z
  .object({
    version: z.literal(1),
    services: z.array(serviceSchema).min(1),
    /**
     * The connectivity guard's canaries (docs/methodology.md § Connectivity guard): targets unrelated to crypto (public DNS resolvers,
     * unrelated clouds). When most of them fail from a vantage, its results count as unknown, not as
     * outages. An empty list turns the guard's canary rule off (e.g. a lab watching only local nodes).
     */
    canaries: z.array(monitorSchema).default([]),
  })
  .superRefine((catalog, ctx) => {
    const seen = new Set<string>();
    catalog.services.forEach((service, i) => {
      if (seen.has(service.id)) ctx.addIssue({ code: 'custom', message: `duplicate service id "${service.id}"`, path: ['services', i, 'id'] });
      seen.add(service.id);
    });
    const monitorIds = new Set<string>(catalog.canaries.map((m) => m.id));
    catalog.services.forEach((service, i) =>
      service.monitors.forEach((m, j) => {
        if (monitorIds.has(m.id)) ctx.addIssue({ code: 'custom', message: `duplicate monitor id "${m.id}"`, path: ['services', i, 'monitors', j, 'id'] });
        monitorIds.add(m.id);
      }),
    );
  });
export type Catalog = z.infer<typeof catalogSchema>;
export type CatalogInput = z.input<typeof catalogSchema>;
