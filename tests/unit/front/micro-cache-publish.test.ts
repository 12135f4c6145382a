// Publishing is told, not waited out (issue 16, item 6): after invalidate(at), copies whose render began
// before `at` are out of date at once, whatever their route's lifetime.
import { describe, expect, it } from 'vitest';
import { MicroCache, type CachedResponse } from '@/lib/front/micro-cache';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}
const response = (at: number, text: string, status = 200): CachedResponse => ({ status, headers: {}, body: Buffer.from(text), storedAt: at });
const ok = (r: CachedResponse) => r.status === 200;
const minute = { freshMs: 60_000 };

describe('front cache after a publish', () => {
  it('renders anew on the next request instead of serving the copy made before, and keeps serving the new one', async () => {
    const c = clock();
    const cache = new MicroCache({ budgetBytes: 1 << 20, staleIfErrorMs: 3_600_000, now: c.now });
    await cache.get('/api/v1/incidents', minute, async () => response(c.now(), 'old'), ok);
    c.advance(1_000);
    expect(cache.fresh('/api/v1/incidents', 60_000)?.body.toString()).toBe('old');

    cache.invalidate(c.now());
    expect(cache.fresh('/api/v1/incidents', 60_000)).toBeUndefined();
    c.advance(1);
    const renewed = await cache.get('/api/v1/incidents', minute, async () => response(c.now(), 'new'), ok);
    expect(renewed).toMatchObject({ outcome: 'miss' });
    expect(renewed.response.body.toString()).toBe('new');
    expect(cache.fresh('/api/v1/incidents', 60_000)?.body.toString()).toBe('new');
  });

  it('treats a render that began before the publish as out of date even when it lands after', async () => {
    const c = clock();
    const cache = new MicroCache({ budgetBytes: 1 << 20, staleIfErrorMs: 3_600_000, now: c.now });
    const began = c.now();
    c.advance(500);
    cache.invalidate(c.now());
    c.advance(500);
    cache.adopt('/', response(began, 'read before the publish'));
    expect(cache.fresh('/', 10_000)).toBeUndefined();
  });

  it('serves the old copy when the new render is slow or fails, and stores the new one when it comes', async () => {
    const c = clock();
    const cache = new MicroCache({ budgetBytes: 1 << 20, staleIfErrorMs: 3_600_000, now: c.now, purgeWaitMs: 20 });
    await cache.get('/', minute, async () => response(c.now(), 'old'), ok);
    c.advance(1_000);
    cache.invalidate(c.now());
    c.advance(1);
    let finish!: () => void;
    const slow = () => new Promise<CachedResponse>((resolve) => (finish = () => resolve(response(c.now(), 'new'))));
    const late = await cache.get('/', minute, slow, ok);
    expect(late).toMatchObject({ outcome: 'error-stale' });
    expect(late.response.body.toString()).toBe('old');
    finish();
    await new Promise((r) => setImmediate(r));
    expect(cache.fresh('/', 60_000)?.body.toString()).toBe('new');

    cache.invalidate(c.advance(1));
    c.advance(1);
    const failed = await cache.get('/', minute, async () => response(c.now(), 'boom', 500), ok);
    expect(failed.response.body.toString()).toBe('new');
    expect(failed.outcome).toBe('error-stale');
  });

  it('leaves copies made after the publish alone', async () => {
    const c = clock();
    const cache = new MicroCache({ budgetBytes: 1 << 20, staleIfErrorMs: 3_600_000, now: c.now });
    cache.invalidate(c.now());
    c.advance(1);
    await cache.get('/', minute, async () => response(c.now(), 'after'), ok);
    let renders = 0;
    const again = await cache.get('/', minute, async () => (renders++, response(c.now(), 'x')), ok);
    expect(again.outcome).toBe('fresh');
    expect(renders).toBe(0);
  });
});
