// The headers every answer of the front server carries: security headers, the route table's
// Cache-Control (only 200, 301/308 and 404 are publicly cacheable; a 404 under the content-hashed
// folders is never `immutable`, or a rolling deploy would pin a missing chunk for a year), the
// page's own CSP on every HTML answer, and the localized "temporarily unavailable" answers.
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { buildCsp, inlineScriptHashes } from '@/lib/front/csp';
import type { CachedResponse } from '@/lib/front/micro-cache';
import { simulationHeaders } from '@/lib/lab';
import { cacheControlOf, NO_STORE, PAGE, type RouteEntry } from '@/lib/route-table';

export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

const OPEN_DATA_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag',
};

/** Hop-by-hop and per-response headers that must not be stored or replayed from the cache. */
export const DROP = new Set([
  'x-middleware-rewrite', 'connection', 'keep-alive', 'transfer-encoding', 'date', 'set-cookie', 'content-length', 'vary',
  'x-nextjs-cache', 'x-nextjs-prerender', 'x-nextjs-stale-time', 'x-powered-by',
]);

export const PUBLIC_STATUSES = new Set([200, 301, 308, 404]);

export function cacheControlFor(route: RouteEntry, status: number): string {
  if (!PUBLIC_STATUSES.has(status)) return NO_STORE;
  if (status !== 200 && route.immutable) return cacheControlOf({ ...route, immutable: false, lifetime: PAGE });
  return cacheControlOf(route);
}

/** Lab mode (lib/lab.ts): `x-marsad-simulation` on every answer; read once, at start. */
const SIMULATION = simulationHeaders();

/** Headers a route's answers carry whatever their origin (cache, pass-through, the front's own errors). */
export function routeHeaders(route: RouteEntry): Record<string, string> {
  return { ...BASE_HEADERS, ...SIMULATION, ...(route.openData ? OPEN_DATA_HEADERS : {}), ...(route.embeddable ? {} : { 'x-frame-options': 'DENY' }) };
}

/** A rendered response made ready to store: its lifetime, security headers, ETag and CSP. */
export function finishResponse(response: CachedResponse, route: RouteEntry): CachedResponse {
  const headers: Record<string, string> = { ...response.headers, ...routeHeaders(route), 'cache-control': cacheControlFor(route, response.status) };
  headers.etag ??= `W/"${createHash('sha1').update(response.body).digest('base64url')}"`;
  if ((headers['content-type'] ?? '').startsWith('text/html')) {
    const html = headers['content-encoding'] === 'gzip' ? gunzipSync(response.body).toString('utf8') : response.body.toString('utf8');
    headers['content-security-policy'] = buildCsp({ scriptHashes: inlineScriptHashes(html), embeddable: route.embeddable ?? false });
  }
  return { ...response, headers };
}

const UNAVAILABLE = {
  ar: {
    lang: 'ar', dir: 'rtl', title: 'مرصد غير متاح مؤقتًا',
    text: 'لا نستطيع عرض هذه الصفحة الآن. أعد المحاولة بعد ثوانٍ.', home: 'الصفحة الرئيسية', href: '/',
  },
  en: {
    lang: 'en', dir: 'ltr', title: 'Marsad is temporarily unavailable',
    text: 'This page cannot be shown at the moment. Please try again in a few seconds.', home: 'Home page', href: '/en',
  },
} as const;

export interface FrontAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** JSON error in the shape of /api/v1's, never stored. */
export function jsonAnswer(
  route: RouteEntry,
  status: number,
  code: string,
  message: string,
  extra: Record<string, string> = {},
  parameter?: string,
): FrontAnswer {
  return {
    status,
    headers: { ...routeHeaders(route), 'content-type': 'application/json; charset=utf-8', 'cache-control': NO_STORE, ...extra },
    body: JSON.stringify({ error: { code, message, ...(parameter === undefined ? {} : { parameter }) } }),
  };
}

/** 503 with Retry-After: the localized page for pages, JSON for the API and files. */
export function unavailable(route: RouteEntry, pathname: string, retryAfterSec: number): FrontAnswer {
  const extra = { 'retry-after': String(retryAfterSec) };
  const isPage = route.name === 'page' || route.name.endsWith('-page') || route.name === 'embed';
  if (!isPage) return jsonAnswer(route, 503, 'unavailable', `Marsad is temporarily unavailable; try again in ${retryAfterSec} s.`, extra);
  const t = /^\/en(\/|$)/.test(pathname) ? UNAVAILABLE.en : UNAVAILABLE.ar;
  const body =
    `<!doctype html><html lang="${t.lang}" dir="${t.dir}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.title}</title>` +
    `<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.6}</style></head>` +
    `<body><h1>${t.title}</h1><p>${t.text}</p><p><a href="${t.href}">${t.home}</a></p></body></html>`;
  return {
    status: 503,
    headers: {
      ...routeHeaders(route),
      'content-type': 'text/html; charset=utf-8',
      'cache-control': NO_STORE,
      'content-security-policy': buildCsp({ scriptHashes: [], embeddable: route.embeddable ?? false }),
      ...extra,
    },
    body,
  };
}
