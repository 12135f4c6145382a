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
