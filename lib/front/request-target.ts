// What a request asks for, read once by the front server: its path (an absolute-form request line,
// `GET http://other.example/x`, is served by its path alone: the host in it never reaches a page, a
// cache key or a redirect), the route-table entry that answers it, and the cache key made of the path
// and only the query parameters that route reads. Malformed percent-encoding anywhere is a 400.
import { routeFor, type RouteEntry } from '@/lib/route-table';

export type RequestTarget =
  | {
      ok: true;
      pathname: string;
      route: RouteEntry;
      /** The path as the client sent it (absolute form reduced to origin form), for uncached requests. */
      original: string;
      /** Path plus the route's own query parameters, in the table's order: the cache key and what Next renders. */
      key: string;
      /** Query parameters the route does not read (dropped from the key, refused by strict routes). */
      unknown: string[];
    }
  | { ok: false; message: string };

// Routes are looked up once per distinct path (bounded, for hostile variety).
const routes = new Map<string, RouteEntry>();

function routeOf(pathname: string): RouteEntry {
  let route = routes.get(pathname);
  if (!route) {
    route = routeFor(pathname);
    if (routes.size >= 4_096) routes.clear();
    routes.set(pathname, route);
  }
  return route;
}

function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

export function parseTarget(requestUrl: string): RequestTarget {
  let original = requestUrl;
  if (!original.startsWith('/')) {
    // RFC 9112 §3.2.2: absolute form. Keep the path and query; the authority is ignored.
    if (!/^https?:\/\//i.test(original)) return { ok: false, message: 'The request target must be a path.' };
    const afterScheme = original.indexOf('//') + 2;
    const slash = original.indexOf('/', afterScheme);
    const question = original.indexOf('?', afterScheme);
    if (slash === -1 || (question !== -1 && question < slash)) original = `/${question === -1 ? '' : original.slice(question)}`;
    else original = original.slice(slash);
  }
  if (original.startsWith('//')) return { ok: false, message: 'The request path must not start with two slashes.' };
  const q = original.indexOf('?');
  const pathname = q === -1 ? original : original.slice(0, q);
  const search = q === -1 ? '' : original.slice(q + 1);
  // Next decodes the path once more when it routes: a path whose decoded form is itself malformed
  // (`/%25` → `%`) would fail there, as a 500, so it is refused here.
  if (!decodes(pathname) || !decodes(decodeURIComponent(pathname))) return { ok: false, message: 'The request path has malformed percent-encoding.' };
  const route = routeOf(pathname);
  if (search === '') return { ok: true, pathname, route, original, key: pathname, unknown: [] };

  const kept = new Map<string, string[]>();
  const unknown: string[] = [];
  for (const part of search.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawName = eq === -1 ? part : part.slice(0, eq);
    if (!decodes(part.replace(/\+/g, ' '))) return { ok: false, message: 'The query string has malformed percent-encoding.' };
    const name = decodeURIComponent(rawName.replace(/\+/g, ' '));
    if (route.query.includes(name)) kept.set(name, [...(kept.get(name) ?? []), part]);
    else unknown.push(name);
  }
  const parts = route.query.flatMap((name) => kept.get(name) ?? []);
  const key = parts.length ? `${pathname}?${parts.join('&')}` : pathname;
  return { ok: true, pathname, route, original, key, unknown };
}
