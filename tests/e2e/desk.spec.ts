// The editorial desk end to end, on its own server (the first admin is made with `npm run desk:admin`
// while that server is stopped, as the README says): sign in, declare an incident in Arabic, add an
// update, resolve it, see it on the public page and in the list, sign out. Along the way: the cookie's
// flags, 401/403 and CSRF refusals through the real front server, hostile editor text shown as text,
// public pages without cookies, axe on the desk's pages, at phone width.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';
import { startTestServer, type TestServer } from './helpers/server';

const PORT = Number(process.env.E2E_DESK_PORT ?? 3170);
const ORIGIN = `http://localhost:${PORT}`;
const HOSTILE = '<img src=x onerror=alert(1)> [click](javascript:alert(2))';
let server: TestServer;
let password: string;
let dataDir: string;

const deskAdmin = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/desk-admin.ts', '--email', 'chief@example.org'], {
    env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: '', ...env },
    encoding: 'utf8',
  });

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({}, testInfo) => {
  // Migrating a new embedded database, then starting a server of its own: more than the default 30 s on a busy machine.
  testInfo.setTimeout(150_000);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-e2e-desk-'));
  const made = deskAdmin({ MARSAD_DATA_DIR: dataDir });
  expect(made.status, made.stderr).toBe(0);
  password = /Password[^:]*: (\S+)/.exec(made.stdout)![1]!;
  server = await startTestServer(PORT, { MARSAD_DATA_DIR: dataDir, MARSAD_PUBLIC_URL: ORIGIN, MARSAD_PROBES: 'off', MARSAD_IP_RANGES_REFRESH: 'off' });
});

test.afterAll(async () => {
  await server?.stop();
});

test('desk:admin refuses clearly while the server holds the embedded database', () => {
  const locked = deskAdmin({ MARSAD_DATA_DIR: dataDir });
  expect(locked.status).toBe(1);
  expect(locked.stderr).toMatch(/stop it/);
});

test('every desk route refuses without a session, and cross-site writes, through the front server', async ({ request }) => {
  const page = await request.get(`${ORIGIN}/desk/ar`, { maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect(page.headers().location).toMatch(/\/desk\/ar\/sign-in$/);
  expect(page.headers()['cache-control']).toBe('private, no-store');
  for (const url of ['/desk/api/incidents', '/desk/api/audit']) {
    const r = await request.get(`${ORIGIN}${url}`);
    expect(r.status(), url).toBe(401);
    expect(r.headers()['cache-control']).toBe('private, no-store');
  }
  const write = await request.post(`${ORIGIN}/desk/api/incidents`, { data: { titleAr: 'عنوان', bodyAr: 'نص' }, headers: { origin: ORIGIN } });
  expect(write.status()).toBe(401);
  const csrf = await request.post(`${ORIGIN}/desk/api/sign-in`, { form: { email: 'chief@example.org', password }, headers: { origin: 'https://evil.example' } });
  expect(csrf.status()).toBe(403);
  expect(csrf.headers()['set-cookie']).toBeUndefined();
});

test('an editor signs in, declares in Arabic, updates, resolves, sees it in public, and signs out', async ({ page, context, request, consoleErrors }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${ORIGIN}/desk`);
  await expect(page).toHaveURL(/\/desk\/ar\/sign-in$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoSeriousAxeViolations(page);

  await page.getByLabel('البريد الإلكتروني').fill('chief@example.org');
  await page.getByLabel('كلمة المرور').fill('wrong password 1');
  await page.getByRole('button', { name: 'دخول' }).click();
  await expect(page.getByRole('alert')).toHaveText('البريد الإلكتروني أو كلمة المرور غير صحيحة.');
  await page.getByLabel('البريد الإلكتروني').fill('chief@example.org');
  await page.getByLabel('كلمة المرور').fill(password);
  await page.getByRole('button', { name: 'دخول' }).click();
  await expect(page).toHaveURL(/\/desk\/ar$/);
  await expect(page.getByText('دخلت باسم chief@example.org (مشرف).')).toBeVisible();

  const [cookie] = await context.cookies(ORIGIN + '/desk');
  expect(cookie).toMatchObject({ name: 'marsad-desk.session_token', path: '/desk', httpOnly: true, sameSite: 'Strict', secure: false });
  expect(await context.cookies(ORIGIN + '/')).toEqual([]);

  await page.getByRole('link', { name: 'إعلان حادثة' }).click();
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel('العنوان بالعربية').fill('تعليق السحب في Coinbase');
  await page.getByLabel('النص بالعربية').fill(`تقول **Coinbase** إن السحب متوقف مؤقتًا.\n\n${HOSTILE}`);
  await page.getByLabel('الخدمة المتأثرة').selectOption({ index: 1 });
  await page.getByLabel('الأثر').selectOption('partial_outage');
  await page.getByRole('button', { name: 'نشر الحادثة' }).click();
  await expect(page).toHaveURL(/\/desk\/ar\/incidents\/editor-\d{8}-[a-z0-9]{6}$/);
  const slug = page.url().split('/').pop()!;

  // A template fills phase and text (a plain link: no JavaScript needed), and the preview shows both directions.
  await page.locator('[data-template="monitoring"]').click();
  await expect(page.getByLabel('النص بالعربية')).toHaveValue('طُبّق إصلاح ونراقب النتائج.');
  await expect(page.getByLabel('المرحلة')).toHaveValue('monitoring');
  const [previewPage] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'معاينة في الاتجاهين' }).click()]);
  await previewPage.waitForLoadState();
  await expect(previewPage.locator('section[dir="rtl"]')).toContainText('طُبّق إصلاح ونراقب النتائج.');
  await expect(previewPage.locator('section[dir="ltr"]')).toContainText('A fix is in place and we are watching the results.');
  await previewPage.close();

  await page.getByLabel('المرحلة').selectOption('monitoring');
  await page.getByLabel('النص بالعربية').fill('عاد السحب تدريجيًا ونراقب الوضع.');
  await page.getByLabel('النص بالإنجليزية (اختياري)').fill('Withdrawals are coming back; we are watching.');
  await page.getByRole('button', { name: 'نشر التحديث' }).click();
  await expect(page.locator('[data-update-phase="monitoring"]')).toHaveCount(1);

  await page.getByLabel('المرحلة').selectOption('resolved');
  await page.getByLabel('النص بالعربية').fill('عاد السحب بالكامل.');
  await page.getByRole('button', { name: 'نشر التحديث' }).click();
  await expect(page.locator('[data-update-phase="resolved"]')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/desk-incident-ar-360.png', fullPage: true });

  // The public page: cookie-free and cacheable, labelled "from the editors", the hostile text as text.
  let dialog = false;
  page.on('dialog', () => (dialog = true));
  const publicPage = await request.get(`${ORIGIN}/incidents/${slug}`);
  expect(publicPage.status()).toBe(200);
  expect(publicPage.headers()['set-cookie']).toBeUndefined();
  expect(publicPage.headers()['cache-control']).toMatch(/^public, .*s-maxage=/);
  await page.goto(`${ORIGIN}/incidents/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('تعليق السحب في Coinbase');
  await expect(page.locator('[data-provenance="editor"]').first()).toHaveText('من محرري مرصد');
  await expect(page.locator('header [data-phase]')).toHaveText('تم الحل');
  await expect(page.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  await expect(page.locator('p[dir="auto"]').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/desk-public-ar-360.png', fullPage: true });

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${ORIGIN}/en/incidents/${slug}`);
  await expect(page.locator('h1 [data-arabic-only]')).toHaveText('Arabic only');
  await expect(page.locator('header [data-phase]')).toHaveText('Resolved');
  await page.screenshot({ path: 'test-results/desk-public-en-1280.png', fullPage: true });
  await page.goto(`${ORIGIN}/en/incidents`);
  await expect(page.locator(`[data-editor-incidents] a[href$="/incidents/${slug}"]`)).toBeVisible();
  expect(dialog).toBe(false);

  // Sign out: back to sign-in, and the desk refuses again.
  await page.goto(`${ORIGIN}/desk/en`);
  await page.screenshot({ path: 'test-results/desk-home-en-1280.png', fullPage: true });
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/desk\/en\/sign-in\?signedOut=1$/);
  await expect(page.getByRole('status')).toHaveText('You have signed out of the editorial desk.');
  expect(await context.cookies(ORIGIN + '/desk')).toEqual([]);
  await page.goto(`${ORIGIN}/desk/en/incidents/new`);
  await expect(page).toHaveURL(/\/desk\/en\/sign-in$/);
  expect(consoleErrors.filter((e) => !/Content Security Policy|Refused to execute inline script/.test(e))).toEqual([]);
});
