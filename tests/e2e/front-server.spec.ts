// The production front server with its two workers, as `npm start` runs it: what the workers share
// (the rate limiter's buckets, the newest copy of /api/status), no cache poisoning through request
// headers, and open data readable from other sites.
import { expect, test } from './fixtures';

test('the rate limit is shared by the front workers and counts the expensive routes', async ({ request }) => {
  for (const path of ['/api/v1/services/bitcoin/history?range=24h', '/api/incidents/aws-us-east-1-2025-10-20.csv?lang=en']) {
    const client = `198.51.100.${path.length}`;
    let passed = 0;
    let limited = 0;
    for (let i = 0; i < 60; i++) {
      const r = await request.get(path, { headers: { 'x-forwarded-for': client } });
      if (r.status() === 429) limited++;
      else passed++;
    }
    // A burst of 20 and one a second back: two workers each with their own buckets let ~40 through.
    expect(passed, path).toBeLessThanOrEqual(26);
    expect(limited, path).toBeGreaterThan(30);
  }
});

test('/api/status polled every 100 ms never goes back in time, and is readable from other sites', async ({ request }) => {
  let last = '';
  for (let i = 0; i < 40; i++) {
    const r = await request.get('/api/status');
    expect(r.headers()['access-control-allow-origin']).toBe('*');
    expect(r.headers()['cache-control']).toContain('s-maxage=5');
    const { generatedAt } = await r.json();
    expect(generatedAt >= last, `${generatedAt} after ${last}`).toBe(true);
    last = generatedAt;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect((await request.get('/api/incidents')).headers()['access-control-allow-origin']).toBe('*');
});

test('a forged Host or X-Forwarded-Proto never reaches a cached answer', async ({ request }) => {
  const forged = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'javascript:alert(document.domain)//' };
  const paths = ['/robots.txt', '/sitemap.xml', '/feeds/incidents.en.atom', '/feeds/incidents.ar.rss', '/api/v2/summary.json', '/en/incidents/aws-us-east-1-2025-10-20'];
  for (const path of paths) await request.get(path, { headers: forged });
  for (const path of paths) {
    const body = await (await request.get(path)).text();
    expect(body, path).not.toContain('evil.example');
    expect(body, path).not.toContain('javascript:');
  }
});
