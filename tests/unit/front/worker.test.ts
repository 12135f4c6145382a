// The front worker against a fake Next on loopback: what reaches Next, what visitors get when Next
// hangs or fails, and the early refusals. One fake and one worker for the whole file.
import http from 'node:http';
import { createHash } from 'node:crypto';
import net from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFrontBeforeFakeNext, type FrontBeforeFakeNext } from '../../helpers/front-worker';

type Mode = 'ok' | 'hang' | 'fail';
let mode: Mode = 'ok';
let clockOffset = 0;
let seen: { url: string; host: string | undefined; proto: string | undefined }[] = [];
let renders = 0;
let pair: FrontBeforeFakeNext;
let base: string;
const hung: http.ServerResponse[] = [];
const CHUNKS = ['/_next/static/chunks/a1.js', '/_next/static/chunks/b2.js'];

beforeAll(async () => {
  pair = await startFrontBeforeFakeNext(
    (req, res) => {
      seen.push({ url: req.url!, host: req.headers.host, proto: req.headers['x-forwarded-proto'] as string | undefined });
      renders++;
      if (mode === 'hang') return void hung.push(res);
      if (mode === 'fail') {
        res.writeHead(500, { 'content-type': 'text/html' });
        return res.end('<html>boom</html>');
      }
      if (req.url!.startsWith('/_next/static/')) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('missing');
      }
      if (req.url === '/with-chunks') {
        // As Next writes a page: its chunk tags in the head, gzipped when the caller takes gzip.
        const page = Buffer.from(`<!doctype html><html><head>${CHUNKS.map((src) => `<script src="${src}" async=""></script>`).join('')}</head><body>chunks</body></html>`);
        const gz = /gzip/.test(String(req.headers['accept-encoding'] ?? ''));
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(gz ? { 'content-encoding': 'gzip' } : {}) });
        return res.end(gz ? gzipSync(page) : page);
      }
      const html = `<!doctype html><html><head><script>var a=1</script></head><body>page ${req.url} at ${Date.now()}</body></html>`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-cache, no-store' });
      res.end(html);
    },
    { PORT: '3999', MARSAD_FRONT_RENDER_TIMEOUT_MS: '300', MARSAD_FRONT_MAX_RENDERS: '2' },
    { now: () => Date.now() + clockOffset },
  );
  base = pair.base;
});

afterAll(async () => {
  for (const res of hung) res.destroy();
  await pair.close();
});

/** A raw request (any method, Host, request target). */
function raw(requestLine: string, headers: Record<string, string> = {}, body = ''): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  const port = Number(new URL(base).port);
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      const lines = [requestLine, `Host: ${headers.Host ?? 'localhost'}`, 'Connection: close', ...Object.entries(headers).filter(([k]) => k !== 'Host').map(([k, v]) => `${k}: ${v}`)];
      // Not end(): a half-closed socket is dropped by Node before an asynchronous answer.
      socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`);
    });
    let data = '';
    socket.on('data', (d) => (data += d));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', ...rest] = data.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const h: Record<string, string> = {};
      for (const l of headerLines) h[l.slice(0, l.indexOf(':')).toLowerCase()] = l.slice(l.indexOf(':') + 1).trim();
      resolve({ status: Number(statusLine.split(' ')[1]), headers: h, body: rest.join('\r\n\r\n') });
    });
  });
}

describe('front worker', () => {
  it('never forwards the visitor’s Host or X-Forwarded-Proto to Next', async () => {
    seen = [];
    await raw('GET /poison-check HTTP/1.1', { Host: 'evil.example', 'X-Forwarded-Proto': 'javascript:alert(1)//', 'X-Forwarded-Host': 'evil.example' });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.host).toBe('localhost:3999');
    expect(seen[0]!.proto).toBeUndefined();
  });

  it('serves an absolute-form request by its path alone', async () => {
    seen = [];
    const r = await raw('GET http://evil.example/absolute HTTP/1.1');
    expect(r.status).toBe(200);
    expect(seen[0]!.url).toBe('/absolute');
    expect(JSON.stringify(r.headers)).not.toContain('evil');
  });

  it('keys the cache on known query parameters only, so junk does not reach Next', async () => {
    await fetch(`${base}/junk-test`);
    const before = renders;
    for (let i = 0; i < 20; i++) expect((await fetch(`${base}/junk-test?a=${i}`)).headers.get('x-marsad-cache')).toBe('fresh');
    expect(renders).toBe(before);
  });

  it('refuses malformed encoding (400), other methods (405 with Allow) and bodies (413), before Next', async () => {
    const before = renders;
    expect((await raw('GET /services/%E0%A4%A HTTP/1.1')).status).toBe(400);
    expect((await raw('GET /api/v1/services/%FF HTTP/1.1')).status).toBe(400);
    const trace = await raw('TRACE / HTTP/1.1');
    expect(trace.status).toBe(405);
    expect(trace.headers.allow).toBe('GET, HEAD, OPTIONS');
    expect((await raw('POST /_next/static/chunks/a.js HTTP/1.1', { 'Content-Length': '2' }, '{}')).status).toBe(405);
    expect((await raw('GET / HTTP/1.1', { 'Content-Length': '5' }, 'hello')).status).toBe(413);
    expect(renders).toBe(before);
  });

  it('keeps a 404 under the build folder out of the year-long cache, and puts a CSP on every HTML answer', async () => {
    const r = await fetch(`${base}/_next/static/chunks/missing-${Date.now()}.js`);
    expect(r.status).toBe(404);
    expect(r.headers.get('cache-control')).not.toContain('immutable');
    const page = await fetch(`${base}/csp-check`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self' 'sha256-");
    expect(page.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=10, stale-while-revalidate=120');
  });

  it('stores a page with its chunk scripts loaded after the first paint, the loader allowed by its hash', async () => {
    const r = await fetch(`${base}/with-chunks`);
    const html = await r.text();
    expect(html).not.toContain('<script src=');
    const loaders = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(loaders).toHaveLength(1);
    expect(loaders[0]).toContain(JSON.stringify(CHUNKS));
    const hash = createHash('sha256').update(loaders[0]!).digest('base64');
    expect(r.headers.get('content-security-policy')).toContain(`'sha256-${hash}'`);
  });

  it('refuses a path Next would decode into malformed encoding, and closes a connection that announced a body it will not read', async () => {
    expect((await raw('GET /%25 HTTP/1.1')).status).toBe(400);
    const post = await raw('POST / HTTP/1.1', { 'Content-Length': '300000000' });
    expect(post.status).toBe(405);
    expect(post.headers.connection).toBe('close');
  });

  it('gives streamed HTML a CSP and none of Next’s own connection headers', async () => {
    const r = await raw('GET /api/nope HTTP/1.1');
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(r.headers['keep-alive']).toBeUndefined();
  });

  it('marks client-navigation (RSC) answers private, with Vary', async () => {
    const r = await fetch(`${base}/rsc-check`, { headers: { RSC: '1' } });
    expect(r.headers.get('cache-control')).toBe('private, no-store');
    expect(r.headers.get('vary')).toContain('RSC');
  });

  it('serves the last copy at once while Next hangs, and a localized 503 (never a 500) when there is none', async () => {
    await fetch(`${base}/en/cached-before`);
    mode = 'hang';
    try {
      // Past its freshness, but a copy exists: at once, not after the render timeout.
      clockOffset += 60_000;
      const t0 = Date.now();
      const stale = await fetch(`${base}/en/cached-before`);
      expect(stale.status).toBe(200);
      expect(Date.now() - t0).toBeLessThan(200);
      const none = await fetch(`${base}/en/never-cached`);
      expect(none.status).toBe(503);
      expect(none.headers.get('retry-after')).toBeTruthy();
      expect(await none.text()).toContain('temporarily unavailable');
      const ar = await fetch(`${base}/never-cached-ar`);
      expect(ar.status).toBe(503);
      expect(await ar.text()).toContain('غير متاح مؤقتًا');
      mode = 'fail';
      const failed = await fetch(`${base}/en/fails`);
      expect(failed.status).toBe(503);
    } finally {
      mode = 'ok';
    }
  });
});
