// The production server behind `npm start`: Next renders on an internal loopback port, and this front
// server answers visitors, from its in-memory cache when it can (before Next's request pipeline, which
// serves ~1/40 of what this machine can: STACK.md), adding the security headers to every response.
import cluster from 'node:cluster';
import { createHash } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import { brotliCompress, constants as zlibConstants, gunzip, gunzipSync, gzipSync } from 'node:zlib';
import next from 'next';
import { buildCsp, inlineScriptHashes } from '@/lib/front/csp';
import { preferredEncoding, type Encoding } from '@/lib/front/encoding';
import { MicroCache, type CachedResponse } from '@/lib/front/micro-cache';
import { cacheControl, routePolicy, type RoutePolicy } from '@/lib/front/policy';
import { RateLimiter } from '@/lib/front/rate-limit';
import type { CacheStats } from '@/lib/front/micro-cache';
import { setFrontStats } from '@/lib/front/stats';

const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || undefined;

// Hop-by-hop and per-response headers that must not be stored or replayed from the cache.
const DROP = new Set(['x-middleware-rewrite', 'connection', 'keep-alive', 'transfer-encoding', 'date', 'set-cookie', 'content-length', 'vary', 'x-nextjs-cache', 'x-nextjs-prerender', 'x-nextjs-stale-time']);

/** The primary process: Next (and with it the database and the probes) on an internal port. */
async function startPrimary() {
  (process.env as Record<string, string>).NODE_ENV = 'production';
  // `localhost`, not a loopback literal: Next 16 turns its own rewrites into proxy loops on 127.0.0.1.
  const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const inner = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => inner.listen(0, '127.0.0.1', resolve));
  const innerPort = (inner.address() as AddressInfo).port;
  // Next runs instrumentation (database, migrations, probing: lib/engine/boot.ts) on its first request;
  // make that happen now, so a failed start-up stops the process before it takes any visitor.
  await new Promise<void>((resolve) => {
    http.get({ host: '127.0.0.1', port: innerPort, path: '/api/status', headers: { host: `localhost:${port}` } }, (r) => r.resume().on('end', resolve)).on('error', () => resolve());
  });

  // Front workers, one per core by default: they answer visitors from memory and share the port
  // (the kernel spreads connections), so serving never waits behind rendering or probing.
  const workers = Number(process.env.MARSAD_FRONT_WORKERS || os.availableParallelism());
  const stats = new Map<number, CacheStats>();
  setFrontStats(() => {
    const sum: CacheStats = { hits: 0, staleHits: 0, misses: 0, refreshes: 0, refreshErrors: 0, entries: 0 };
    for (const s of stats.values()) for (const k of Object.keys(sum) as (keyof CacheStats)[]) sum[k] += s[k];
    return sum;
  });
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  let stopping = false;
  const fork = () => {
    const worker = cluster.fork({ MARSAD_INNER_PORT: String(innerPort) });
    worker.on('message', (message: { stats?: CacheStats }) => message.stats && stats.set(worker.id, message.stats));
    worker.on('exit', () => {
      stats.delete(worker.id);
      // A crashed front worker is replaced; the others keep serving meanwhile.
      if (!stopping) setTimeout(fork, 500);
    });
  };
  for (let i = 0; i < workers; i++) fork();
  let listening = 0;
  cluster.on('listening', () => {
    if (++listening === workers) console.log(JSON.stringify({ level: 'info', time: new Date().toISOString(), msg: 'Marsad is serving', url: `http://${host ?? 'localhost'}:${port}`, frontWorkers: workers }));
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.kill();
      process.exit(0);
    });
}

/** A front worker: the cache, the headers and the rate limit; misses go to Next on the internal port. */
function startFront(innerPort: number) {
  // If the primary dies (even by SIGKILL), its workers must not hold the port.
  process.on('disconnect', () => process.exit(0));
  const cache = new MicroCache({ freshMs: 10_000, staleMs: 120_000, staleIfErrorMs: 24 * 3_600_000, maxEntries: 2_000 });
  const limiter = new RateLimiter({ perSecond: 1, burst: 20 });
  // The primary aggregates every worker's counters for /api/metrics.
  setInterval(() => process.send?.({ stats: cache.stats }), 5_000).unref();

  const render = (req: http.IncomingMessage, path: string, policy: RoutePolicy) =>
    new Promise<CachedResponse>((resolve, reject) => {
      const upstream = http.request(
        { host: '127.0.0.1', port: innerPort, path, method: 'GET', headers: { host: req.headers.host ?? `localhost:${port}`, 'accept-encoding': 'gzip', 'x-forwarded-proto': String(req.headers['x-forwarded-proto'] ?? 'http') } },
        (up) => {
          const chunks: Buffer[] = [];
          up.on('data', (c: Buffer) => chunks.push(c));
          up.on('error', reject);
          up.on('end', () => {
            const headers: Record<string, string> = {};
            for (const [name, value] of Object.entries(up.headers)) if (!DROP.has(name) && value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
            let body = Buffer.concat(chunks);
            // Compressed once when stored, not once per visitor.
            if (!headers['content-encoding'] && COMPRESSIBLE.test(headers['content-type'] ?? '') && body.length > 512) {
              body = gzipSync(body, { level: 6 });
              headers['content-encoding'] = 'gzip';
            }
            const response: CachedResponse = { status: up.statusCode ?? 502, headers, body, storedAt: Date.now() };
            resolve(withSecurityHeaders(response, policy));
          });
        },
      );
      upstream.on('error', reject);
      upstream.end();
    });

  const front = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const pathname = url.split('?', 1)[0]!;
    const policy = routePolicy(pathname);
    // React Server Component requests (client navigation) vary by router headers: never from the cache.
    const cacheable = policy.cache !== null && (req.method === 'GET' || req.method === 'HEAD') && req.headers.rsc === undefined;

    if (policy.rateLimited) {
      const wait = limiter.take(clientOf(req));
      if (wait > 0) {
        res.writeHead(429, { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(wait), 'cache-control': 'no-store', ...BASE_HEADERS });
        res.end(JSON.stringify({ error: { code: 'rate_limited', message: `Too many requests for this resource; try again in ${wait} s.` } }));
        return;
      }
    }
    if (!cacheable) return proxy(req, res, innerPort, policy);

    cache
      .get(url, () => render(req, url, policy), (r) => r.status === 200 || r.status === 404 || r.status === 301 || r.status === 308)
      .then(({ response, outcome }) => send(req, res, response, outcome))
      .catch((error) => {
        console.error(JSON.stringify({ level: 'error', time: new Date().toISOString(), msg: 'front: render failed', path: pathname, error: (error as Error).message }));
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '10', 'cache-control': 'no-store', ...BASE_HEADERS });
        res.end('Marsad is temporarily unavailable. Please try again in a few seconds.\nمرصد غير متاح مؤقتًا. أعد المحاولة بعد ثوانٍ.\n');
      });
  });
  front.keepAliveTimeout = 65_000;
  front.listen(port, host);
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|rss\+xml|atom\+xml|manifest\+json)|image\/svg\+xml)/;

const BASE_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

function withSecurityHeaders(response: CachedResponse, policy: RoutePolicy): CachedResponse {
  const upstream = response.headers['cache-control'];
  // Next marks dynamic pages `no-store`; the policy says how long they may live. Routes that choose
  // their own lifetime (open data, images) keep theirs.
  const headers: Record<string, string> = {
    ...response.headers,
    ...BASE_HEADERS,
    'cache-control': policy.upstreamCacheControl && upstream && !/no-store|private/.test(upstream) ? upstream : cacheControl(policy),
  };
  if (!policy.embeddable) headers['x-frame-options'] = 'DENY';
  headers.etag ??= `W/"${createHash('sha1').update(response.body).digest('base64url')}"`;
  if ((headers['content-type'] ?? '').startsWith('text/html')) {
    const html = headers['content-encoding'] === 'gzip' ? gunzipSync(response.body).toString('utf8') : response.body.toString('utf8');
    headers['content-security-policy'] = buildCsp({ scriptHashes: inlineScriptHashes(html), embeddable: policy.embeddable });
  }
  return { ...response, headers };
}

// The hot path: a cached response is turned into its header list once (per outcome and encoding), so
// serving it is one writeHead and one end. Adding Age is the CDN's job.
interface Prepared {
  headers: string[];
  /** For 304 Not Modified: the same headers without a body length. */
  notModified: string[];
  body: Buffer;
}
const prepared = new WeakMap<CachedResponse, Map<string, Prepared>>();

// Responses are stored gzipped; brotli is made from them off the event loop (zlib's thread pool) the
// first time a client takes it, and until it is ready that client gets gzip. Build files, which never
// change, get the slowest and smallest setting once; pages, refreshed every few seconds, a quick one.
const brotli = new WeakMap<CachedResponse, Buffer | 'pending'>();

function brotliOf(response: CachedResponse): Buffer | undefined {
  const made = brotli.get(response);
  if (made) return made === 'pending' ? undefined : made;
  brotli.set(response, 'pending');
  const quality = (response.headers['cache-control'] ?? '').includes('immutable') ? 11 : 6;
  // On a failure the entry stays pending: its clients keep getting gzip.
  gunzip(response.body, (error, raw) => {
    if (error) return;
    const params = { [zlibConstants.BROTLI_PARAM_QUALITY]: quality, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: raw.length };
    brotliCompress(raw, { params }, (failed, body) => failed || brotli.set(response, body));
  });
  return undefined;
}

function prepare(response: CachedResponse, outcome: string, accepted: Encoding): Prepared {
  const compressed = response.headers['content-encoding'] === 'gzip';
  let encoding: Encoding = compressed ? accepted : 'identity';
  let body = response.body;
  if (encoding === 'br') {
    const br = brotliOf(response);
    if (br) body = br;
    else encoding = 'gzip';
  }
  let variants = prepared.get(response);
  if (!variants) prepared.set(response, (variants = new Map()));
  const key = `${outcome}|${encoding}`;
  let variant = variants.get(key);
  if (!variant) {
    const headers: Record<string, string> = { ...response.headers, 'x-marsad-cache': outcome };
    if (compressed) {
      headers.vary = 'Accept-Encoding';
      if (encoding === 'identity') {
        body = gunzipSync(body);
        delete headers['content-encoding'];
      } else headers['content-encoding'] = encoding;
    }
    const notModified = Object.entries(headers).flat();
    headers['content-length'] = String(body.length);
    variant = { headers: Object.entries(headers).flat(), notModified, body };
    variants.set(key, variant);
  }
  return variant;
}

function send(req: http.IncomingMessage, res: http.ServerResponse, response: CachedResponse, outcome: string) {
  const { headers, notModified, body } = prepare(response, outcome, preferredEncoding(req.headers['accept-encoding']));
  const extra = req.headers['x-forwarded-proto'] === 'https' ? ['strict-transport-security', 'max-age=31536000; includeSubDomains'] : [];
  const etag = response.headers.etag;
  if (etag && req.headers['if-none-match'] === etag) {
    res.writeHead(304, [...notModified, ...extra]);
    res.end();
    return;
  }
  res.writeHead(response.status, extra.length ? [...headers, ...extra] : headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

function proxy(req: http.IncomingMessage, res: http.ServerResponse, innerPort: number, policy: RoutePolicy) {
  const upstream = http.request({ host: '127.0.0.1', port: innerPort, path: req.url, method: req.method, headers: req.headers }, (up) => {
    const headers = { ...up.headers, ...BASE_HEADERS, 'cache-control': up.headers['cache-control'] ?? cacheControl(policy) } as http.OutgoingHttpHeaders;
    if (!policy.embeddable) headers['x-frame-options'] = 'DENY';
    res.writeHead(up.statusCode ?? 502, headers);
    up.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8', ...BASE_HEADERS });
    res.end('Bad gateway');
  });
  req.pipe(upstream);
}

function clientOf(req: http.IncomingMessage): string {
  // Behind a CDN or proxy, its first hop names the client; otherwise the socket does.
  const forwarded = String(req.headers['x-forwarded-for'] ?? '').split(',')[0]!.trim();
  return forwarded || req.socket.remoteAddress || 'unknown';
}

const main = cluster.isPrimary ? startPrimary : async () => startFront(Number(process.env.MARSAD_INNER_PORT));
main().catch((error) => {
  console.error(`\nMarsad could not start:\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
