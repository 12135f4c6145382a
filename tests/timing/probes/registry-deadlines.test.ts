// runProbe never throws and always meets its deadline, for every kind of probe against every way an
// upstream can misbehave. It measures wall time, so it runs in the timing group, alone (vitest.config.ts):
// beside the CPU-heavy unit files, a probe's deadline timer could fire late for reasons not its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBE_KINDS, type Monitor } from '@/lib/catalog/schema';
import { runProbe } from '@/lib/probes/registry';
import { OUTCOMES } from '@/lib/probes/types';
import { MISBEHAVIOURS, fakeProbeContext, startMisbehavingServer, testMonitor, type MisbehavingServer } from '@/tests/fixtures/fake-upstreams';

let upstream: MisbehavingServer;
beforeAll(async () => {
  upstream = await startMisbehavingServer();
});
afterAll(() => upstream.close());

/** One monitor of every kind, all aimed at the same URL. */
function everyKind(url: string, timeoutMs: number): Monitor[] {
  return [
    testMonitor({ kind: 'http', url, timeoutMs, jsonPath: 'ok' }),
    testMonitor({ kind: 'exchange', exchange: 'kraken', baseUrl: url, pair: 'XBTUSD', timeoutMs }),
    testMonitor({ kind: 'evm', url, chainId: 1, finality: true, timeoutMs }),
    testMonitor({ kind: 'solana', url, timeoutMs }),
    testMonitor({ kind: 'bitcoin', url, timeoutMs }),
    testMonitor({ kind: 'statuspage', url, timeoutMs }),
    testMonitor({ kind: 'cloud-feed', url, format: 'aws-rss', timeoutMs }),
  ];
}

describe('runProbe never throws and always meets its deadline', () => {
  const cases = [MISBEHAVIOURS.hang, MISBEHAVIOURS.drip, MISBEHAVIOURS.invalidJson, MISBEHAVIOURS.serverError, MISBEHAVIOURS.rateLimited, MISBEHAVIOURS.huge].flatMap((path) =>
    PROBE_KINDS.map((kind) => ({ kind, path })),
  );
  it.concurrent.each(cases)('$kind on $path → a result within deadline + 1 s', async ({ kind, path }) => {
    const timeoutMs = 700;
    const monitor = everyKind(`${upstream.url}${path}`, timeoutMs).find((m) => m.kind === kind)!;
    const started = performance.now();
    const result = await runProbe(monitor, fakeProbeContext());
    expect(performance.now() - started).toBeLessThan(timeoutMs + 1000);
    expect(OUTCOMES).toContain(result.outcome);
    expect(result.outcome).not.toBe('up');
    expect(result).toMatchObject({ monitorId: monitor.id, kind, vantage: 'test-vantage' });
  });

  it.each([
    ['a fetch that throws synchronously', (() => {
      throw new Error('boom');
    }) as unknown as typeof fetch],
    ['a fetch that resolves to something that is not a Response', (async () => ({ status: 200 })) as unknown as typeof fetch],
  ])('%s → down, invalid_response, with a detail', async (_name, brokenFetch) => {
    for (const monitor of everyKind('http://93.184.216.34/', 1000)) {
      const result = await runProbe({ ...monitor, allowPrivateNetwork: true }, fakeProbeContext({ fetch: brokenFetch }));
      expect(result).toMatchObject({ outcome: 'down', reason: 'invalid_response' });
      expect(result.facts.detail).toBeTruthy();
    }
  });

  it('a fetch that ignores its abort signal is abandoned at the deadline → timeout', async () => {
    const deaf = (() => new Promise(() => undefined)) as unknown as typeof fetch;
    const started = performance.now();
    const result = await runProbe(testMonitor({ kind: 'http', url: 'http://93.184.216.34/', timeoutMs: 300 }), fakeProbeContext({ fetch: deaf }));
    expect(result).toMatchObject({ outcome: 'down', reason: 'timeout' });
    expect(performance.now() - started).toBeLessThan(1300);
  });

  it('a clock that throws still gives a result', async () => {
    const now = () => {
      throw new Error('clock broken');
    };
    const result = await runProbe(testMonitor({ kind: 'http', url: `${upstream.url}${MISBEHAVIOURS.ok}` }), fakeProbeContext({ now }));
    expect(OUTCOMES).toContain(result.outcome);
  });
});

