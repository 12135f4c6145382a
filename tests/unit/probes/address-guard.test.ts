// Probes refuse loopback, private and link-local targets (IPv4 and IPv6, including via DNS and redirects)
// unless the monitor sets allowPrivateNetwork, and the refusal is `private_address` (ineligible, not an outage),
// a reason of its own so the service page can say "blocked: private address not allowed" (HTTP 403/451 stay `blocked`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNonPublicAddress, publicOnlyLookup } from '@/lib/probes/address-guard';
import { probeFetch } from '@/lib/probes/probe-fetch';
import { runProbe } from '@/lib/probes/registry';
import { fakeProbeContext, sendJson, startFakeServer, testMonitor, type FakeServer } from '@/tests/fixtures/fake-upstreams';

describe('isNonPublicAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true], // cloud metadata
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['224.0.0.1', true],
    ['8.8.8.8', false],
    ['93.184.216.34', false],
    ['::1', true],
    ['::', true],
    ['fd00::1', true],
    ['fe80::1', true],
    ['ff02::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['64:ff9b::a00:1', true], // NAT64 of 10.0.0.1
    ['::ffff:8.8.8.8', false],
    ['2606:4700:4700::1111', false],
    ['not-an-ip', true],
  ])('%s → %s', (address, expected) => {
    expect(isNonPublicAddress(address)).toBe(expected);
  });
});

describe('a probe aimed at a non-public address', () => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await startFakeServer((req, res) => {
      if (req.url === '/go-private') {
        res.writeHead(302, { location: `${fake.url}/ok` });
        return void res.end();
      }
      sendJson(res, 200, { ok: true });
    });
  });
  afterAll(() => fake.close());

  it('is refused by default, as ineligible/private_address with a detail, without any request', async () => {
    const before = fake.requests.length;
    const result = await runProbe(testMonitor({ kind: 'http', url: `${fake.url}/ok`, allowPrivateNetwork: false }), fakeProbeContext());
    expect(result).toMatchObject({ outcome: 'ineligible', reason: 'private_address' });
    expect(result.facts.detail).toMatch(/127\.0\.0\.1.*allowPrivateNetwork/);
    expect(fake.requests.length).toBe(before);
  });

  it('is probed when the monitor allows the private network', async () => {
    const result = await runProbe(testMonitor({ kind: 'http', url: `${fake.url}/ok`, allowPrivateNetwork: true }), fakeProbeContext());
    expect(result).toMatchObject({ outcome: 'up', reason: null });
  });

  it.each([
    ['a name resolving to 10.0.0.7', 'http://intranet.example/', ['10.0.0.7']],
    ['a name with one private address among public ones', 'http://mixed.example/', ['93.184.216.34', 'fd12::1']],
    ['an IPv6 loopback literal', 'http://[::1]:9/', []],
    ['the cloud metadata address', 'http://169.254.169.254/latest/meta-data/', []],
  ])('refuses %s', async (_name, url, addresses) => {
    const lookup = async () => addresses;
    const result = await runProbe(testMonitor({ kind: 'http', url, allowPrivateNetwork: false }), fakeProbeContext({ lookup }));
    expect(result).toMatchObject({ outcome: 'ineligible', reason: 'private_address' });
  });

  it('a resolver failure is a dns failure', async () => {
    const lookup = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND gone.example'), { code: 'ENOTFOUND' });
    };
    const result = await runProbe(testMonitor({ kind: 'http', url: 'http://gone.example/', allowPrivateNetwork: false }), fakeProbeContext({ lookup }));
    expect(result).toMatchObject({ outcome: 'down', reason: 'dns' });
  });

  it('re-checks every redirect: a public host redirecting to a private one is refused', async () => {
    // "public.example" resolves (for the guard) to a public address, and is sent to the fake by the fetch.
    const lookup = async () => ['93.184.216.34'];
    const toFake: typeof fetch = (input, init) => {
      const url = new URL(String(input));
      if (url.hostname === 'public.example') url.hostname = '127.0.0.1';
      return probeFetch(url, init);
    };
    const okRequests = () => fake.requests.filter((r) => r.path === '/ok').length;
    const before = okRequests();
    const monitor = testMonitor({ kind: 'http', url: `http://public.example:${fake.port}/go-private`, allowPrivateNetwork: false });
    const result = await runProbe(monitor, fakeProbeContext({ lookup, fetch: toFake }));
    expect(result).toMatchObject({ outcome: 'ineligible', reason: 'private_address' });
    expect(okRequests()).toBe(before);
  });

  it('checks the addresses the socket connects to: a name that turns private after the guard looked (DNS rebinding) is refused', async () => {
    // The guard's lookup is told a public address; the socket's own lookup of "localhost" gets loopback.
    const lookup = async () => ['93.184.216.34'];
    const before = fake.requests.length;
    const monitor = testMonitor({ kind: 'http', url: `http://localhost:${fake.port}/ok`, allowPrivateNetwork: false });
    const result = await runProbe(monitor, fakeProbeContext({ lookup }));
    expect(result).toMatchObject({ outcome: 'ineligible', reason: 'private_address' });
    expect(result.facts.detail).toMatch(/localhost resolved to non-public address \S+ when connecting/);
    expect(fake.requests.length).toBe(before);
  });

  it("the socket's lookup passes public addresses through in the shape asked for", async () => {
    const one = await new Promise<unknown[]>((resolve) => publicOnlyLookup('93.184.216.34', {}, (...args) => resolve(args)));
    expect(one).toEqual([null, '93.184.216.34', 4]);
    const all = await new Promise<unknown[]>((resolve) => publicOnlyLookup('93.184.216.34', { all: true }, (...args) => resolve(args)));
    expect(all).toEqual([null, [{ address: '93.184.216.34', family: 4 }]]);
    const refused = await new Promise<unknown[]>((resolve) => publicOnlyLookup('10.1.2.3', {}, (...args) => resolve(args)));
    expect(refused[0]).toMatchObject({ code: 'ERR_MARSAD_NON_PUBLIC_ADDRESS' });
  });
});
