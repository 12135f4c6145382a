// The desk's team, postmortems and audit log end to end, on a server of their own: the admin (made by
// desk:admin) creates an editor on the team page and reads the one-time password; the editor signs in,
// declares an incident, writes and publishes its postmortem; it shows on the public page in both
// languages, in the feeds and in /api/v1; the editor gets 403 on the audit log; the admin reads the
// publication there; the admin disables the editor and the editor's open session stops at once.
// Screenshots of each new page in Arabic and English at 360 and 1280 px go to test-results/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';
import { startTestServer, type TestServer } from './helpers/server';

const PORT = Number(process.env.E2E_DESK_ADMIN_PORT ?? 3186);
const ORIGIN = `http://localhost:${PORT}`;
const PM_AR = 'توقف السحب في **Coinbase** ساعة. السبب: تحديث في محفظة الشركة الساخنة.';
const PM_EN = 'Withdrawals at **Coinbase** stopped for an hour. The cause: an update to the company\'s hot wallet.';
let server: TestServer;
let adminPassword: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(150_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-e2e-desk-admin-'));
  const made = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/desk-admin.ts', '--email', 'lead@example.org'], {
    env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: '', MARSAD_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  expect(made.status, made.stderr).toBe(0);
  adminPassword = /Password[^:]*: (\S+)/.exec(made.stdout)![1]!;
  server = await startTestServer(PORT, { MARSAD_DATA_DIR: dataDir, MARSAD_PUBLIC_URL: ORIGIN, MARSAD_PROBES: 'off', MARSAD_IP_RANGES_REFRESH: 'off' });
});

test.afterAll(async () => {
  await server?.stop();
});

async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${ORIGIN}/desk/ar/sign-in`);
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByLabel('كلمة المرور').fill(password);
  await page.getByRole('button', { name: 'دخول' }).click();
  await expect(page).toHaveURL(/\/desk\/ar$/);
}

/** The page at both widths in both languages (`path` under /desk/{lang} or the public site). */
async function shoot(page: Page, name: string, urlOf: (lang: 'ar' | 'en') => string) {
  for (const lang of ['ar', 'en'] as const) {
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${ORIGIN}${urlOf(lang)}`);
      await page.screenshot({ path: `test-results/desk-admin-${name}-${lang}-${width}.png`, fullPage: true });
    }
  }
  await page.setViewportSize({ width: 360, height: 800 });
}

test('admin creates an editor; the editor publishes a postmortem, shown in public, the feeds and the API; audit; disabling ends the session', async ({ browser, request }) => {
  test.setTimeout(110_000);
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await admin.setViewportSize({ width: 360, height: 800 });
  await signIn(admin, 'lead@example.org', adminPassword);

  // The team page: create an editor; the password is on the answer, once.
  await admin.getByRole('link', { name: 'فريق التحرير' }).click();
  await expect(admin).toHaveURL(/\/desk\/ar\/users$/);
  await expectNoSeriousAxeViolations(admin);
  await admin.getByLabel('البريد الإلكتروني').fill('writer@example.org');
  await admin.getByLabel('الدور').selectOption('editor');
  await admin.getByRole('button', { name: 'أنشئ الحساب' }).click();
  await expect(admin.locator('[data-created-email]')).toHaveText('writer@example.org');
  const editorPassword = (await admin.locator('[data-created-password]').textContent())!.trim();
  expect(editorPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
  await admin.screenshot({ path: 'test-results/desk-admin-created-ar-360.png', fullPage: true });

  // The editor signs in, declares an incident and writes its postmortem.
  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await editor.setViewportSize({ width: 360, height: 800 });
  await signIn(editor, 'writer@example.org', editorPassword);
  await expect(editor.getByText('دخلت باسم writer@example.org (محرر).')).toBeVisible();
  await expect(editor.getByRole('link', { name: 'فريق التحرير' })).toHaveCount(0);
  await editor.getByRole('link', { name: 'إعلان حادثة' }).click();
  await editor.getByLabel('العنوان بالعربية').fill('تعليق السحب في Coinbase');
  await editor.getByLabel('العنوان بالإنجليزية (اختياري)').fill('Coinbase withdrawals paused');
  await editor.getByLabel('النص بالعربية').fill('تقول الشركة إن السحب متوقف مؤقتًا.');
  await editor.getByLabel('المرحلة').selectOption('resolved');
  await editor.getByRole('button', { name: 'نشر الحادثة' }).click();
  await expect(editor).toHaveURL(/\/desk\/ar\/incidents\/editor-\d{8}-[a-z0-9]{6}$/);
  const slug = editor.url().split('/').pop()!;

  await editor.goto(`${ORIGIN}/desk/ar`);
  await editor.getByRole('link', { name: 'تقارير ما بعد الحوادث' }).click();
  await expect(editor.locator(`[data-incident="${slug}"]`)).toHaveAttribute('data-postmortem-state', 'none');
  await editor.locator(`[data-incident="${slug}"] a`).click();
  await expect(editor).toHaveURL(new RegExp(`/desk/ar/postmortems/${slug}$`));
  await expectNoSeriousAxeViolations(editor);
  await editor.getByLabel('التقرير بالعربية').fill(PM_AR);
  await editor.getByRole('button', { name: 'احفظ المسودة' }).click();
  await expect(editor.locator('[data-done]')).toHaveAttribute('data-done', 'saved');
  // A draft is not public.
  const v1Draft = await (await request.get(`${ORIGIN}/api/v1/incidents/${slug}`)).json();
  expect(v1Draft.incident.postmortem).toBeNull();
  await editor.getByLabel('التقرير بالإنجليزية (اختياري)').fill(PM_EN);
  await editor.getByRole('button', { name: 'انشر التقرير' }).click();
  await expect(editor.locator('[data-done]')).toHaveAttribute('data-done', 'published');
  await expect(editor.locator('[data-postmortem-state]')).toHaveAttribute('data-postmortem-state', 'published');
  await shoot(editor, 'postmortem-form', (lang) => `/desk/${lang}/postmortems/${slug}`);
  await shoot(editor, 'postmortem-list', (lang) => `/desk/${lang}/postmortems`);

  // The public page, both languages: its own section, labelled, dated; the text in each language.
  await editor.goto(`${ORIGIN}/incidents/${slug}`);
  const section = editor.locator('#postmortem');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('تقرير ما بعد الحادثة');
  await expect(section).toContainText('من محرري مرصد');
  await expect(section.locator('strong', { hasText: 'Coinbase' })).toBeVisible();
  await expect(section.locator('time')).toHaveCount(1);
  await editor.goto(`${ORIGIN}/en/incidents/${slug}`);
  await expect(editor.locator('#postmortem h2')).toHaveText('Postmortem');
  await expect(editor.locator('#postmortem')).toContainText("From Marsad's editors");
  await expect(editor.locator('#postmortem')).toContainText('stopped for an hour');
  await shoot(editor, 'public-postmortem', (lang) => `${lang === 'en' ? '/en' : ''}/incidents/${slug}#postmortem`);

  // The feeds and the API.
  const atom = await (await request.get(`${ORIGIN}/feeds/incidents.en.atom`)).text();
  expect(atom).toContain(`<id>${ORIGIN}/en/incidents/${slug}#postmortem</id>`);
  expect(atom).toContain('Postmortem: Coinbase withdrawals paused');
  expect(atom).toContain('stopped for an hour');
  const rss = await (await request.get(`${ORIGIN}/feeds/incidents.ar.rss`)).text();
  expect(rss).toContain(`${ORIGIN}/incidents/${slug}#postmortem`);
  expect(rss).toContain('تقرير ما بعد الحادثة: تعليق السحب في \u2068Coinbase\u2069');
  const v1 = await (await request.get(`${ORIGIN}/api/v1/incidents/${slug}`)).json();
  expect(v1.incident.postmortem).toMatchObject({ provenance: 'editor', body: { ar: PM_AR, en: PM_EN }, revisedUtc: null });

  // The audit log: 403 for the editor, readable by the admin.
  const refused = await editor.goto(`${ORIGIN}/desk/ar/audit`);
  expect(refused?.status()).toBe(403);
  await expect(editor.getByRole('alert')).toHaveText('هذه الصفحة للمشرفين فقط.');
  await admin.goto(`${ORIGIN}/desk/ar/audit`);
  const published = admin.locator('[data-action="postmortem.publish"]');
  await expect(published).toContainText('نشر تقرير ما بعد الحادثة');
  await expect(published).toContainText('writer@example.org');
  await expect(published).toContainText('Withdrawals at **Coinbase**');
  await expect(admin.locator('[data-action="user.create"]')).toContainText('lead@example.org');
  await expectNoSeriousAxeViolations(admin);
  await shoot(admin, 'audit', (lang) => `/desk/${lang}/audit`);

  // Disabling the editor ends their open session at once.
  await admin.goto(`${ORIGIN}/desk/ar/users`);
  await admin.locator('[data-user="writer@example.org"]').getByRole('button', { name: 'عطّل الحساب' }).click();
  await expect(admin.getByRole('status')).toHaveText('حُفظ التغيير.');
  await expect(admin.locator('[data-user="writer@example.org"]')).toHaveAttribute('data-disabled', '1');
  await shoot(admin, 'users', (lang) => `/desk/${lang}/users`);
  await editor.goto(`${ORIGIN}/desk/ar`);
  await expect(editor).toHaveURL(/\/desk\/ar\/sign-in$/);
  const api = await editorContext.request.get(`${ORIGIN}/desk/api/incidents`);
  expect(api.status()).toBe(401);
  // And the last admin cannot be demoted.
  await admin.goto(`${ORIGIN}/desk/ar/users`);
  await admin.locator('[data-user="lead@example.org"]').getByRole('button', { name: 'اجعله محررًا' }).click();
  await expect(admin.locator('[data-error="last_admin"]')).toBeVisible();
  await adminContext.close();
  await editorContext.close();
});

test('the webhooks page: without a session to the sign-in page; a form\'s answer leaves its line; the other language keeps the page', async ({ browser, request }) => {
  const signedOut = await request.get(`${ORIGIN}/desk/en/webhooks`, { maxRedirects: 0 });
  expect(signedOut.status()).toBe(303);
  expect(signedOut.headers().location).toMatch(/\/desk\/en\/sign-in$/);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'lead@example.org', adminPassword);
  await page.goto(`${ORIGIN}/desk/en/webhooks?error=field&field=url`);
  await expect(page.locator('[data-error="field"]')).toContainText('url');
  await page.goto(`${ORIGIN}/desk/en/webhooks?error=nonsense&done=1`);
  await expect(page.locator('[data-error]')).toHaveCount(0);
  await expect(page.locator('p[role="status"].alert')).toBeVisible();
  await page.goto(`${ORIGIN}/desk/en/webhooks`);
  await expect(page.locator('p.alert')).toHaveCount(0);
  await expect(page.locator('a[href="/desk/ar/webhooks"]')).toBeVisible();
  await context.close();
});
