// Each probe run records the address its socket connected to (facts.address), through the real probe
// fetch path (undici, the run's own pool), even with many runs in flight at once to different hosts.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProbe } from '@/lib/probes/registry';
import { fakeProbeContext, testMonitor } from '@/tests/fixtures/fake-upstreams/probe-context';

interface Served {
  server: http.Server;
  url: string;
  host: string;
}

/** A server on one loopback address; it answers with the local address the connection arrived on. */
async function serve(host: string, handler?: http.RequestListener): Promise<Served> {
  const server = http.createServer(
    handler ??
      ((req, res) => {
        // A little delay so that runs to different hosts overlap.
        setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ at: req.socket.localAddress })), 20);
      }),
  );
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return { server, host, url: `http://${host}:${port}/` };
}

const servers: Served[] = [];

beforeAll(async () => {
  for (const host of ['127.0.0.1', '127.0.0.2', '127.0.0.3']) servers.push(await serve(host));
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.server.close(resolve))));
});

const monitorFor = (url: string, id = 'addr') => testMonitor({ kind: 'http', id, url });

describe('the address a probe connected to', () => {
  it('is in the result\'s facts', async () => {
    const result = await runProbe(monitorFor(servers[1]!.url), fakeProbeContext());
    expect(result.outcome).toBe('up');
    expect(result.facts.address).toBe('127.0.0.2');
  });

  it('belongs to its own run when many runs to different hosts are in flight at once', async () => {
    const runs = Array.from({ length: 30 }, (_, i) => servers[i % 3]!);
    const results = await Promise.all(runs.map((s, i) => runProbe(monitorFor(s.url, `addr-${i}`), fakeProbeContext())));
    expect(results.map((r) => r.outcome)).toEqual(runs.map(() => 'up'));
    expect(results.map((r) => r.facts.address)).toEqual(runs.map((s) => s.host));
  });

  it('is the last hop\'s after a redirect to another host', async () => {
    const target = servers[2]!;
    const redirect = await serve('127.0.0.1', (_req, res) => res.writeHead(302, { location: target.url }).end());
    try {
      const result = await runProbe(monitorFor(redirect.url), fakeProbeContext());
      expect(result.outcome).toBe('up');
      expect(result.facts.address).toBe('127.0.0.3');
    } finally {
      await new Promise((resolve) => redirect.server.close(resolve));
    }
  });

  it('is kept when the endpoint answered with an error status', async () => {
    const failing = await serve('127.0.0.2', (_req, res) => res.writeHead(503).end('down'));
    try {
      const result = await runProbe(monitorFor(failing.url), fakeProbeContext());
      expect(result).toMatchObject({ outcome: 'down', reason: 'http_status' });
      expect(result.facts.address).toBe('127.0.0.2');
    } finally {
      await new Promise((resolve) => failing.server.close(resolve));
    }
  });

  it('is absent when nothing connected (connection refused)', async () => {
    const closed = await serve('127.0.0.1');
    await new Promise((resolve) => closed.server.close(resolve));
    const result = await runProbe(monitorFor(closed.url), fakeProbeContext());
    expect(result.outcome).toBe('down');
    expect(result.facts.address).toBeUndefined();
  });

  it('is what the socket reached for a name too (localhost)', async () => {
    const named = await serve('127.0.0.1');
    try {
      const url = named.url.replace('127.0.0.1', 'localhost');
      const result = await runProbe(monitorFor(url), fakeProbeContext());
      // localhost may resolve to ::1 first; only 127.0.0.1 listens, so the socket that answered is that one.
      expect(result.outcome).toBe('up');
      expect(result.facts.address).toBe('127.0.0.1');
    } finally {
      await new Promise((resolve) => named.server.close(resolve));
    }
  });
});
