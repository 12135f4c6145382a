// A front worker: answers visitors from its cache when it can, sends misses and uncached requests to
// Next (at most `maxRenders` at once; beyond, a 503 with Retry-After), and refuses early what no route
// accepts: unsupported methods (405 with Allow), bodies (413), malformed targets (400), unknown query
// parameters on the API routes that reject them (400, the same JSON as theirs).
import http from 'node:http';
import { preferredEncoding } from '@/lib/front/encoding';
import { log } from '@/lib/log';
import { MicroCache, type CachedResponse, type CacheOutcome, type CacheStats } from '@/lib/front/micro-cache';
import { parseTarget } from '@/lib/front/request-target';
import { routeFor, type RouteEntry } from '@/lib/route-table';
import { inflate, prepare } from './compression';
import { buildCsp } from '@/lib/front/csp';
import { cacheControlFor, DROP, finishResponse, jsonAnswer, PUBLIC_STATUSES, routeHeaders, unavailable, type FrontAnswer } from './headers';
import type { FrontMessage, WorkerMessage } from './messages';
import { passThrough, renderFromNext, type Upstream } from './proxy';
import type { FrontSettings } from './settings';

const READ_METHODS = 'GET, HEAD, OPTIONS';
const DESK_BODY_LIMIT = 64 * 1024;
const PAGE_ROUTE = routeFor('/');

class AtCapacity extends Error {}

/** `now` is the cache's clock (tests move it instead of waiting). */
export function startFrontWorker(settings: FrontSettings, innerPort: number, options: { now?: () => number } = {}): http.Server {
  // If the primary dies (even by SIGKILL), its workers must not hold the port.
  process.on('disconnect', () => process.exit(0));
  const upstream: Upstream = { port: innerPort, host: new URL(settings.publicOrigin).host, timeoutMs: settings.renderTimeoutMs };
  const cache = new MicroCache({ budgetBytes: settings.cacheBytes, staleIfErrorMs: settings.staleIfErrorMs, ...(options.now && { now: options.now }) });
  let renders = 0;
  const send = (message: WorkerMessage) => process.send?.(message);

  // The primary keeps the rate limiter's buckets for all workers; it answers each `take` by its id.
  let nextTake = 0;
  const takes = new Map<number, (wait: number) => void>();
  process.on('message', (message: FrontMessage) => {
    if (message.type === 'took') takes.get(message.id)?.(message.wait);
    else if (message.type === 'purge') cache.invalidate(message.at);
    else if (message.type === 'stored') {
      // Structured clone hands a Buffer over as a plain Uint8Array: view the same bytes as a Buffer again.
      const body: Uint8Array = message.response.body;
      cache.adopt(message.key, { ...message.response, body: Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength) });
    }
  });
  const take = (client: string) =>
    new Promise<number>((resolve) => {
      const id = nextTake++;
      // Without an answer (primary busy or gone), let the request through rather than hang it.
      const timer = setTimeout(() => settle(0), 1_000);
      const settle = (wait: number) => {
        clearTimeout(timer);
        takes.delete(id);
        resolve(wait);
      };
      takes.set(id, settle);
      send({ type: 'take', id, client });
    });
  setInterval(() => send({ type: 'stats', stats: { ...cache.stats, renders } satisfies CacheStats & { renders: number } }), 5_000).unref();

  const render = async (key: string, route: RouteEntry): Promise<CachedResponse> => {
    if (renders >= settings.maxRenders) throw new AtCapacity();
    renders++;
    try {
      const response = finishResponse(await renderFromNext(upstream, key), route);
      // Every worker serves the newest copy: hand it to the others (small responses only).
      if (PUBLIC_STATUSES.has(response.status) && response.body.length <= 256 * 1024) send({ type: 'stored', key, response });
      return response;
    } finally {
      renders--;
    }
  };

  const answer = (res: http.ServerResponse, a: FrontAnswer, head = false) => {
    res.writeHead(a.status, { ...a.headers, 'content-length': String(Buffer.byteLength(a.body)) });
    res.end(head ? undefined : a.body);
  };

  // HSTS only where the public origin is https (it would pin a plain-http test host otherwise).
  const hsts = settings.publicOrigin.startsWith('https:') ? ['strict-transport-security', 'max-age=31536000; includeSubDomains'] : [];
  const serveCached = (req: http.IncomingMessage, res: http.ServerResponse, key: string, response: CachedResponse, outcome: CacheOutcome) => {
    const variant = prepare(response, outcome, preferredEncoding(req.headers['accept-encoding']), hsts, (bytes) => cache.grow(key, response, bytes));
    const etag = response.headers.etag;
    if (etag && response.status === 200 && req.headers['if-none-match'] === etag) {
      res.writeHead(304, variant.notModified);
      res.end();
      return;
    }
    if (variant.body) {
      res.writeHead(response.status, variant.headers);
      res.end(req.method === 'HEAD' ? undefined : variant.body);
      return;
    }
    inflate(response.body).then(
      (body) => {
        res.writeHead(response.status, [...variant.headers, 'content-length', String(body.length)]);
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      () => answer(res, unavailable(PAGE_ROUTE, '/', 5)),
    );
  };

  const server = http.createServer((req, res) => {
    const target = parseTarget(req.url ?? '/');
    if (!target.ok) return answer(res, jsonAnswer(PAGE_ROUTE, 400, 'bad_request', target.message));
    const { route, pathname } = target;
    const method = req.method ?? 'GET';

    // The hot path: a fresh copy for a plain GET, served without a promise or a closure.
    if (
      method === 'GET' && route.frontCached && !route.rateLimited && (!route.strictQuery || target.unknown.length === 0) &&
      req.headers.rsc === undefined && req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined
    ) {
      const hit = cache.fresh(target.key, route.lifetime!.fresh * 1000);
      if (hit) return serveCached(req, res, target.key, hit, 'fresh');
    }

    if (method === 'OPTIONS') {
      res.writeHead(204, { ...routeHeaders(route), allow: READ_METHODS, 'access-control-allow-methods': READ_METHODS, 'cache-control': 'no-store' });
      return res.end();
    }
    // Writes: POST with a bounded body, on the routes that take one (the desk, the bot's webhook).
    const deskWrite = route.body === true && method === 'POST';
    if (deskWrite && req.headers['content-length'] === undefined && req.headers['transfer-encoding'] !== undefined) {
      res.setHeader('connection', 'close');
      return answer(res, jsonAnswer(route, 411, 'length_required', 'A desk write states its Content-Length.'));
    }
    if (deskWrite && Number(req.headers['content-length'] ?? 0) > DESK_BODY_LIMIT) {
      res.setHeader('connection', 'close');
      return answer(res, jsonAnswer(route, 413, 'body_too_large', `The desk takes at most ${DESK_BODY_LIMIT} bytes.`));
    }
    if (method !== 'GET' && method !== 'HEAD' && !deskWrite) {
      // Never read a body no route takes: close the connection after the answer instead.
      if (req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined) res.setHeader('connection', 'close');
      return answer(res, jsonAnswer(route, 405, 'method_not_allowed', `${method} is not supported here; use GET or HEAD.`, { allow: READ_METHODS }));
    }
    // No route takes a body today (the route table lists those that will): refuse it before reading it.
    const length = Number(req.headers['content-length'] ?? 0);
    if (!route.body && (length > 0 || req.headers['transfer-encoding'] !== undefined)) {
      res.setHeader('connection', 'close');
      return answer(res, jsonAnswer(route, 413, 'body_not_accepted', 'This resource takes no request body.'));
    }
    if (route.strictQuery && target.unknown.length) {
      const allowed = route.query.length ? `It takes: ${route.query.join(', ')}.` : 'It takes no query parameters.';
      const name = target.unknown[0]!;
      return answer(res, jsonAnswer(route, 400, 'unknown_parameter', `Unknown query parameter "${name}". ${allowed}`, {}, name), method === 'HEAD');
    }

    const proceed = () => {
      // Client navigation (RSC) varies by router headers: never from the cache, and never stored by others.
      const cacheable = route.frontCached && req.headers.rsc === undefined && req.headers['next-router-prefetch'] === undefined;
      if (!cacheable) {
        if (renders >= settings.maxRenders) return answer(res, unavailable(route, pathname, 2));
        renders++;
        let finished = false;
        const done = () => {
          if (!finished) (finished = true), renders--;
        };
        res.on('close', done);
        const rsc = req.headers.rsc !== undefined;
        return passThrough(upstream, req, res, target.original, (status, up) => {
          const headers: http.OutgoingHttpHeaders = { ...routeHeaders(route) };
          // Next's connection headers describe its socket to us, not ours to the visitor.
          for (const [name, value] of Object.entries(up)) if (!DROP.has(name) || name === 'content-length' || name === 'vary') headers[name] = value;
          // Set-Cookie passes on the desk only (its session): every other answer is the same for everyone.
          if (route.desk && up['set-cookie'] !== undefined) headers['set-cookie'] = up['set-cookie'];
          else delete headers['set-cookie'];
          // Streamed HTML cannot be hashed: it gets the strictest policy (no inline script at all).
          if (String(up['content-type'] ?? '').startsWith('text/html')) headers['content-security-policy'] = buildCsp({ scriptHashes: [], embeddable: route.embeddable ?? false });
          if (rsc || route.desk) {
            headers['cache-control'] = 'private, no-store';
            headers.vary = 'RSC, Next-Router-State-Tree, Next-Router-Prefetch';
          } else headers['cache-control'] = cacheControlFor(route, status);
          return headers;
        }, done, route.desk || route.clientAddress ? { client: clientOf(req, settings), desk: route.desk === true } : undefined, route.forwardHeaders);
      }
      const windows = { freshMs: (route.lifetime?.fresh ?? 0) * 1000 };
      cache
        .get(target.key, windows, () => render(target.key, route), (r) => PUBLIC_STATUSES.has(r.status))
        .then(({ response, outcome }) => {
          if (PUBLIC_STATUSES.has(response.status)) return serveCached(req, res, target.key, response, outcome);
          // Next failed (a 500 while the database is down) and no copy exists: say so, never a 500.
          if (response.status >= 500) return answer(res, unavailable(route, pathname, 10), method === 'HEAD');
          serveCached(req, res, target.key, response, outcome);
        })
        .catch((error: unknown) => {
          if (!(error instanceof AtCapacity)) {
            log('warn', 'front: render failed', { route: route.name, error: (error as Error).message });
          }
          answer(res, unavailable(route, pathname, error instanceof AtCapacity ? 2 : 10), method === 'HEAD');
        });
    };

    if (!route.rateLimited) return proceed();
    take(clientOf(req, settings)).then((wait) => {
      if (wait === 0) return proceed();
      answer(res, jsonAnswer(route, 429, 'rate_limited', `Too many requests for this resource; try again in ${wait} s.`, { 'retry-after': String(wait) }));
    });
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;
  return server;
}

/** The client a rate limit counts: the socket, or the first untrusted hop when a trusted proxy forwards. */
export function clientOf(req: http.IncomingMessage, settings: Pick<FrontSettings, 'trustedProxies'>): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  if (!settings.trustedProxies.has(socket)) return socket;
  const hops = String(req.headers['x-forwarded-for'] ?? '').split(',').map((h) => h.trim()).filter(Boolean);
  // Walk back from the nearest hop: the first address that is not one of our proxies is the client.
  for (let i = hops.length - 1; i >= 0; i--) if (!settings.trustedProxies.has(hops[i]!)) return hops[i]!;
  return socket;
}
