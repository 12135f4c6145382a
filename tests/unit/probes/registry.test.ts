// runProbe is the scheduler's single entry point: every kind is registered, monitors without their API key
// are skipped, and keys go into URLs but never into results. That nothing makes it throw or miss its
// deadline is tests/timing/probes/registry-deadlines.test.ts (it measures time, so it runs alone).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBE_KINDS } from '@/lib/catalog/schema';
import { PROBES, runProbe } from '@/lib/probes/registry';
import { fakeProbeContext, sendJson, startFakeServer, testMonitor, type FakeServer } from '@/tests/fixtures/fake-upstreams';

let echo: FakeServer;
beforeAll(async () => {
  echo = await startFakeServer((req, res) => sendJson(res, 500, { path: req.url }));
});
afterAll(() => echo.close());

describe('PROBES', () => {
  it('has a probe for every kind, registered under its own kind', () => {
    expect(Object.keys(PROBES).sort()).toEqual([...PROBE_KINDS].sort());
    for (const kind of PROBE_KINDS) expect(PROBES[kind].kind).toBe(kind);
  });
});

describe('monitors with an API key', () => {
  const withKey = () => testMonitor({ kind: 'http', url: `${echo.url}/v3/{apiKey}`, apiKeyEnv: 'MARSAD_TEST_RPC_KEY' });

  it('are skipped, ineligible with a detail naming the variable, when the variable is unset or empty', async () => {
    const before = echo.requests.length;
    for (const env of [{}, { MARSAD_TEST_RPC_KEY: '' }]) {
      const result = await runProbe(withKey(), fakeProbeContext(), { env });
      expect(result).toMatchObject({ outcome: 'ineligible', reason: null, latencyMs: 0 });
      expect(result.facts.detail).toMatch(/MARSAD_TEST_RPC_KEY/);
    }
    expect(echo.requests.length).toBe(before);
  });

  it('get the key in place of {apiKey} in the URL, and the key appears nowhere in the result', async () => {
    const key = 'k3y-s3cr3t-0123456789';
    const seen = echo.nextRequest('/v3/');
    const result = await runProbe(withKey(), fakeProbeContext(), { env: { MARSAD_TEST_RPC_KEY: key } });
    expect((await seen).path).toBe(`/v3/${key}`);
    expect(result).toMatchObject({ outcome: 'down', reason: 'http_status' });
    expect(JSON.stringify(result)).not.toContain(key);
  });
});
