// The front server and the subscribe forms: a form's POST reaches Next with its body and type, uncached,
// without the visitor's cookies, and with the client's address in the front's own header (a visitor's
// copy of that header is replaced); POST stays refused on the subscribe pages and everywhere else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFrontBeforeFakeNext, type FrontBeforeFakeNext } from '../../helpers/front-worker';

let pair: FrontBeforeFakeNext;
let base: string;
const seen: { method: string; url: string; client?: string; cookie?: string; type?: string; body: string }[] = [];

beforeAll(async () => {
  pair = await startFrontBeforeFakeNext((req, res, body) => {
    seen.push({ method: req.method!, url: req.url!, client: req.headers['x-marsad-client'] as string | undefined, cookie: req.headers.cookie, type: req.headers['content-type'], body });
    res.writeHead(303, { location: '/subscribe/sent', 'set-cookie': 'tracker=1' });
    res.end();
  });
  base = pair.base;
});

afterAll(() => pair.close());

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
