// The front server and the desk: the desk is the one place where cookies reach Next, a write (POST with
// a bounded body) passes, Set-Cookie comes back and answers are `private, no-store`, never stored;
// everywhere else the visitor's cookies stay out, Set-Cookie is stripped and answers stay cacheable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFrontBeforeFakeNext, type FrontBeforeFakeNext } from '../../helpers/front-worker';

let pair: FrontBeforeFakeNext;
let base: string;
const seen: { method: string; url: string; cookie?: string; client?: string; origin?: string; body: string }[] = [];

beforeAll(async () => {
  pair = await startFrontBeforeFakeNext((req, res, body) => {
    seen.push({ method: req.method!, url: req.url!, cookie: req.headers.cookie, client: req.headers['x-marsad-client'] as string | undefined, origin: req.headers.origin, body });
    // A careless handler: it sets a cookie on every answer, public or not.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': 'tracker=1; Path=/', 'cache-control': 'private, no-store' });
    res.end(`<!doctype html><html><body>${req.url}</body></html>`);
  });
  base = pair.base;
});

afterAll(() => pair.close());

describe('front worker and the desk', () => {
  it('keeps public pages cookie-free and cacheable: no Set-Cookie out, no visitor cookie in', async () => {
    seen.length = 0;
    const r = await fetch(`${base}/incidents/some-incident`, { headers: { cookie: 'marsad-desk.session_token=stolen' } });
    expect(r.headers.get('set-cookie')).toBeNull();
    expect(r.headers.get('cache-control')).toMatch(/^public, .*s-maxage=\d+/);
    expect(seen.every((s) => s.cookie === undefined)).toBe(true);
    const again = await fetch(`${base}/incidents/some-incident`);
    expect(again.headers.get('x-marsad-cache')).toBe('fresh');
  });

  it('passes the desk through uncached, with its cookie in and Set-Cookie out, private, no-store', async () => {
    seen.length = 0;
    for (let i = 0; i < 2; i++) {
      const r = await fetch(`${base}/desk/ar`, { headers: { cookie: 'marsad-desk.session_token=abc' } });
      expect(r.headers.get('cache-control')).toBe('private, no-store');
      expect(r.headers.get('set-cookie')).toBe('tracker=1; Path=/');
      expect(r.headers.get('x-marsad-cache')).toBeNull();
    }
    // Two requests, two renders: the front never stored it.
    expect(seen.map((s) => s.cookie)).toEqual(['marsad-desk.session_token=abc', 'marsad-desk.session_token=abc']);
  });

  it('lets a desk write through with its body, Origin and the socket address (never the visitor’s claimed one)', async () => {
    seen.length = 0;
    const r = await fetch(`${base}/desk/api/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:3998', 'x-marsad-client': '6.6.6.6' },
      body: 'email=a%40b.org&password=x',
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('private, no-store');
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/desk/api/sign-in', origin: 'http://localhost:3998', body: 'email=a%40b.org&password=x' });
    expect(seen[0]!.client).toMatch(/127\.0\.0\.1/);
  });

  it('refuses a desk body over 64 KiB (413), and POST anywhere else (405)', async () => {
    seen.length = 0;
    const big = await fetch(`${base}/desk/api/incidents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(70_000) });
    expect(big.status).toBe(413);
    const elsewhere = await fetch(`${base}/incidents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(elsewhere.status).toBe(405);
    expect(seen).toHaveLength(0);
  });
});
