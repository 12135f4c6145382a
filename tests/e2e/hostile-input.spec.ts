// Bad and hostile input: a clear 4xx, never a stack trace; data rendered as text; expensive queries
// rate-limited with Retry-After while pages and /api/status are not.
import { expect, test } from './fixtures';

const STACK = /\n\s+at [\w.<>]+ \(|node_modules\/|webpack-internal:/;

test('bad input gets a clear 4xx and never a stack trace', async ({ request }) => {
  const cases: [string, number][] = [
    ['/api/v1/services/no-such-service', 404],
    ['/api/v1/services/bitcoin/history?range=999y', 400],
    ['/api/v1/services/bitcoin/history?range=7d&range=24h', 400],
    ['/api/v1/incidents?year=twenty', 400],
    ['/api/incidents/..%2F..%2Fetc%2Fpasswd.json', 404],
    [`/api/v1/services/${'x'.repeat(4000)}`, 400],
    ['/en/services/%3Cscript%3Ealert(1)%3C%2Fscript%3E', 404],
  ];
  for (const [path, status] of cases) {
    const response = await request.get(path);
    const label = path.slice(0, 80);
    expect(response.status(), label).toBe(status);
    const body = await response.text();
    expect(body, label).not.toMatch(STACK);
    if (path.startsWith("/api/")) expect(JSON.parse(body).error.message, label).toEqual(expect.any(String));
  }
  const post = await request.post('/api/status', { data: { x: 1 } });
  expect(post.status()).toBeGreaterThanOrEqual(400);
  expect(post.status()).toBeLessThan(500);
});

test('text from the address is shown as text, never as HTML', async ({ page }) => {
  let dialog = false;
  page.on('dialog', () => (dialog = true));
  await page.goto('/en/incidents?provider=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&year=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await page.waitForLoadState('networkidle');
  expect(dialog).toBe(false);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});

test('expensive queries are rate-limited with Retry-After; cached pages and /api/status are not', async ({ request }) => {
  const statuses: number[] = [];
  let retryAfter: string | undefined;
  for (let i = 0; i < 40; i++) {
    const response = await request.get('/api/v1/services/bitcoin/history?range=24h', { headers: { 'x-forwarded-for': '203.0.113.9' } });
    statuses.push(response.status());
    if (response.status() === 429) retryAfter = response.headers()['retry-after'];
  }
  expect(statuses).toContain(429);
  expect(Number(retryAfter)).toBeGreaterThan(0);
  for (let i = 0; i < 40; i++) {
    expect((await request.get('/api/status', { headers: { 'x-forwarded-for': '203.0.113.9' } })).status()).toBe(200);
  }
});

test('the desk refuses hostile and anonymous requests with a clear 4xx, never a stack trace, and sets no cookie', async ({ request }) => {
  const cases: [() => ReturnType<typeof request.get>, number, string][] = [
    [() => request.get('/desk/api/incidents'), 401, 'unauthenticated'],
    [() => request.get('/desk/api/audit'), 401, 'unauthenticated'],
    // No Origin from a script: a write that may be cross-site.
    [() => request.post('/desk/api/sign-in', { data: { email: 'a@example.org', password: 'x' } }), 403, 'cross_site'],
    [() => request.post('/desk/api/incidents', { data: { titleAr: '<script>alert(1)</script>' }, headers: { origin: 'https://evil.example' } }), 403, 'cross_site'],
    [() => request.post('/desk/api/incidents/%3Cscript%3E/updates', { data: {}, headers: { origin: 'https://evil.example' } }), 403, 'cross_site'],
    [() => request.post('/desk/api/sign-in', { data: 'x'.repeat(70_000), headers: { 'content-type': 'application/json' } }), 413, 'body_too_large'],
  ];
  for (const [send, status, code] of cases) {
    const response = await send();
    expect(response.status(), code).toBe(status);
    expect(response.headers()['cache-control']).toMatch(/no-store/);
    expect(response.headers()['set-cookie']).toBeUndefined();
    const body = await response.text();
    expect(body).not.toMatch(STACK);
    expect(JSON.parse(body).error.code).toBe(code);
  }
  const put = await request.put('/desk/api/incidents', { data: {} });
  expect(put.status()).toBe(405);
});
