import { describe, expect, it } from 'vitest';
import { MicroCache, type CachedResponse } from '@/lib/front/micro-cache';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const body = (n: number, tag = 'x') => Buffer.alloc(n, tag);
const response = (at: number, size = 100, status = 200): CachedResponse => ({ status, headers: {}, body: body(size), storedAt: at });
const ok = (r: CachedResponse) => r.status === 200;
const windows = { freshMs: 10_000 };

describe('front cache', () => {
  it('serves the last copy at once when a refresh hangs, and refreshes in the background with back-off', async () => {
    const c = clock();
    const cache = new MicroCache({ budgetBytes: 1 << 20, staleIfErrorMs: 3_600_000, now: c.now });
    await cache.get('/', windows, async () => response(c.now()), ok);
    c.advance(300_000); // long past the stale-while-revalidate window
    let renders = 0;
    const hang = () => {
      renders++;
      return new Promise<CachedResponse>(() => undefined);
    };
    const first = await cache.get('/', windows, hang, ok);
    expect(first.outcome).toBe('stale');
    const second = await cache.get('/', windows, hang, ok);
    expect(second.outcome).toBe('stale');
    expect(renders).toBe(1); // single flight while hung

    // Failing refreshes back off: 1 s, then 2 s.
    const cache2 = new MicroCache({ budgetBytes: 1 << 20, staleIfErrorMs: 3_600_000, now: c.now });
    await cache2.get('/', windows, async () => response(c.now()), ok);
    c.advance(20_000);
    let fails = 0;
    const fail = async () => {
      fails++;
      throw new Error('database hung');
    };
    await cache2.get('/', windows, fail, ok);
    await new Promise((r) => setImmediate(r));
    expect((await cache2.get('/', windows, fail, ok)).outcome).toBe('error-stale');
    await new Promise((r) => setImmediate(r));
    expect(fails).toBe(1);
    c.advance(1_001);
    await cache2.get('/', windows, fail, ok);
    await new Promise((r) => setImmediate(r));
    expect(fails).toBe(2);
    c.advance(1_500);
    await cache2.get('/', windows, fail, ok);
    expect(fails).toBe(2);
  });

  it('keeps memory within its byte budget, evicting the least recently used first', async () => {
    const c = clock();
    const cache = new MicroCache({ budgetBytes: 10_000, staleIfErrorMs: 3_600_000, now: c.now });
    await cache.get('/home', windows, async () => response(c.now(), 1_000), ok);
    for (let i = 0; i < 50; i++) {
      await cache.get(`/junk-${i}`, windows, async () => response(c.now(), 1_000), ok);
      // The home page is read between junk keys: it stays.
      expect((await cache.get('/home', windows, async () => response(c.now(), 1_000), ok)).outcome).toBe('fresh');
    }
    expect(cache.stats.bytes).toBeLessThanOrEqual(10_000);
    expect(cache.stats.evictions).toBeGreaterThan(40);
  });

  it('counts a later brotli copy against the budget', async () => {
    const c = clock();
    const cache = new MicroCache({ budgetBytes: 5_000, staleIfErrorMs: 3_600_000, now: c.now });
    const a = (await cache.get('/a', windows, async () => response(c.now(), 1_000), ok)).response;
    await cache.get('/b', windows, async () => response(c.now(), 1_000), ok);
    cache.grow('/a', a, 3_000);
    expect(cache.stats.bytes).toBeLessThanOrEqual(5_000);
    expect(cache.peek('/a')).toBeUndefined();
  });

  it('adopts another worker’s copy only when it is newer', async () => {
    const c = clock();
    const cache = new MicroCache({ budgetBytes: 1 << 20, staleIfErrorMs: 3_600_000, now: c.now });
    await cache.get('/api/status', windows, async () => response(c.now()), ok);
    cache.adopt('/api/status', response(c.now() - 5_000));
    expect(cache.peek('/api/status')!.storedAt).toBe(c.now());
    cache.adopt('/api/status', response(c.now() + 1));
    expect(cache.peek('/api/status')!.storedAt).toBe(c.now() + 1);
  });

  it('does not store what is not storable, and hands it back for the caller to answer', async () => {
    const c = clock();
    const cache = new MicroCache({ budgetBytes: 1 << 20, staleIfErrorMs: 3_600_000, now: c.now });
    const r = await cache.get('/', windows, async () => response(c.now(), 10, 500), ok);
    expect(r.response.status).toBe(500);
    expect(cache.peek('/')).toBeUndefined();
  });
});
