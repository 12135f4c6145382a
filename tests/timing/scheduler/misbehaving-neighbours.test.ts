// The real scheduler with the real probes: misbehaving upstreams each end within their deadline with
// the right reason, while a healthy monitor beside them keeps its schedule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monitorSchema, type Monitor } from '@/lib/catalog/schema';
import { runProbe } from '@/lib/probes/registry';
import { createScheduler, type ScheduledResult } from '@/lib/scheduler/scheduler';
import { MISBEHAVIOURS, startMisbehavingServer, type MisbehavingServer } from '../../fixtures/fake-upstreams';

let server: MisbehavingServer;
beforeAll(async () => {
  server = await startMisbehavingServer();
});
afterAll(async () => {
  await server?.close();
});

const TIMEOUT_MS = 1_000;
const monitor = (id: string, path: string): Monitor =>
  monitorSchema.parse({ id, kind: 'http', operator: 'fake', role: 'access', url: `${server.url}${path}`, intervalSec: 1, timeoutMs: TIMEOUT_MS, maxBytes: 200_000, allowPrivateNetwork: true });

describe('the scheduler among misbehaving upstreams', () => {
  it('each misbehaviour ends within its deadline + 1 s with its reason, and the healthy monitor keeps its schedule', async () => {
    const cases: [string, string, string][] = [
      ['hang', MISBEHAVIOURS.hang, 'timeout'],
      ['drip', MISBEHAVIOURS.drip, 'timeout'],
      ['huge', MISBEHAVIOURS.huge, 'invalid_response'],
      ['error', MISBEHAVIOURS.serverError, 'http_status'],
      ['loop', MISBEHAVIOURS.redirectLoop, 'http_status'],
      ['legal', MISBEHAVIOURS.unavailableForLegalReasons, 'blocked'],
    ];
    const results: ScheduledResult[] = [];
    const ctx = { fetch, vantage: 'test', now: () => Date.now(), userAgent: 'Marsad-test' };
    const scheduler = createScheduler({
      monitors: [{ monitor: monitor('healthy', MISBEHAVIOURS.ok), serviceId: 's' }, ...cases.map(([id, path]) => ({ monitor: monitor(id, path), serviceId: 's' }))],
      run: (m) => runProbe(m, ctx),
      write: async () => undefined,
      onResult: (r) => results.push(r),
      concurrency: 8,
    });
    const rss0 = process.memoryUsage().rss;
    scheduler.start();
    await new Promise((r) => setTimeout(r, 4_500));
    await scheduler.stop();

    const healthy = results.filter((r) => r.monitorId === 'healthy');
    expect(healthy.length).toBeGreaterThanOrEqual(3);
    expect(healthy.every((r) => r.outcome === 'up')).toBe(true);
    expect(scheduler.stats().lagP99Ms).toBeLessThan(250);
    for (const [id, , reason] of cases) {
      const mine = results.filter((r) => r.monitorId === id);
      expect(mine.length, id).toBeGreaterThan(0);
      for (const r of mine) {
        expect(r.reason, id).toBe(reason);
        expect(r.latencyMs, id).toBeLessThanOrEqual(TIMEOUT_MS + 1_000);
      }
    }
    // The 50 MB body is cut at the cap: memory does not grow by anything like it.
    expect(process.memoryUsage().rss - rss0).toBeLessThan(40 * 1024 * 1024);
  }, 15_000);
});
