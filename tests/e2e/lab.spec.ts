// The lab (npm run lab, docs/lab.md) end to end: the simulated world and the real production server in lab
// mode, with the scenario about eight times faster than the lab plays it. Within a bounded time one cloud-outage
// event exists, in both languages, with its members and the chains that kept producing blocks; its feed
// item and API entries exist and their links answer; after recovery it resolves with durations; the
// detected per-service incidents link to it; every page visited carries the simulation banner, and the
// shared (non-lab) server's pages carry none.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startTestServer, type TestServer } from './helpers/server';
import { E2E_PACE, labRangeTable } from '../../scripts/lab/catalog';
import { failingServices, scheduleScenario, type ScheduledStep } from '../../scripts/lab/scenario';
import { labServerEnv } from '../../scripts/lab/settings';
import { startLabWorld, writeLabCatalog, type LabWorld } from '../../scripts/lab/world';

test.describe.configure({ mode: 'serial' });

const PORT = 3198;
/** The lab's story, about eight times faster: from the first failure to the cloud's resolution in 27 s. */
const SCALE = 0.12;
const MEMBERS = failingServices();
const MEMBER_NAMES = ['LabEx A', 'Lab RPC', 'LabEx B', 'LabEx C'];
const CHAIN_NAMES = ['Lab Bitcoin', 'Lab Ethereum', 'Lab Solana', 'Lab Rollup'];
const EVENT_SLUG = /\/incidents\/(labcloud-lab-east-1-\d{4}-\d{2}-\d{2}-\d{4}(?:-\d+)?)(?=["?#/]|$)/;

let world: LabWorld;
let server: TestServer;
let steps: ScheduledStep[];
const timers: NodeJS.Timeout[] = [];
/** Found by the second test, used by the rest. */
let eventSlug = '';
let eventSeenAt = 0;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  const began = Date.now();
  world = await startLabWorld({ pace: E2E_PACE });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-lab-e2e-'));
  const catalogFile = writeLabCatalog(world, dir);
  const rangesFile = path.join(dir, 'lab-ranges.json');
  fs.writeFileSync(rangesFile, JSON.stringify(labRangeTable(new Date().toISOString().slice(0, 10))));
  server = await startTestServer(PORT, labServerEnv({ catalogFile, dataDir: path.join(dir, 'data'), port: PORT, pace: E2E_PACE, rangesFile }));
  // The story starts once Marsad has seen the whole world working (a member must fail from operational).
  await expect
    .poll(
      async () => {
        const body = (await (await fetch(`${server.url}/api/status`)).json()) as { services: { id: string; status: string }[] };
        return body.services.filter((s) => s.id !== 'labcloud' && s.status !== 'operational').map((s) => s.id);
      },
      { timeout: 45_000, intervals: [500] },
    )
    .toEqual([]);
  console.log(`lab: server up and the world seen working in ${((Date.now() - began) / 1000).toFixed(1)} s`);
  steps = scheduleScenario({ startAt: Date.now() + 500, scale: SCALE });
  for (const step of steps) timers.push(setTimeout(() => world.apply(step.action), step.at - Date.now()));
});

test.afterAll(async () => {
  timers.forEach(clearTimeout);
  await server?.stop();
  await world?.close();
});

const firstFailureAt = () => steps.find((s) => s.action.kind !== 'cloud-report' && s.action.kind !== 'status-page-open')!.at;
const stepAt = (kind: ScheduledStep['action']['kind']) => steps.find((s) => s.action.kind === kind)!.at;

/** Opens a lab page and checks it answers and carries the simulation banner in its language. */
async function visit(page: Page, pathname: string): Promise<void> {
  const response = await page.goto(`${server.url}${pathname}`, { waitUntil: 'domcontentloaded' });
  expect(response?.status(), pathname).toBe(200);
  expect(response?.headers()['x-marsad-simulation'], pathname).toBe('simulation');
  const banner = page.locator('[data-simulation-banner]');
  await expect(banner, pathname).toHaveCount(1);
  await expect(banner).toContainText(/^\/en(\/|$)/.test(pathname) ? 'Simulation' : 'محاكاة');
}

test('every lab page and widget carries the simulation banner and header; the shared server carries neither', async ({ page, baseURL }) => {
  // First renders of each page: slow on a busy machine.
  test.setTimeout(60_000);
  // The home pages, and the FAQ (rendered at build time before lab mode was read per request).
  for (const pathname of ['/', '/en', '/en/faq']) await visit(page, pathname);
  // Widgets carry the short banner; API answers carry the header and keep their published shape.
  await page.goto(`${server.url}/en/embed/service/lab-exchange-d`);
  await expect(page.locator('[data-simulation-banner]')).toContainText('Made-up data');
  const api = await fetch(`${server.url}/api/v1/status`);
  expect(api.headers.get('x-marsad-simulation')).toBe('simulation');
  expect(Object.keys(await api.json())).not.toContain('simulation');
  // The shared e2e server is not in lab mode: no banner, no header, on the very same pages.
  for (const pathname of ['/en/faq']) {
    const response = await page.goto(`${baseURL}${pathname}`);
    expect(response?.headers()['x-marsad-simulation']).toBeUndefined();
    await expect(page.locator('[data-simulation-banner]')).toHaveCount(0);
  }
});

test('each failing service gets its own detected incident, titled with its name', async ({ page }) => {
  test.setTimeout(45_000);
  // Listed on /en/incidents (fresh within 10 s) with a slug of its own and a title from its name and reason.
  await expect
    .poll(
      async () => {
        const html = await (await fetch(`${server.url}/en/incidents`)).text();
        return MEMBERS.filter((id) => !new RegExp(`/en/incidents/${id}-\\d{4}-\\d{2}-\\d{2}-\\d{4}`).test(html));
      },
      { timeout: 40_000, intervals: [1000] },
    )
    .toEqual([]);
  await visit(page, '/en/incidents');
  const text = await page.locator('main').innerText();
  for (const name of MEMBER_NAMES) expect(text).toMatch(new RegExp(`${name}: \\S`));
});

test('within a bounded time one cloud-outage event page exists, in both languages, with its members and the chains that kept producing blocks', async ({ page }) => {
  test.setTimeout(60_000);
  // The incidents page (fresh within 10 s in the front cache) lists the event once the engine opens it.
  await expect
    .poll(
      async () => {
        const html = await (await fetch(`${server.url}/en/incidents`)).text();
        return EVENT_SLUG.exec(html)?.[1] ?? '';
      },
      { timeout: 45_000, intervals: [1000] },
    )
    .not.toBe('');
  eventSeenAt = Date.now();
  eventSlug = EVENT_SLUG.exec(await (await fetch(`${server.url}/en/incidents`)).text())![1]!;
  // How long after the first failure the engine opened the event (its log line) and a visitor could see it
  // (the page's copy is fresh for up to 10 s), in this test's compressed time.
  const opened = server
    .output()
    .split('\n')
    .map((line) => /"time":"([^"]+)".*"msg":"cloud-outage event opened"/.exec(line)?.[1])
    .find(Boolean);
  const after = (at: number) => `${((at - firstFailureAt()) / 1000).toFixed(1)} s`;
  console.log(`lab: event ${eventSlug} opened ${opened ? after(Date.parse(opened)) : '(no log line)'} and seen ${after(eventSeenAt)} after the first failure; the cloud reported after ${after(stepAt('cloud-report'))}`);

  for (const [pathname, lang] of [[`/incidents/${eventSlug}`, 'ar'], [`/en/incidents/${eventSlug}`, 'en']] as const) {
    await visit(page, pathname);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const text = await page.locator('main').innerText();
    for (const name of [...MEMBER_NAMES.slice(0, 1), ...CHAIN_NAMES]) expect(text, `${lang}: ${name}`).toContain(name);
    expect(text).toContain('LabCloud');
    expect(text).toContain('lab-east-1');
  }
  // Every member joins while it fails (the page is fresh within 10 s), and the chains are listed as
  // having kept producing blocks.
  await expect
    .poll(async () => {
      const text = await (await fetch(`${server.url}/en/incidents/${eventSlug}`)).text();
      return MEMBER_NAMES.filter((name) => !text.includes(name));
    }, { timeout: 30_000, intervals: [1000] })
    .toEqual([]);
  await visit(page, `/en/incidents/${eventSlug}`);
  const facts = page.locator('[data-section="cloud-event"]');
  expect((await facts.locator('[data-member]').evaluateAll((items) => items.map((i) => i.getAttribute('data-member')))).sort()).toEqual([...MEMBERS].sort());
  for (const name of CHAIN_NAMES) await expect(facts.locator('[data-kept-producing]')).toContainText(name);
});

test('after recovery the event resolves, with durations', async ({ page }) => {
  test.setTimeout(90_000);
  expect(eventSlug).not.toBe('');
  // Resolved: the cloud reported its resolution and every member recovered. The page (fresh within 10 s
  // in the front cache; the API's copies live a minute, so they are first asked for after this) shows a
  // duration once the event has an end.
  const resolved = async (pathname: string) => (await (await fetch(`${server.url}${pathname}`)).text()).includes('data-duration');
  await expect.poll(() => resolved(`/en/incidents/${eventSlug}`), { timeout: 75_000, intervals: [500] }).toBe(true);
  console.log(`lab: event resolved ${((Date.now() - stepAt('cloud-resolve')) / 1000).toFixed(1)} s after the cloud's resolution (at most; the page is fresh within 10 s)`);
  // The Arabic copy in the front cache follows within its lifetime.
  await expect.poll(() => resolved(`/incidents/${eventSlug}`), { timeout: 15_000, intervals: [500] }).toBe(true);
  for (const pathname of [`/incidents/${eventSlug}`, `/en/incidents/${eventSlug}`]) {
    // The cloud's own word: it reported, then resolved (the page's copy follows within its lifetime).
    await expect
      .poll(async () => /data-cloud-word="([a-z_]+)"/.exec(await (await fetch(`${server.url}${pathname}`)).text())?.[1], { timeout: 15_000, intervals: [1000] })
      .toBe('resolved');
    await visit(page, pathname);
    await expect(page.locator('[data-duration]').first()).toBeVisible();
    // Each member with its measured duration.
    await expect(page.locator('[data-section="cloud-event"] [data-member-duration]')).toHaveCount(MEMBERS.length);
  }
  const english = await page.locator('[data-section="cloud-event"]').innerText();
  expect(english.match(/failed for/g)?.length).toBe(MEMBERS.length);
  expect(english).not.toContain('still failing');
  // Each member's dependency on lab-east-1 both ways: stated (the catalog, citing the lab's documentation)
  // and measured (the exposure map placed the address its probe connected to in LabCloud's range).
  expect(english.match(/\(stated\)/g)?.length, 'stated dependencies').toBe(MEMBERS.length);
  expect(english.match(/\(measured\)/g)?.length, 'measured dependencies').toBe(MEMBERS.length);
});

test("the event's feed item and API entries exist, and their links answer 200", async ({ page }) => {
  expect(eventSlug).not.toBe('');
  const get = async (pathname: string) => {
    const response = await fetch(new URL(pathname, server.url));
    expect(response.status, pathname).toBe(200);
    return response;
  };
  // API v1: the entry and every link it gives.
  const v1 = (await (await get(`/api/v1/incidents/${eventSlug}`)).json()) as { incident: { links: Record<string, unknown> } };
  const links = JSON.stringify(v1.incident.links).match(/"(\/[^"]+)"/g)!.map((s) => s.slice(1, -1));
  expect(links.length).toBeGreaterThan(1);
  for (const link of links) await get(link);
  // Statuspage v2: the event in incidents.json, and its shortlink answers.
  const v2 = (await (await get('/api/v2/incidents.json?lang=en')).json()) as { incidents: { id: string; shortlink: string; incident_updates: unknown[] }[] };
  const entry = v2.incidents.find((i) => i.id === eventSlug);
  expect(entry, 'the event in /api/v2/incidents.json').toBeDefined();
  expect(entry!.incident_updates.length).toBeGreaterThan(0);
  await get(new URL(entry!.shortlink).pathname);
  // The feeds, in both languages: one item for the event, whose link answers.
  for (const lang of ['ar', 'en']) {
    const xml = await (await get(`/feeds/incidents.${lang}.rss`)).text();
    // A feed reader shows no banner: the channel's own title says it is a simulation.
    expect(/<channel>[\s\S]*?<title>([^<]*)<\/title>/.exec(xml)![1]).toMatch(lang === 'en' ? /^Simulation: / : /^\u200F?محاكاة: /);
    const item = xml.split('<item>').find((i) => i.includes(eventSlug));
    expect(item, `the event in the ${lang} feed`).toBeDefined();
    const link = /<link>([^<]+)<\/link>/.exec(item!)![1]!;
    await get(new URL(link).pathname);
  }
  await visit(page, `/en/incidents/${eventSlug}`);
});

test('the detected per-service incidents link to the event', async ({ page }) => {
  expect(eventSlug).not.toBe('');
  const list = await (await fetch(`${server.url}/en/incidents`)).text();
  for (const member of MEMBERS) {
    const slug = new RegExp(`/en/incidents/(${member}-\\d{4}-\\d{2}-\\d{2}-\\d{4}(?:-\\d+)?)`).exec(list)?.[1];
    expect(slug, `${member}'s incident on /en/incidents`).toBeDefined();
    await visit(page, `/en/incidents/${slug}`);
    await expect(page.locator(`main a[href$="/incidents/${eventSlug}"]`).first()).toBeVisible();
  }
});
