// What the front server does with each path: serve it from the cache (and for how long), limit its
// rate, or pass it through; and which pages may be framed by other sites (the embeddable widgets).
export interface RoutePolicy {
  cache: { freshMs: number; staleMs: number; sMaxAgeSec: number; swrSec: number } | null;
  /** The route sets its own Cache-Control (open data, feeds, badges, images): keep it for CDNs. */
  upstreamCacheControl: boolean;
  rateLimited: boolean;
  embeddable: boolean;
}

const PAGE = { freshMs: 10_000, staleMs: 120_000, sMaxAgeSec: 10, swrSec: 120 };
const LIVE_JSON = { freshMs: 5_000, staleMs: 60_000, sMaxAgeSec: 5, swrSec: 60 };
/** Share images take a real render (50–250 ms): kept longer in memory. */
const IMAGE = { freshMs: 300_000, staleMs: 3_600_000, sMaxAgeSec: 300, swrSec: 3_600 };
/** Routes that say how long their answers live; the front cache keeps them briefly all the same. */
const OPEN_DATA = /^\/(api\/v[12]|feeds|badge)\//;
const STATIC = { freshMs: 365 * 24 * 3_600_000, staleMs: 365 * 24 * 3_600_000, sMaxAgeSec: 31_536_000, swrSec: 0 };

/** Uncached and expensive: a client may ask only so often. */
const EXPENSIVE = [/^\/api\/v1\/services\/[^/]+\/history/, /\/data\.(csv|json)$/, /^\/api\/v1\/incidents\/[^/]+\.(csv|json)$/];
/** Never cached: they describe this process, now. */
const UNCACHED = [/^\/api\/health$/, /^\/api\/metrics$/];
const EMBED = /^(\/en)?\/embed(\/|$)/;

export function routePolicy(pathname: string): RoutePolicy {
  const embeddable = EMBED.test(pathname);
  const base = { rateLimited: false, embeddable: false, upstreamCacheControl: false };
  // Build output and the fonts (lib/fonts.ts) carry a content hash in their names: kept a year.
  if (pathname.startsWith('/_next/static/') || pathname.startsWith('/fonts/')) return { ...base, cache: STATIC };
  if (UNCACHED.some((re) => re.test(pathname))) return { ...base, cache: null };
  if (EXPENSIVE.some((re) => re.test(pathname))) return { ...base, cache: null, rateLimited: true, upstreamCacheControl: true };
  if (pathname === '/api/status') return { ...base, cache: LIVE_JSON };
  if (pathname.startsWith('/og/')) return { ...base, cache: IMAGE, upstreamCacheControl: true };
  if (OPEN_DATA.test(pathname)) return { ...base, cache: PAGE, upstreamCacheControl: true };
  return { ...base, cache: PAGE, embeddable };
}

export function cacheControl(policy: RoutePolicy): string {
  if (!policy.cache) return 'no-store';
  if (policy.cache === STATIC) return 'public, max-age=31536000, immutable';
  return `public, max-age=0, s-maxage=${policy.cache.sMaxAgeSec}, stale-while-revalidate=${policy.cache.swrSec}`;
}
