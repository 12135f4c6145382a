// Editors and machines together, end to end on a server of its own: a detected Coinbase incident is seeded
// into the embedded database (as the probes would have written it), an editor dismisses it on the desk in
// Arabic with a reason, and the dismissal shows as a correction on the public page in both languages,
// labelled "editor", in /api/v1 and in the feed, the detection never removed. Screenshots at 360 and 1280.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';
import { startTestServer, type TestServer } from './helpers/server';
import { openDatabase, readDbConfig } from '../../lib/db/client';
import { incidentEvents, incidents } from '../../lib/db/schema';

const PORT = Number(process.env.E2E_DESK_REVIEW_PORT ?? 3190);
const ORIGIN = `http://localhost:${PORT}`;
const SLUG = 'coinbase-review-seeded';
const REASON = 'أخطأ مسبار مرصد: غيّرت Coinbase عنوان واجهتها ولم تتوقف.';
let server: TestServer;
let password: string;
let dataDir: string;

async function seedDetection(dir: string): Promise<void> {
  const handle = await openDatabase({ ...readDbConfig({ MARSAD_DATA_DIR: dir }), databaseUrl: undefined });
  try {
    const start = Date.now() - 3 * 3_600_000;
    const end = start + 25 * 60_000;
    await handle.db.insert(incidents).values({
      id: SLUG,
      origin: 'detected',
      serviceId: 'coinbase',
      title: { ar: 'coinbase', en: 'coinbase' },
      startedAt: new Date(start),
      endedAt: new Date(end),
      confirmedAt: new Date(start + 90_000),
      data: { id: SLUG, targetId: 'coinbase', startedAt: start, startConfirmedAt: start + 90_000, endedAt: end, endConfirmedAt: end + 30_000, precisionSec: 30, worstStatus: 'major_outage', reason: 'http_status', reopenCount: 0 },
    });
    await handle.db.insert(incidentEvents).values({
      id: `${SLUG}-1`, incidentId: SLUG, position: 1, timeUtc: new Date(start), state: 'major_outage', serviceIds: ['coinbase'],
      provenance: 'measured', confidence: 'high', summary: { ar: 'انقطاع كبير', en: 'Major outage' },
      detail: { measured: { kind: 'measured', reason: 'http_status', failingVantages: 1, vantageCount: 1 } },
    });
  } finally {
    await handle.close();
  }
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(150_000);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-e2e-review-'));
  const made = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/desk-admin.ts', '--email', 'chief@example.org'], {
    env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: '', MARSAD_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  expect(made.status, made.stderr).toBe(0);
  password = /Password[^:]*: (\S+)/.exec(made.stdout)![1]!;
  await seedDetection(dataDir);
  server = await startTestServer(PORT, { MARSAD_DATA_DIR: dataDir, MARSAD_PUBLIC_URL: ORIGIN, MARSAD_PROBES: 'off', MARSAD_IP_RANGES_REFRESH: 'off' });
});

test.afterAll(async () => {
  await server?.stop();
});

test('a review write refuses without a session and from another site', async ({ request }) => {
  const anonymous = await request.post(`${ORIGIN}/desk/api/detections/${SLUG}/reviews`, { data: { kind: 'confirm' }, headers: { origin: ORIGIN } });
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()['cache-control']).toBe('private, no-store');
  const page = await request.get(`${ORIGIN}/desk/ar/detections`, { maxRedirects: 0 });
  expect(page.status()).toBe(307);
});

test('an editor dismisses a detection in Arabic; the correction shows on the page, in /api/v1 and the feed', async ({ page, request, consoleErrors }) => {
  test.setTimeout(110_000);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${ORIGIN}/desk/ar/sign-in`);
  await page.getByLabel('البريد الإلكتروني').fill('chief@example.org');
  await page.getByLabel('كلمة المرور').fill(password);
  await page.getByRole('button', { name: 'دخول' }).click();
  await expect(page).toHaveURL(/\/desk\/ar$/);

  await page.locator('[data-desk-link="detections"]').click();
  await expect(page).toHaveURL(/\/desk\/ar\/detections$/);
  await expect(page.locator(`[data-detection="${SLUG}"]`)).toHaveAttribute('data-verdict', 'none');
  await page.locator(`[data-detection="${SLUG}"] a`).click();
  await expect(page).toHaveURL(new RegExp(`/desk/ar/detections/${SLUG}$`));
  await expectNoSeriousAxeViolations(page);

  // A dismissal without its Arabic reason is refused (the browser's own check skipped), the field named.
  await page.locator('textarea[name="reasonAr"]').evaluate((el) => el.removeAttribute('required'));
  await page.getByRole('button', { name: 'رفض الرصد' }).click();
  await expect(page.locator('[data-error-field="reasonAr"]')).toBeVisible();

  await page.getByLabel('السبب بالعربية').fill(REASON);
  await page.getByLabel('السبب بالإنجليزية (اختياري)').fill('Marsad’s probe was wrong: Coinbase moved its API and never stopped.');
  await page.getByRole('button', { name: 'رفض الرصد' }).click();
  await expect(page.getByRole('status')).toHaveText('رُفض الرصد، وأُعيد حساب نسبة التشغيل.');
  await expect(page.locator('[data-verdict="dismissed"]')).toBeVisible();
  await page.screenshot({ path: 'test-results/review-desk-ar-360.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${ORIGIN}/desk/en/detections/${SLUG}`);
  await expect(page.locator('[data-verdict="dismissed"]')).toHaveText('Dismissed: false positive');
  await page.screenshot({ path: 'test-results/review-desk-en-1280.png', fullPage: true });

  // The public page, in Arabic then English: still there, marked, the reason labelled "editor", listed as a correction.
  const publicPage = await request.get(`${ORIGIN}/incidents/${SLUG}`);
  expect(publicPage.status()).toBe(200);
  expect(publicPage.headers()['set-cookie']).toBeUndefined();
  for (const [prefix, width, verdict, label] of [
    ['', 360, 'رفض محررو مرصد هذا الرصد بوصفه إنذارًا كاذبًا', 'من محرري مرصد'],
    ['/en', 1280, "Marsad's editors dismissed this detection as a false positive", "From Marsad's editors"],
    ['', 1280, 'رفض محررو مرصد هذا الرصد بوصفه إنذارًا كاذبًا', 'من محرري مرصد'],
    ['/en', 360, "Marsad's editors dismissed this detection as a false positive", "From Marsad's editors"],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${ORIGIN}${prefix}/incidents/${SLUG}`);
    await expect(page.locator('[data-review-verdict="dismissed"]')).toContainText(verdict);
    await expect(page.locator('#review-heading [data-provenance="editor"]')).toHaveText(label);
    await expect(page.locator('header [data-review-mark="dismissed"]')).toBeVisible();
    await expect(page.locator('[data-review-corrections="1"] [data-correction="dismiss"]')).toBeVisible();
    await expect(page.locator('[data-corrections="0"]')).toHaveCount(0);
    await page.screenshot({ path: `test-results/review-public-${prefix ? 'en' : 'ar'}-${width}.png`, fullPage: true });
  }
  await expect(page.locator('[data-review-verdict="dismissed"]')).toContainText('Marsad’s probe was wrong');
  await expectNoSeriousAxeViolations(page);
  await page.goto(`${ORIGIN}/en/incidents`);
  await expect(page.locator(`[data-incident="${SLUG}"] [data-review-mark="dismissed"]`)).toBeVisible();

  const api = await (await request.get(`${ORIGIN}/api/v1/incidents/${SLUG}`)).json();
  expect(api.incident).toMatchObject({ slug: SLUG, origin: 'detected', review: { provenance: 'editor', verdict: 'dismissed', reason: { ar: REASON } } });
  const list = await (await request.get(`${ORIGIN}/api/v1/incidents`)).json();
  expect(list.incidents.find((i: { slug: string }) => i.slug === SLUG)).toMatchObject({ review: 'dismissed' });
  const feed = await (await request.get(`${ORIGIN}/feeds/incidents.ar.rss`)).text();
  expect(feed).toContain('رُفض: إنذار كاذب');
  expect(feed).toContain('غيّرت Coinbase عنوان واجهتها');
  expect(consoleErrors.filter((e) => !/Content Security Policy|Refused to execute inline script/.test(e))).toEqual([]);
});
