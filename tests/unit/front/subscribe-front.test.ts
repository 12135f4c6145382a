// The front server and the subscribe forms: a form's POST reaches Next with its body and type, uncached,
// without the visitor's cookies, and with the client's address in the front's own header (a visitor's
// copy of that header is replaced); POST stays refused on the subscribe pages and everywhere else.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFrontSettings } from '@/lib/front/server/settings';
import { startFrontWorker } from '@/lib/front/server/worker';

let inner: http.Server;
let front: http.Server;
let base: string;
const seen: { method: string; url: string; client?: string; cookie?: string; type?: string; body: string }[] = [];

beforeAll(async () => {
  inner = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, client: req.headers['x-marsad-client'] as string | undefined, cookie: req.headers.cookie, type: req.headers['content-type'], body });
      res.writeHead(303, { location: '/subscribe/sent', 'set-cookie': 'tracker=1' });
      res.end();
    });
  });
  await new Promise<void>((r) => inner.listen(0, '127.0.0.1', r));
  front = startFrontWorker(readFrontSettings({ PORT: '3996', MARSAD_FRONT_CACHE_MB: '4' }), (inner.address() as AddressInfo).port);
  await new Promise<void>((r) => front.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
});

afterAll(async () => {
  front.closeAllConnections();
  inner.closeAllConnections();
  await Promise.all([new Promise((r) => front.close(r)), new Promise((r) => inner.close(r))]);
});

describe('front worker and the subscribe forms', () => {
  it('passes a form POST through with its body, the client address and no cookie either way', async () => {
    seen.length = 0;
    const body = 'email=a%40example.test&scope=all&locale=ar';
    const r = await fetch(`${base}/api/subscribe/email`, {
      method: 'POST', redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'a=b', 'x-marsad-client': '203.0.113.9' },
      body,
    });
    expect(r.status).toBe(303);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.headers.get('set-cookie')).toBeNull();
    expect(seen).toEqual([{ method: 'POST', url: '/api/subscribe/email', client: '127.0.0.1', cookie: undefined, type: 'application/x-www-form-urlencoded', body }]);
  });

  it('refuses POST on the subscribe pages and on other routes, passing nothing on', async () => {
    seen.length = 0;
    for (const path of ['/subscribe', '/en/subscribe/confirm', '/api/status', '/api/subscribe/other', '/services/bitcoin']) {
      const r = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'email=a%40example.test' });
      expect(r.status, path).toBe(405);
    }
    expect(seen).toHaveLength(0);
  });

  it('passes no client address to routes that do not ask for it', async () => {
    seen.length = 0;
    await fetch(`${base}/api/health`, { redirect: 'manual', headers: { 'x-marsad-client': '203.0.113.9' } });
    expect(seen).toEqual([expect.objectContaining({ url: '/api/health', client: undefined })]);
  });
});
