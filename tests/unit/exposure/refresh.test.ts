// The run-time refresh against a fake provider on 127.0.0.1: a good answer is used and kept on disk, a
// malformed one keeps the copy in use, an unreachable address keeps the snapshot; a restart starts from
// the kept copy.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getActiveFeeds, getAddressMapper, resetActiveRanges } from '@/lib/exposure/active';
import { feedById, type FeedDefinition } from '@/lib/exposure/feeds';
import { readRangeRefreshSettings, startRangeRefresh, startRangesFromSettings } from '@/lib/exposure/refresh';

const GOOD_V4 = [...Array.from({ length: 20 }, (_, i) => `198.51.${i}.0/24`), '203.0.113.0/24'].join('\n');
const GOOD_V6 = '2001:db8::/32\n';
let body: { v4: string; v6: string; status: number } = { v4: GOOD_V4, v6: GOOD_V6, status: 200 };
let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    res.writeHead(body.status, { 'content-type': 'text/plain' }).end(req.url === '/ips-v6' ? body.v6 : body.v4);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

let dir: string;
beforeEach(() => {
  resetActiveRanges();
  body = { v4: GOOD_V4, v6: GOOD_V6, status: 200 };
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-ranges-'));
});

/** Cloudflare's reader, pointed at the fake. */
function fakeCloudflare(urlBase = base): FeedDefinition {
  return { ...feedById('cloudflare')!, refreshUrls: [`${urlBase}/ips-v4`, `${urlBase}/ips-v6`] };
}
const NOW = Date.parse('2026-03-01T12:00:00Z');
const cloudflare = () => getActiveFeeds().find((f) => f.id === 'cloudflare')!;

describe('refreshing the address ranges', () => {
  it('uses a good answer at once, dated the day it was fetched, and keeps it on disk', async () => {
    expect(getAddressMapper()('198.51.7.1')).toBeNull();
    const refresh = startRangeRefresh({ dir, feeds: [fakeCloudflare()], now: () => NOW, firstAfterMs: 3_600_000 });
    try {
      expect(await refresh.refreshNow()).toEqual([{ feedId: 'cloudflare', result: 'updated', dataDate: '2026-03-01', prefixes: 22 }]);
    } finally {
      refresh.stop();
    }
    expect(cloudflare()).toMatchObject({ origin: 'fetched', dataDate: '2026-03-01', fetchedAtMs: NOW });
    expect(getAddressMapper()('198.51.7.1')).toMatchObject({ providerId: 'cloudflare', kind: 'cdn', snapshotDate: '2026-03-01', origin: 'fetched' });
    // The snapshot's own prefixes are no longer Cloudflare's in this copy.
    expect(getAddressMapper()('104.16.0.1')).toBeNull();
    expect(fs.existsSync(path.join(dir, 'cloudflare.json'))).toBe(true);

    // A restart starts from the kept copy, before any fetch.
    resetActiveRanges();
    const restarted = startRangeRefresh({ dir, feeds: [fakeCloudflare('http://127.0.0.1:9')], firstAfterMs: 3_600_000 });
    restarted.stop();
    expect(cloudflare()).toMatchObject({ origin: 'fetched', dataDate: '2026-03-01' });
  });

  it.each([
    ['an HTML error page', { v4: '<!doctype html><p>Rate limited</p>', v6: GOOD_V6, status: 200 }, /HTML/],
    ['a line that is not a prefix', { v4: `${GOOD_V4}\nnot-a-prefix`, v6: GOOD_V6, status: 200 }, /not a prefix/],
    ['a truncated list', { v4: '198.51.0.0/24', v6: '', status: 200 }, /fewer than/],
    ['an HTTP error', { v4: GOOD_V4, v6: GOOD_V6, status: 503 }, /HTTP 503/],
  ])('keeps the copy in use when the answer is %s', async (_name, answer, reason) => {
    const refresh = startRangeRefresh({ dir, feeds: [fakeCloudflare()], now: () => NOW, firstAfterMs: 3_600_000 });
    try {
      await refresh.refreshNow();
      expect(cloudflare().origin).toBe('fetched');
      body = answer;
      const [outcome] = await refresh.refreshNow();
      expect(outcome).toMatchObject({ feedId: 'cloudflare', result: 'kept' });
      expect(outcome?.result === 'kept' && outcome.reason).toMatch(reason);
    } finally {
      refresh.stop();
    }
    expect(cloudflare()).toMatchObject({ origin: 'fetched', dataDate: '2026-03-01' });
    expect(getAddressMapper()('198.51.7.1')).toMatchObject({ providerId: 'cloudflare' });
  });

  it('keeps the snapshot when the official address cannot be reached', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refresh = startRangeRefresh({ dir, feeds: [fakeCloudflare(`http://127.0.0.1:${port}`)], firstAfterMs: 3_600_000, timeoutMs: 2000 });
    try {
      expect(await refresh.refreshNow()).toMatchObject([{ feedId: 'cloudflare', result: 'kept' }]);
    } finally {
      refresh.stop();
    }
    expect(cloudflare()).toMatchObject({ origin: 'snapshot', dataDate: '2024-10-29' });
    expect(getAddressMapper()('104.16.0.1')).toMatchObject({ providerId: 'cloudflare', snapshotDate: '2024-10-29', origin: 'snapshot' });
  });

  it('ignores a kept copy that no longer reads', () => {
    fs.writeFileSync(path.join(dir, 'cloudflare.json'), '{"fetchedAtMs": 1, "feed": {"id": "cloudflare"}}');
    startRangeRefresh({ dir, feeds: [fakeCloudflare()], firstAfterMs: 3_600_000 }).stop();
    expect(cloudflare().origin).toBe('snapshot');
  });

  it('retries on its timer with the injected clock and fetch, sooner after a failure', async () => {
    const calls: string[] = [];
    const refresh = startRangeRefresh({
      dir: null,
      feeds: [fakeCloudflare()],
      fetch: async (input) => {
        calls.push(String(input));
        throw new Error('offline');
      },
      firstAfterMs: 10,
      retryAfterMs: 30,
      everyMs: 3_600_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    refresh.stop();
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(cloudflare().origin).toBe('snapshot');
  });
});

describe('the refresh settings', () => {
  it('are on by default, off when asked, and refuse anything else', () => {
    expect(readRangeRefreshSettings({ MARSAD_DATA_DIR: '/tmp/d' })).toEqual({ enabled: true, dir: '/tmp/d/ip-ranges', extraFile: null });
    expect(readRangeRefreshSettings({ MARSAD_IP_RANGES_REFRESH: 'off' }).enabled).toBe(false);
    expect(() => readRangeRefreshSettings({ MARSAD_IP_RANGES_REFRESH: 'sometimes' })).toThrow(/MARSAD_IP_RANGES_REFRESH/);
  });

  it('load the extra tables file (the lab\'s fake provider on 127.0.0.x) and start nothing when off', () => {
    const file = path.join(dir, 'lab-ranges.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        source: 'test',
        feeds: [{ id: 'lab', dataDate: '2026-01-01', refreshUrls: null, providers: [{ id: 'lab-cloud', name: 'Lab Cloud', kind: 'cloud', groups: [{ region: 'lab-east-1', prefixes: ['127.0.0.0/24'] }] }] }],
      }),
    );
    const started = startRangesFromSettings({ enabled: false, dir, extraFile: file });
    expect(started).toBeNull();
    expect(getAddressMapper()('127.0.0.9')).toMatchObject({ providerId: 'lab-cloud', region: 'lab-east-1' });
    fs.writeFileSync(file, '{"version": 1, "feeds": []}');
    expect(() => startRangesFromSettings({ enabled: false, dir, extraFile: file })).toThrow(/MARSAD_IP_RANGES_EXTRA/);
  });
});
