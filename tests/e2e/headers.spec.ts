// What every visitor's response carries: security headers, a CSP that runs the page's own inline
// scripts (no violation in the console) and nothing else, cache headers a CDN can use, and no cookie.
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
