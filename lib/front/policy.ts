// What the front server does with each path: serve it from the cache (and for how long), limit its
// rate, or pass it through; and which pages may be framed by other sites (the embeddable widgets).
export interface RoutePolicy {
  cache: { freshMs: number; staleMs: number; sMaxAgeSec: number; swrSec: number } | null;
  rateLimited: boolean;
  embeddable: boolean;
}

const PAGE = { freshMs: 10_000, staleMs: 120_000, sMaxAgeSec: 10, swrSec: 120 };
const LIVE_JSON = { freshMs: 5_000, staleMs: 60_000, sMaxAgeSec: 5, swrSec: 60 };
const STATIC = { freshMs: 365 * 24 * 3_600_000, staleMs: 365 * 24 * 3_600_000, sMaxAgeSec: 31_536_000, swrSec: 0 };

/** Uncached and expensive: a client may ask only so often. */
const EXPENSIVE = [/^\/api\/v1\/services\/[^/]+\/history/, /\/data\.(csv|json)$/, /^\/api\/v1\/incidents\/[^/]+\.(csv|json)$/];
/** Never cached: they describe this process, now. */
const UNCACHED = [/^\/api\/health$/, /^\/api\/metrics$/];
const EMBED = /^(\/en)?\/embed(\/|$)/;

export function routePolicy(pathname: string): RoutePolicy {
  const embeddable = EMBED.test(pathname);
  if (pathname.startsWith('/_next/static/')) return { cache: STATIC, rateLimited: false, embeddable: false };
  if (UNCACHED.some((re) => re.test(pathname))) return { cache: null, rateLimited: false, embeddable: false };
  if (EXPENSIVE.some((re) => re.test(pathname))) return { cache: null, rateLimited: true, embeddable: false };
  if (pathname === '/api/status') return { cache: LIVE_JSON, rateLimited: false, embeddable: false };
  return { cache: PAGE, rateLimited: false, embeddable };
}

export function cacheControl(policy: RoutePolicy): string {
  if (!policy.cache) return 'no-store';
  if (policy.cache === STATIC) return 'public, max-age=31536000, immutable';
  return `public, max-age=0, s-maxage=${policy.cache.sMaxAgeSec}, stale-while-revalidate=${policy.cache.swrSec}`;
}
