// Calls from a front worker to Next on its internal loopback port. Every call is time-limited (a hung
// database must not hold a visitor), goes over kept-alive connections that the front closes before
// Next does (so no request is sent on a socket Next is closing: the ECONNRESET after a pause), and an
// idempotent GET that meets a reset connection is tried once more. Next never sees the visitor's Host
// or X-Forwarded-* headers: absolute URLs come from MARSAD_PUBLIC_URL only (lib/open-data/seo.ts).
import http from 'node:http';
import type { CachedResponse } from '@/lib/front/micro-cache';
import { scriptsAfterPaint } from '@/lib/front/scripts-after-paint';
import { compressForStore } from './compression';
import { DROP } from './headers';

export interface Upstream {
  port: number;
  /** The Host Next sees: fixed, never the visitor's. */
  host: string;
  timeoutMs: number;
}

// Next's server keeps idle connections 65 s (lib/front/server/cluster.ts): ours are dropped after 4 s.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64, timeout: 4_000 });

export class UpstreamTimeout extends Error {}

function retryable(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ECONNRESET' || code === 'EPIPE';
}

/** Renders `path` with GET for the cache: the whole body, gzipped when worth it. */
export async function renderFromNext(upstream: Upstream, path: string): Promise<CachedResponse> {
  try {
    return await renderOnce(upstream, path);
  } catch (error) {
    if (!retryable(error)) throw error;
    return renderOnce(upstream, path);
  }
}

function renderOnce(upstream: Upstream, path: string): Promise<CachedResponse> {
  // A copy is as old as the moment its render began: a render that read the database before an editor
  // published, and ends after the front was told, must not pass for a copy made after (micro-cache.ts).
  const startedAt = Date.now();
  return new Promise<CachedResponse>((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port: upstream.port, path, method: 'GET', agent, headers: { host: upstream.host, 'accept-encoding': 'identity' } },
      (up) => {
        const chunks: Buffer[] = [];
        up.on('data', (c: Buffer) => chunks.push(c));
        up.on('error', reject);
        up.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(up.headers)) if (!DROP.has(name) && value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
          storedBody(headers, Buffer.concat(chunks)).then(
            (body) => resolve({ status: up.statusCode ?? 502, headers, body, storedAt: startedAt }),
            reject,
          );
        });
      },
    );
    request.setTimeout(upstream.timeoutMs, () => request.destroy(new UpstreamTimeout(`Next did not answer ${path} within ${upstream.timeoutMs} ms`)));
    request.on('error', reject);
    request.end();
  });
}

/**
 * What the cache keeps of a rendered body: a page with its scripts loaded after its first paint, gzipped
 * when worth it. Next is asked for the body uncompressed (`identity` above): the page is read as text
 * here anyway, and compressForStore gzips it once, in zlib's thread pool, instead of Next gzipping a
 * page the front would have to inflate again.
 */
function storedBody(headers: Record<string, string>, body: Buffer): Promise<Buffer> {
  const html = !headers['content-encoding'] && (headers['content-type'] ?? '').startsWith('text/html');
  return compressForStore(headers, html ? Buffer.from(scriptsAfterPaint(body.toString('utf8')), 'utf8') : body);
}

/** Headers from the visitor that Next may see on an uncached request. */
const FORWARD = ['accept', 'accept-language', 'rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url', 'if-none-match', 'user-agent'];

/**
 * What the desk (and only the desk) also passes to Next: the session cookie, what a write needs and
 * what its same-origin check reads. The visitor's address goes in a header of our own, set here.
 */
const FORWARD_DESK = ['cookie', 'content-type', 'content-length', 'origin', 'sec-fetch-site', 'sec-fetch-mode', 'sec-fetch-dest'];
export const CLIENT_ADDRESS_HEADER = 'x-marsad-client';

/** An uncached request streamed through (client navigation, health, metrics, history queries, the desk). */
export function passThrough(
  upstream: Upstream,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  path: string,
  headersFor: (status: number, upstreamHeaders: http.IncomingHttpHeaders) => http.OutgoingHttpHeaders,
  done: () => void,
  /** The client's address for the route (desk, subscribe forms); `desk` also passes the desk's own headers (its cookie). */
  desk?: { client: string; desk?: boolean },
  /** The route's own extra headers (lib/route-table.ts forwardHeaders). */
  forward: readonly string[] = [],
): void {
  const headers: http.OutgoingHttpHeaders = { host: upstream.host };
  for (const name of [...FORWARD, ...forward]) if (req.headers[name] !== undefined) headers[name] = req.headers[name];
  if (desk) {
    if (desk.desk !== false) for (const name of FORWARD_DESK) if (req.headers[name] !== undefined) headers[name] = req.headers[name];
    headers[CLIENT_ADDRESS_HEADER] = desk.client;
  }
  const request = http.request({ host: '127.0.0.1', port: upstream.port, path, method: req.method, agent, headers }, (up) => {
    res.writeHead(up.statusCode ?? 502, headersFor(up.statusCode ?? 502, up.headers));
    up.pipe(res);
    up.on('end', done);
    up.on('error', done);
  });
  request.setTimeout(upstream.timeoutMs, () => request.destroy(new UpstreamTimeout('timeout')));
  request.on('error', () => {
    done();
    if (!res.headersSent) res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5', 'cache-control': 'no-store' });
    res.end('Marsad is temporarily unavailable. Please try again in a few seconds.\n');
  });
  // Only a write to a route that takes a body has one (the worker refused any other before reading it).
  if (req.method === 'POST') req.pipe(request);
  else request.end();
}
