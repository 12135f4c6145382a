// What every visitor's response carries: security headers, a CSP that runs the page's own inline
// scripts (no violation in the console) and nothing else, cache headers a CDN can use, and no cookie.
import { WEB_FONTS } from '../../lib/fonts';
import { expect, test } from './fixtures';

test('pages carry the security headers and a hash-based CSP without unsafe-inline scripts', async ({ page, consoleErrors }) => {
  const response = await page.goto('/');
  const headers = response!.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  const csp = headers['content-security-policy']!;
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+/);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(headers['cache-control']).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);
  expect(headers['set-cookie']).toBeUndefined();
  await page.waitForLoadState('networkidle');
  // A script blocked by the CSP would be reported here.
  expect(consoleErrors).toEqual([]);
  // The preferences script ran (it is inline): the page knows its digits.
  await expect(page.locator('html')).toHaveAttribute('data-digits', 'latn');
});

test('a page is rendered once and then served from the cache to everyone', async ({ request }) => {
  await request.get('/en');
  const again = await request.get('/en');
  expect(['fresh', 'stale']).toContain(again.headers()['x-marsad-cache']);
  expect(again.headers()['etag']).toBeTruthy();
  const revalidated = await request.get('/en', { headers: { 'if-none-match': again.headers()['etag']! } });
  expect(revalidated.status()).toBe(304);
});

test('build files and fonts are cached for a year; text goes out as brotli to clients that take it', async ({ request }) => {
  const html = await (await request.get('/en')).text();
  const script = html.match(/\/_next\/static\/chunks\/[\w-]+\.js/)![0];
  for (const path of [script, WEB_FONTS[0]!.url]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
  }
  const gzip = await request.get(script, { headers: { 'accept-encoding': 'gzip' } });
  expect(gzip.headers()['content-encoding']).toBe('gzip');
  // The first brotli request may get gzip while brotli is made in the background.
  await expect.poll(async () => (await request.get(script, { headers: { 'accept-encoding': 'gzip, br' } })).headers()['content-encoding']).toBe('br');
  const br = await request.get(script, { headers: { 'accept-encoding': 'gzip, br' } });
  expect(br.headers()['vary']).toBe('Accept-Encoding');
  expect(Number(br.headers()['content-length'])).toBeLessThan(Number(gzip.headers()['content-length']));
  expect((await br.body()).equals(await gzip.body())).toBe(true);
  const plain = await request.get(script, { headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect((await plain.body()).equals(await gzip.body())).toBe(true);
});
