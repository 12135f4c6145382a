// Scheduled maintenance end to end, on its own server: an editor schedules a window on the desk in Arabic
// (at phone width), and it is shown ahead on the home page and on the service's page in both languages,
// in /api/v2/scheduled-maintenances/upcoming.json and in the feed; the desk's maintenance pages pass axe.
// Screenshots of the desk form, the home block and the service block (ar/en, 360/1280) go to .tmp/maint-shots.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';
import { startTestServer, type TestServer } from './helpers/server';

const PORT = Number(process.env.E2E_MAINT_PORT ?? 3182);
const ORIGIN = `http://localhost:${PORT}`;
const SHOTS = '.tmp/maint-shots';
const TEXT_AR = 'ترقية محرك المطابقة في Kraken؛ قد يتوقف التداول نحو ساعتين.';
let server: TestServer;
let password: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(150_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-e2e-maint-'));
  const made = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/desk-admin.ts', '--email', 'editor@example.org'], {
    env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: '', MARSAD_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  expect(made.status, made.stderr).toBe(0);
  password = /Password[^:]*: (\S+)/.exec(made.stdout)![1]!;
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startTestServer(PORT, { MARSAD_DATA_DIR: dataDir, MARSAD_PUBLIC_URL: ORIGIN, MARSAD_PROBES: 'off', MARSAD_IP_RANGES_REFRESH: 'off' });
});

test.afterAll(async () => {
  await server?.stop();
});

/** `2026-12-07T02:00` in UTC, as the desk's form takes it. */
const utcField = (ms: number) => new Date(ms).toISOString().slice(0, 16);

async function shot(page: Page, name: string, width: 360 | 1280) {
  await page.setViewportSize({ width, height: width === 360 ? 800 : 900 });
  await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
}

/** The public page, reloaded until it shows the window (the front cache is told of desk writes; allow it a moment). */
async function openUntilShown(page: Page, url: string) {
  await expect(async () => {
    await page.goto(url);
    await expect(page.locator('[data-maintenance-ahead]')).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

test('the maintenance routes refuse without a session, and cross-site', async ({ request }) => {
  expect((await request.get(`${ORIGIN}/desk/api/maintenance`)).status()).toBe(401);
  const page = await request.get(`${ORIGIN}/desk/ar/maintenance`, { maxRedirects: 0 });
  expect(page.status()).toBe(307);
  const csrf = await request.post(`${ORIGIN}/desk/api/maintenance`, { form: { descriptionAr: 'x' }, headers: { origin: 'https://evil.example' } });
  expect(csrf.status()).toBe(403);
});

test('an editor schedules a window in Arabic; the home page, the service page, the API and the feed show it ahead', async ({ page, request }) => {
  test.setTimeout(110_000);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${ORIGIN}/desk/ar/sign-in`);
  await page.getByLabel('البريد الإلكتروني').fill('editor@example.org');
  await page.getByLabel('كلمة المرور').fill(password);
  await page.getByRole('button', { name: 'دخول' }).click();
  await expect(page).toHaveURL(/\/desk\/ar$/);

  await page.locator('[data-desk-link="maintenance"]').click();
  await expect(page).toHaveURL(/\/desk\/ar\/maintenance$/);
  await expect(page.getByText('لا صيانة مجدولة.')).toBeVisible();
  await page.getByRole('link', { name: 'جدولة صيانة' }).click();
  await expectNoSeriousAxeViolations(page);

  const start = Date.now() + 2 * 3600_000;
  const end = start + 2 * 3600_000;
  await page.getByLabel('البداية (بتوقيت UTC)').fill(utcField(start));
  await page.getByLabel('النهاية (بتوقيت UTC)').fill(utcField(end));
  await page.getByLabel('الوصف بالعربية').fill(TEXT_AR);
  await page.getByRole('checkbox', { name: 'Kraken' }).check();
  await shot(page, 'desk-form-ar', 360);
  await shot(page, 'desk-form-ar', 1280);
  await page.setViewportSize({ width: 360, height: 800 });
  // The home page is in the front cache before the window is published: the desk's write must tell it.
  expect((await (await request.get(`${ORIGIN}/`)).text())).not.toContain('data-maintenance-ahead');
  await page.getByRole('button', { name: 'نشر الصيانة' }).click();
  await expect(page).toHaveURL(/\/desk\/ar\/maintenance\/mw-\d{8}-[a-z0-9]{6}\?saved=1$/);
  const publishedAt = Date.now();
  const id = new URL(page.url()).pathname.split('/').pop()!;
  // How long the published window took to reach the public home page through the front cache (logged).
  await expect(async () => {
    const html = await (await request.get(`${ORIGIN}/`)).text();
    expect(html).toContain(`data-maintenance="${id}"`);
  }).toPass({ timeout: 30_000, intervals: [100] });
  console.log(`maintenance window on the public home page ${Date.now() - publishedAt} ms after the desk's answer`);
  await expect(page.getByRole('status')).toHaveText('حُفظت ونُشرت.');
  await expect(page.locator(`[data-maintenance="${id}"]`)).toContainText(TEXT_AR);
  await expectNoSeriousAxeViolations(page);
  await page.goto(`${ORIGIN}/desk/en/maintenance/${id}`);
  await shot(page, 'desk-window-en', 360);
  await shot(page, 'desk-window-en', 1280);

  // The home page, in Arabic: the window ahead, in the editor's words, announced by Marsad's editors.
  await openUntilShown(page, `${ORIGIN}/`);
  const home = page.locator(`[data-maintenance="${id}"]`);
  await expect(home).toHaveAttribute('data-phase', 'scheduled');
  await expect(home).toContainText(TEXT_AR);
  await expect(home).toContainText('مجدولة');
  await expect(home.locator('[data-announced-by="editor"]')).toContainText('أعلنها محررو مرصد');
  await expect(home.locator('time').first()).toHaveAttribute('datetime', new Date(Math.floor(start / 60_000) * 60_000).toISOString());
  await page.locator('[data-maintenance-ahead]').scrollIntoViewIfNeeded();
  await shot(page, 'home-ar', 360);
  await shot(page, 'home-ar', 1280);
  // The public pages stay cookie-free.
  expect((await request.get(`${ORIGIN}/`)).headers()['set-cookie']).toBeUndefined();

  // In English: the Arabic text, said to be Arabic only; announced by Marsad's editors.
  await openUntilShown(page, `${ORIGIN}/en`);
  const homeEn = page.locator(`[data-maintenance="${id}"]`);
  await expect(homeEn).toContainText('Scheduled');
  await expect(homeEn).toContainText('In Arabic only:');
  await expect(homeEn.locator('[data-announced-by="editor"]')).toContainText("Announced by Marsad's editors");
  await shot(page, 'home-en', 360);
  await shot(page, 'home-en', 1280);

  // The service's page in both languages; another service's page has no block.
  await openUntilShown(page, `${ORIGIN}/services/kraken`);
  await expect(page.locator(`[data-maintenance="${id}"]`)).toContainText(TEXT_AR);
  await shot(page, 'service-ar', 360);
  await shot(page, 'service-ar', 1280);
  await openUntilShown(page, `${ORIGIN}/en/services/kraken`);
  await expect(page.locator(`[data-maintenance="${id}"]`)).toContainText('In Arabic only:');
  await shot(page, 'service-en', 360);
  await shot(page, 'service-en', 1280);
  await page.goto(`${ORIGIN}/services/binance`);
  await expect(page.locator('[data-maintenance-ahead]')).toHaveCount(0);

  // The API, in Statuspage's shape, and the feed.
  await expect(async () => {
    const upcoming = await (await request.get(`${ORIGIN}/api/v2/scheduled-maintenances/upcoming.json?lang=en`)).json();
    const found = upcoming.scheduled_maintenances.find((m: { id: string }) => m.id === id);
    expect(found).toMatchObject({ status: 'scheduled', impact: 'maintenance', marsad: { source: 'editor', service_ids: ['kraken'] } });
  }).toPass({ timeout: 30_000 });
  const activeList = await (await request.get(`${ORIGIN}/api/v2/scheduled-maintenances/active.json`)).json();
  expect(activeList.scheduled_maintenances).toEqual([]);
  await expect(async () => {
    const feed = await (await request.get(`${ORIGIN}/feeds/incidents.ar.rss`)).text();
    expect(feed).toContain(`#maintenance-${id}`);
    expect(feed).toContain('<category>maintenance</category>');
  }).toPass({ timeout: 30_000 });
});
