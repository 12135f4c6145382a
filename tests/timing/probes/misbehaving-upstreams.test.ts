// Every way an upstream can misbehave ends in one ProbeResult with the right outcome and reason, within the
// monitor's deadline plus one second, and never with an exception.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProbe } from '@/lib/probes/registry';
import {
  HUGE_BODY_BYTES,
  MISBEHAVIOURS,
  TEST_USER_AGENT,
  UNRESOLVABLE_URL,
  fakeProbeContext,
  reserveRefusedUrl,
  startMisbehavingServer,
  startSelfSignedHttpsServer,
  testMonitor,
  type FakeHttpsServer,
  type MisbehavingServer,
} from '@/tests/fixtures/fake-upstreams';

const TIMEOUT_MS = 800;
let upstream: MisbehavingServer;
let https: FakeHttpsServer;

beforeAll(async () => {
  [upstream, https] = await Promise.all([startMisbehavingServer(), startSelfSignedHttpsServer()]);
});
afterAll(async () => {
  await Promise.all([upstream.close(), https.close()]);
});

async function probeUrl(url: string, extra: Record<string, unknown> = {}) {
  const monitor = testMonitor({ kind: 'http', url, timeoutMs: TIMEOUT_MS, maxBytes: 100_000, ...extra });
  const started = performance.now();
  const result = await runProbe(monitor, fakeProbeContext());
  return { result, elapsedMs: performance.now() - started };
}

describe.concurrent('an upstream that misbehaves', () => {
  it.each([
    { path: MISBEHAVIOURS.hang, name: 'never answers → down, timeout', outcome: 'down', reason: 'timeout' },
    { path: MISBEHAVIOURS.hangBody, name: 'sends headers but no body → down, timeout', outcome: 'down', reason: 'timeout' },
    { path: MISBEHAVIOURS.drip, name: 'drips one byte a second → down, timeout', outcome: 'down', reason: 'timeout' },
    { path: MISBEHAVIOURS.serverError, name: 'answers 500 → down, http_status', outcome: 'down', reason: 'http_status', httpStatus: 500 },
    { path: MISBEHAVIOURS.unavailable, name: 'answers 503 → down, http_status', outcome: 'down', reason: 'http_status', httpStatus: 503 },
    { path: MISBEHAVIOURS.notFound, name: 'answers 404 where 200 is expected → down, http_status', outcome: 'down', reason: 'http_status', httpStatus: 404 },
    { path: MISBEHAVIOURS.forbidden, name: 'answers 403 → ineligible, blocked', outcome: 'ineligible', reason: 'blocked', httpStatus: 403 },
    { path: MISBEHAVIOURS.unavailableForLegalReasons, name: 'answers 451 → ineligible, blocked', outcome: 'ineligible', reason: 'blocked', httpStatus: 451 },
    { path: MISBEHAVIOURS.rateLimited, name: 'answers 429 → ineligible, rate_limited', outcome: 'ineligible', reason: 'rate_limited', httpStatus: 429 },
    { path: MISBEHAVIOURS.redirectLoop, name: 'redirects in a loop → down, http_status with the 3xx', outcome: 'down', reason: 'http_status', httpStatus: 302 },
    { path: MISBEHAVIOURS.hugeDeclared, name: 'announces 50 MB → down, invalid_response, before reading', outcome: 'down', reason: 'invalid_response' },
  ])('$name', async ({ path, outcome, reason, httpStatus }) => {
    const { result, elapsedMs } = await probeUrl(upstream.url + path);
    expect(result).toMatchObject({ outcome, reason, kind: 'http', vantage: 'test-vantage' });
    if (httpStatus !== undefined) expect(result.facts.httpStatus).toBe(httpStatus);
    expect(elapsedMs).toBeLessThan(TIMEOUT_MS + 1000);
    expect(result.latencyMs).toBeLessThan(TIMEOUT_MS + 1000);
  });

  it('answers invalid JSON where a JSON path is expected → down, invalid_response', async () => {
    const { result } = await probeUrl(upstream.url + MISBEHAVIOURS.invalidJson, { jsonPath: 'ok' });
    expect(result).toMatchObject({ outcome: 'down', reason: 'invalid_response' });
    expect(result.facts.detail).toMatch(/not valid JSON/);
  });

  it('a 429 keeps its Retry-After seconds in facts', async () => {
    const { result } = await probeUrl(upstream.url + MISBEHAVIOURS.rateLimited);
    expect(result.facts.retryAfterSec).toBe(30);
  });

  it('a Retry-After given as an HTTP date becomes seconds from now', async () => {
    const { result } = await probeUrl(upstream.url + MISBEHAVIOURS.rateLimitedDate);
    expect(result.facts.retryAfterSec).toBeGreaterThanOrEqual(118);
    expect(result.facts.retryAfterSec).toBeLessThanOrEqual(121);
  });

  it('a refused connection → down, connect_refused', async () => {
    const { result, elapsedMs } = await probeUrl(await reserveRefusedUrl());
    expect(result).toMatchObject({ outcome: 'down', reason: 'connect_refused' });
    expect(elapsedMs).toBeLessThan(TIMEOUT_MS + 1000);
  });

  it.each([true, false])('an unresolvable host → down, dns (allowPrivateNetwork %s)', async (allowPrivateNetwork) => {
    const { result } = await probeUrl(UNRESOLVABLE_URL, { allowPrivateNetwork, timeoutMs: 3000 });
    expect(result).toMatchObject({ outcome: 'down', reason: 'dns' });
  });

  it('an untrusted certificate → down, tls', async () => {
    const { result } = await probeUrl(`${https.url}/`);
    expect(result).toMatchObject({ outcome: 'down', reason: 'tls' });
  });

  it('a single redirect is followed to a good answer → up', async () => {
    const { result } = await probeUrl(upstream.url + MISBEHAVIOURS.redirectOnce, { jsonPath: 'ok', jsonEquals: true });
    expect(result).toMatchObject({ outcome: 'up', reason: null });
    expect(result.facts.httpStatus).toBe(200);
  });
});

describe('what every probe records', () => {
  it('keeps the upstream Date header as serverDateMs and sends the context User-Agent', async () => {
    const seen = upstream.nextRequest(MISBEHAVIOURS.ok);
    const { result } = await probeUrl(upstream.url + MISBEHAVIOURS.ok);
    expect(result.outcome).toBe('up');
    expect(Math.abs((result.facts.serverDateMs ?? 0) - Date.now())).toBeLessThan(5000);
    expect((await seen).headers['user-agent']).toBe(TEST_USER_AGENT);
  });

  it('a caller abort (shutdown) ends the probe at once as ineligible, not as a failure of the target', async () => {
    const controller = new AbortController();
    const monitor = testMonitor({ kind: 'http', url: upstream.url + MISBEHAVIOURS.hang, timeoutMs: 5000 });
    const pending = runProbe(monitor, fakeProbeContext({ signal: controller.signal }));
    await upstream.nextRequest(MISBEHAVIOURS.hang);
    controller.abort();
    const result = await pending;
    expect(result).toMatchObject({ outcome: 'ineligible', reason: null });
    expect(result.latencyMs).toBeLessThan(1000);
  });
});

describe('the byte cap on a 50 MB body', () => {
  it('stops reading at maxBytes: the server could only push a few MB before the probe hung up', async () => {
    const aborted = upstream.nextHugeAbort();
    const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const { result } = await probeUrl(upstream.url + MISBEHAVIOURS.huge, { maxBytes: 200_000 });
    const heapAfter = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    expect(result).toMatchObject({ outcome: 'down', reason: 'invalid_response' });
    expect(result.facts.detail).toMatch(/cap/);
    const sentBytes = await aborted;
    // Socket buffers on both sides hold a few MB at most; reading everything would mean 50 MB.
    expect(sentBytes).toBeLessThan(HUGE_BODY_BYTES / 5);
    expect(heapAfter - heapBefore).toBeLessThan(30 * 1024 * 1024);
  });
});
