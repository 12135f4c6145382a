// The one route table: for every path the site answers, how long its answer lives, whether the front
// server caches it, rate-limits it, lets other sites frame it, which query parameters it reads and
// whether it takes a request body. The front server (lib/front/server) and the route handlers (through
// lib/open-data/api-response.ts) both read it, so a lifetime declared here is what visitors and CDNs
// get. docs/architecture.md explains the rules; tests/unit/route-table.test.ts holds every app route to
// an entry. Pure data and matching: no Node, React or Next imports, so any layer may read it.

/** How long an answer lives, in seconds: in browsers, fresh in shared caches, then served stale. */
export interface Lifetime {
  browser: number;
  fresh: number;
  staleWhileRevalidate: number;
}

export interface RouteEntry {
  /** A short name for logs, metrics and tests. */
  name: string;
  /** Matches the decoded-safe pathname (no query). */
  pattern: RegExp;
  /** Null: never cached (it describes this process now, or it is per visitor). */
  lifetime: Lifetime | null;
  /** Build output and fonts: content-hashed names, kept a year and never revalidated. */
  immutable?: boolean;
  /** Expensive and uncached: a client may ask only so often. */
  rateLimited?: boolean;
  /** Whether the front server keeps a copy in memory (some routes declare a lifetime for CDNs only). */
  frontCached: boolean;
  /** Other sites may frame it (the widgets). */
  embeddable?: boolean;
  /** Open data: readable from any site's scripts (CORS). */
  openData?: boolean;
  /** The query parameters it reads; any other is not part of its cache key. */
  query: readonly string[];
  /** Unknown query parameters are refused with a 400 (the API's rule), not dropped. */
  strictQuery?: boolean;
  /** Accepts a request body with POST (forms, APIs that write): the desk, the bot's webhook. */
  body?: boolean;
  /** Request headers passed on to Next beyond the usual ones (the Telegram webhook's secret). */
  forwardHeaders?: readonly string[];
  /** The front names the client in a header of its own (x-marsad-client) so the route can rate-limit per address. */
  clientAddress?: boolean;
  /**
   * The editorial desk: per visitor and never cached (`private, no-store`), the only place where the
   * visitor's cookies reach Next, POST is accepted and Set-Cookie comes back.
   */
  desk?: boolean;
}

const YEAR = 31_536_000;
/** Pages: rendered at most every 10 s per front worker, served stale up to two minutes meanwhile. */
export const PAGE: Lifetime = { browser: 0, fresh: 10, staleWhileRevalidate: 120 };
/** The live status: what the home page polls. */
export const LIVE: Lifetime = { browser: 0, fresh: 5, staleWhileRevalidate: 60 };
/** Open-data resources that follow the live status. */
const LIVE_DATA: Lifetime = { browser: 0, fresh: 10, staleWhileRevalidate: 60 };
/** Incidents, feeds, history: a minute. */
const MINUTE: Lifetime = { browser: 60, fresh: 60, staleWhileRevalidate: 600 };
/** Incident exports: they change with a correction, rarely. */
const EXPORT: Lifetime = { browser: 0, fresh: 300, staleWhileRevalidate: 3_600 };
/** Documents that change with a release (OpenAPI, the API index). */
const DOCUMENT: Lifetime = { browser: 300, fresh: 3_600, staleWhileRevalidate: 86_400 };
/** Share images take a real render (50–250 ms): crawlers fetch them once, so a few minutes is plenty. */
const IMAGE: Lifetime = { browser: 300, fresh: 300, staleWhileRevalidate: 3_600 };
const STATIC: Lifetime = { browser: YEAR, fresh: YEAR, staleWhileRevalidate: 0 };

const LOCALE = '(?:/en)?';

/** In order: the first entry whose pattern matches answers. The last one (pages) matches everything. */
export const ROUTES: readonly RouteEntry[] = [
  { name: 'static', pattern: /^\/(?:_next\/static|fonts)\//, lifetime: STATIC, immutable: true, frontCached: true, query: [] },
  { name: 'next-internal', pattern: /^\/_next\//, lifetime: null, frontCached: false, query: [] },
  { name: 'health', pattern: /^\/api\/health$/, lifetime: null, frontCached: false, query: [] },
  { name: 'metrics', pattern: /^\/api\/metrics$/, lifetime: null, frontCached: false, query: [] },
  { name: 'status', pattern: /^\/api\/status$/, lifetime: LIVE, frontCached: true, openData: true, query: [] },
  { name: 'incidents-list', pattern: /^\/api\/incidents$/, lifetime: MINUTE, frontCached: true, openData: true, strictQuery: true, query: ['provider', 'year', 'origin'] },
  { name: 'incident-export', pattern: /^\/api\/incidents\/[^/]+\.(?:csv|json)$/, lifetime: EXPORT, frontCached: true, rateLimited: true, openData: true, strictQuery: true, query: ['lang'] },
  { name: 'api-v1-index', pattern: /^\/api\/v1\/?$/, lifetime: DOCUMENT, frontCached: true, openData: true, strictQuery: true, query: [] },
  { name: 'openapi', pattern: /^\/api\/v1\/openapi\.json$/, lifetime: DOCUMENT, frontCached: true, openData: true, strictQuery: true, query: [] },
  { name: 'api-v1-status', pattern: /^\/api\/v1\/status$/, lifetime: LIVE_DATA, frontCached: true, openData: true, strictQuery: true, query: [] },
  { name: 'api-v1-services', pattern: /^\/api\/v1\/services$/, lifetime: LIVE_DATA, frontCached: true, openData: true, strictQuery: true, query: ['category', 'status'] },
  { name: 'api-v1-history', pattern: /^\/api\/v1\/services\/[^/]+\/history$/, lifetime: MINUTE, frontCached: false, rateLimited: true, openData: true, strictQuery: true, query: ['range', 'resolution'] },
  { name: 'api-v1-service', pattern: /^\/api\/v1\/services\/[^/]+$/, lifetime: LIVE_DATA, frontCached: true, openData: true, strictQuery: true, query: [] },
  { name: 'api-v1-incidents', pattern: /^\/api\/v1\/incidents$/, lifetime: MINUTE, frontCached: true, openData: true, strictQuery: true, query: ['provider', 'year', 'origin'] },
  { name: 'api-v1-incident', pattern: /^\/api\/v1\/incidents\/[^/]+$/, lifetime: MINUTE, frontCached: true, openData: true, strictQuery: true, query: [] },
  { name: 'api-v2-incidents', pattern: /^\/api\/v2\/incidents\.json$/, lifetime: MINUTE, frontCached: true, openData: true, query: ['lang'] },
  { name: 'api-v2', pattern: /^\/api\/v2\/(?:summary|status|components)\.json$/, lifetime: LIVE_DATA, frontCached: true, openData: true, query: ['lang'] },
  { name: 'api-v2-maintenances', pattern: /^\/api\/v2\/scheduled-maintenances(?:\/(?:upcoming|active))?\.json$/, lifetime: MINUTE, frontCached: true, openData: true, query: ['lang'] },
  { name: 'feed', pattern: /^\/feeds\/[^/]+$/, lifetime: MINUTE, frontCached: true, openData: true, query: [] },
  { name: 'badge', pattern: /^\/badge\/[^/]+\/[^/]+$/, lifetime: LIVE_DATA, frontCached: true, openData: true, query: ['lang'] },
  { name: 'share-image', pattern: /^\/og\//, lifetime: IMAGE, frontCached: true, openData: true, query: [] },
  { name: 'desk', pattern: /^\/desk(?:\/|$)/, lifetime: null, frontCached: false, body: true, desk: true, query: [] },
  { name: 'telegram-webhook', pattern: /^\/api\/telegram\/webhook$/, lifetime: null, frontCached: false, body: true, forwardHeaders: ['content-type', 'content-length', 'x-telegram-bot-api-secret-token'], query: [] },
  // The subscribe forms (issue 17): POST without cookies, never cached, the client named for the rate limit.
  { name: 'subscribe-api', pattern: /^\/api\/subscribe\/(?:email|confirm|unsubscribe|webhook|webhook\/confirm)$/, lifetime: null, frontCached: false, body: true, clientAddress: true, forwardHeaders: ['content-type', 'content-length'], query: ['token'] },
  { name: 'api-other', pattern: /^\/api(?:\/|$)/, lifetime: null, frontCached: false, query: [] },
  // Their pages carry a visitor's token or error: per request, never cached.
  { name: 'subscribe-page', pattern: new RegExp(`^${LOCALE}/subscribe(?:/|$)`), lifetime: null, frontCached: false, query: ['scope', 'token', 'error'] },
  { name: 'embed', pattern: new RegExp(`^${LOCALE}/embed(?:/|$)`), lifetime: PAGE, frontCached: true, embeddable: true, query: [] },
  { name: 'incidents-page', pattern: new RegExp(`^${LOCALE}/incidents/?$`), lifetime: PAGE, frontCached: true, query: ['provider', 'year', 'origin'] },
  { name: 'service-page', pattern: new RegExp(`^${LOCALE}/services/[^/]+/?$`), lifetime: PAGE, frontCached: true, query: ['range'] },
  { name: 'exposure-page', pattern: new RegExp(`^${LOCALE}/exposure/?$`), lifetime: PAGE, frontCached: true, query: [] },
  { name: 'page', pattern: /^/, lifetime: PAGE, frontCached: true, query: [] },
];

/** The entry that answers `pathname` (the last, pages, when nothing else does). */
export function routeFor(pathname: string): RouteEntry {
  for (const route of ROUTES) if (route.pattern.test(pathname)) return route;
  return ROUTES[ROUTES.length - 1]!;
}

/** The Cache-Control header that a route's successful answer carries. */
export function cacheControlOf(route: RouteEntry): string {
  if (route.desk) return DESK_CACHE_CONTROL;
  const l = route.lifetime;
  if (!l) return 'no-store';
  if (route.immutable) return `public, max-age=${l.browser}, immutable`;
  return `public, max-age=${l.browser}, s-maxage=${l.fresh}, stale-while-revalidate=${l.staleWhileRevalidate}`;
}

/** Errors and anything not meant for shared caches. */
export const NO_STORE = 'no-store';
/** The desk's answers: for one signed-in person, kept by no cache. */
export const DESK_CACHE_CONTROL = 'private, no-store';
