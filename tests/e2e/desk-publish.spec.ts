// Publishing is told, not waited out (issue 16, item 6): what an editor publishes appears on the public
// pages, /api/status, /api/v1, /api/v2 and the feeds within seconds, although the front server had
// cached each of them (for up to a minute) just before — on every front worker (two here). The desk's
// write is audited; each web process watches the newest audit row (lib/engine/publish-watch.ts) and the
// front renews every copy made before it (lib/front/micro-cache.ts).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { startTestServer, type TestServer } from './helpers/server';

const PORT = Number(process.env.E2E_DESK_PUBLISH_PORT ?? 3174);
const ORIGIN = `http://localhost:${PORT}`;
/** Without the fix the minute-long routes (API, feeds) keep the old copy for 60 s. */
const WITHIN_MS = 8_000;
let server: TestServer;
let desk: APIRequestContext;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(150_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-e2e-publish-'));
  const made = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/desk-admin.ts', '--email', 'night@example.org'], {
    env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: '', MARSAD_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  expect(made.status, made.stderr).toBe(0);
  const password = /Password[^:]*: (\S+)/.exec(made.stdout)![1]!;
  server = await startTestServer(PORT, { MARSAD_DATA_DIR: dataDir, MARSAD_PUBLIC_URL: ORIGIN, MARSAD_PROBES: 'off', MARSAD_IP_RANGES_REFRESH: 'off', MARSAD_FRONT_WORKERS: '2' });
  desk = await playwrightRequest.newContext({ baseURL: ORIGIN, extraHTTPHeaders: { origin: ORIGIN } });
  const signedIn = await desk.post('/desk/api/sign-in', { data: { email: 'night@example.org', password } });
  expect(signedIn.status()).toBe(200);
});

test.afterAll(async () => {
  await desk?.dispose();
  await server?.stop();
});

/** GETs `url` until its body contains `text`; the milliseconds it took. */
async function msUntil(request: APIRequestContext, url: string, text: string, started: number): Promise<number> {
  for (;;) {
    const body = await (await request.get(`${ORIGIN}${url}`)).text();
    const elapsed = Date.now() - started;
    if (body.includes(text)) return elapsed;
    if (elapsed > WITHIN_MS) throw new Error(`${url} still lacks "${text}" after ${elapsed} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Fetches each URL until the front has a copy (x-marsad-cache says it came from memory). */
async function warm(request: APIRequestContext, urls: readonly string[]): Promise<void> {
  for (const url of urls) {
    await expect
      .poll(async () => (await request.get(`${ORIGIN}${url}`)).headers()['x-marsad-cache'], { message: url, timeout: 15_000 })
      .toMatch(/^(fresh|stale)$/);
  }
}

const LISTS = ['/', '/en', '/incidents', '/api/status', '/api/v1/incidents', '/api/v2/incidents.json', '/api/v2/summary.json', '/feeds/incidents.ar.atom', '/feeds/incidents.en.atom'];

test('a declaration and an update reach every cached public resource within seconds', async ({ request }) => {
  test.setTimeout(120_000);
  await warm(request, LISTS);

  let started = Date.now();
  const declared = await desk.post('/desk/api/incidents', {
    data: { titleAr: 'توقف الإيداع في Kraken', titleEn: 'Kraken deposits paused', bodyAr: 'تقول Kraken إن الإيداع متوقف.', phase: 'investigating' },
  });
  expect(declared.status()).toBe(201);
  const { slug } = (await declared.json()) as { slug: string };
  const timings: Record<string, number> = {};
  for (const url of LISTS) timings[url] = await msUntil(request, url, slug, started);

  // The incident's own resources, cached, then an update.
  const own = [`/incidents/${slug}`, `/en/incidents/${slug}`, `/api/v1/incidents/${slug}`];
  await warm(request, own);
  const marker = `update-${Date.now().toString(36)}`;
  started = Date.now();
  const updated = await desk.post(`/desk/api/incidents/${slug}/updates`, { data: { phase: 'identified', bodyAr: `عرفنا السبب (${marker}).`, bodyEn: `Cause found (${marker}).` } });
  expect(updated.status()).toBe(200);
  for (const url of [...own, '/api/v2/incidents.json', '/feeds/incidents.en.atom']) timings[`${url} (update)`] = await msUntil(request, url, marker, started);

  // The v2 entry is an editor's, in the Statuspage shape.
  const v2 = (await (await request.get(`${ORIGIN}/api/v2/incidents.json?lang=en`)).json()) as { incidents: { id: string; status: string; marsad_provenance?: string; incident_updates: { body: string }[] }[] };
  const entry = v2.incidents.find((i) => i.id === slug)!;
  expect(entry).toMatchObject({ status: 'identified', marsad_provenance: 'editor' });
  expect(entry.incident_updates[0]!.body).toContain(marker);
  // The home page's list labels it as the editors'.
  const status = (await (await request.get(`${ORIGIN}/api/status`)).json()) as { activeIncidents: { slug: string; kind: string }[] };
  expect(status.activeIncidents.find((i) => i.slug === slug)?.kind).toBe('editor');

  console.log(`published → visible (ms): ${JSON.stringify(timings)}`);
  for (const [url, ms] of Object.entries(timings)) expect(ms, url).toBeLessThan(WITHIN_MS);
});
