// The per-host politeness budget: Retry-After is honoured (no request until it has passed), concurrency
// per host is capped, request starts are spaced, and waiting past the deadline is not the target's fault.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHostBudget, parseRetryAfterSec } from '@/lib/probes/host-budget';
import { runProbe } from '@/lib/probes/registry';
import { MISBEHAVIOURS, fakeProbeContext, sendJson, startFakeServer, startMisbehavingServer, testMonitor, type FakeServer, type MisbehavingServer } from '@/tests/fixtures/fake-upstreams';

describe('parseRetryAfterSec', () => {
  const now = Date.parse('2025-10-20T07:00:00Z');
  it.each([
    ['30', 30],
    [' 0 ', 0],
    ['Mon, 20 Oct 2025 07:02:00 GMT', 120],
    ['Mon, 20 Oct 2025 06:00:00 GMT', 0],
    ['soon', undefined],
  ])('%j → %s', (value, expected) => {
    expect(parseRetryAfterSec(value, now)).toBe(expected);
  });
  it('no header → undefined', () => expect(parseRetryAfterSec(null, now)).toBeUndefined());
});

describe('a host that answered 429 with Retry-After', () => {
  let upstream: MisbehavingServer;
  beforeAll(async () => void (upstream = await startMisbehavingServer()));
  afterAll(() => upstream.close());

  it('is not asked again until Retry-After has passed, and each skipped probe is ineligible/rate_limited', async () => {
    let nowMs = Date.now();
    const budget = createHostBudget({ now: () => nowMs });
    const ctx = fakeProbeContext({ fetch: budget.wrap(fetch), now: () => nowMs });
    const monitor = testMonitor({ kind: 'http', url: upstream.url + MISBEHAVIOURS.rateLimited });
    const count = () => upstream.requests.filter((r) => r.path === MISBEHAVIOURS.rateLimited).length;

    const first = await runProbe(monitor, ctx);
    expect(first).toMatchObject({ outcome: 'ineligible', reason: 'rate_limited', facts: { retryAfterSec: 30 } });
    expect(count()).toBe(1);

    nowMs += 10_000;
    const skipped = await runProbe(monitor, ctx);
    expect(skipped).toMatchObject({ outcome: 'ineligible', reason: 'rate_limited', facts: { retryAfterSec: 20 } });
    expect(skipped.facts.detail).toMatch(/not asked/);
    expect(count()).toBe(1);

    nowMs += 21_000;
    await runProbe(monitor, ctx);
    expect(count()).toBe(2);
  });

  it('other hosts are not held back by it', async () => {
    let nowMs = Date.now();
    const budget = createHostBudget({ now: () => nowMs });
    const ctx = fakeProbeContext({ fetch: budget.wrap(fetch) });
    await runProbe(testMonitor({ kind: 'http', url: upstream.url + MISBEHAVIOURS.rateLimited }), ctx);
    const other = await startFakeServer((_req, res) => sendJson(res, 200, { ok: true }));
    try {
      expect((await runProbe(testMonitor({ kind: 'http', url: `${other.url}/` }), ctx)).outcome).toBe('up');
    } finally {
      await other.close();
    }
  });
});

describe('concurrency and spacing per host', () => {
  let gate: FakeServer;
  let inFlight = 0;
  let maxInFlight = 0;
  let releaseAll: () => void = () => undefined;
  let released = Promise.resolve();

  beforeAll(async () => {
    gate = await startFakeServer(async (_req, res) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await released;
      inFlight--;
      sendJson(res, 200, { ok: true });
    });
  });
  afterAll(() => gate.close());

  it('never has more than maxConcurrentPerHost requests in flight to one host', async () => {
    released = new Promise((resolve) => (releaseAll = resolve));
    maxInFlight = 0;
    const budget = createHostBudget({ maxConcurrentPerHost: 2 });
    const ctx = fakeProbeContext({ fetch: budget.wrap(fetch) });
    const monitor = testMonitor({ kind: 'http', url: `${gate.url}/slow`, timeoutMs: 3000 });
    const arrived = [gate.nextRequest('/slow'), gate.nextRequest('/slow')];
    const probes = Array.from({ length: 5 }, () => runProbe(monitor, ctx));
    await Promise.all(arrived);
    expect(budget.inFlight(new URL(gate.url).host)).toBe(2);
    releaseAll();
    const results = await Promise.all(probes);
    expect(results.every((r) => r.outcome === 'up')).toBe(true);
    expect(maxInFlight).toBe(2);
  });

  it('spaces request starts to one host by minIntervalMs, through runProbe', async () => {
    released = Promise.resolve();
    const budget = createHostBudget({ maxConcurrentPerHost: 4, minIntervalMs: 150 });
    // Arrival at the server adds each connection's own set-up time, and a clock read when a request is
    // made adds whatever pause the process takes after the budget let it go (more than 10 ms on a loaded
    // machine), so single gaps measured here would be noise: the last of three starts comes at least two
    // intervals after the moment before the first was asked for (a pause only makes that later). The
    // gaps one by one are held exactly, on a clock the test drives, in the next test.
    const starts: number[] = [];
    const recording = ((input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
      starts.push(Date.now());
      return fetch(input, init);
    }) as typeof fetch;
    const ctx = fakeProbeContext({ fetch: budget.wrap(recording) });
    const monitor = testMonitor({ kind: 'http', url: `${gate.url}/spaced` });
    const before = Date.now();
    await Promise.all([runProbe(monitor, ctx), runProbe(monitor, ctx), runProbe(monitor, ctx)]);
    expect(gate.requests.filter((r) => r.path === '/spaced')).toHaveLength(3);
    expect(starts).toHaveLength(3);
    expect(starts[2]! - before).toBeGreaterThanOrEqual(300);
  });

  it('lets each request to one host go minIntervalMs after the one before, never sooner', async () => {
    vi.useFakeTimers();
    try {
      const budget = createHostBudget({ maxConcurrentPerHost: 4, minIntervalMs: 150 });
      const starts: number[] = [];
      const recording = (async () => {
        starts.push(Date.now());
        return new Response('ok');
      }) as typeof fetch;
      const wrapped = budget.wrap(recording);
      const all = Promise.all([1, 2, 3, 4].map(() => wrapped('https://spaced.example/')));
      await vi.advanceTimersByTimeAsync(1000);
      await all;
      expect(starts.map((t) => t - starts[0]!)).toEqual([0, 150, 300, 450]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a probe still waiting for its turn at the deadline is ineligible/rate_limited, not a timeout of the target', async () => {
    released = new Promise((resolve) => (releaseAll = resolve));
    const budget = createHostBudget({ maxConcurrentPerHost: 1 });
    const ctx = fakeProbeContext({ fetch: budget.wrap(fetch) });
    const holder = runProbe(testMonitor({ kind: 'http', url: `${gate.url}/held`, timeoutMs: 3000 }), ctx);
    await gate.nextRequest('/held');
    const waiter = await runProbe(testMonitor({ kind: 'http', url: `${gate.url}/held`, timeoutMs: 300 }), ctx);
    expect(waiter).toMatchObject({ outcome: 'ineligible', reason: 'rate_limited' });
    expect(waiter.facts.detail).toMatch(/politeness budget/);
    releaseAll();
    expect((await holder).outcome).toBe('up');
  });
});
