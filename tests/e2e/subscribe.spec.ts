// Email subscription end to end, on a server of its own configured with a local SMTP server started here
// (tests/helpers/smtp.ts): from an Arabic service page, with JavaScript off (a plain form), subscribe; the
// confirmation arrives in Arabic with RFC 8058's headers; its link opens a page whose button confirms (the
// link alone changes nothing); the mail client's one-click POST unsubscribes and the data is gone. Then in
// English from the home page, unsubscribing with the page's button. The public page stays cookie-free.
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';
import { startTestServer, type TestServer } from './helpers/server';
import { linkIn, startLocalSmtp, type LocalSmtp } from '../helpers/smtp';

const PORT = Number(process.env.E2E_SUBSCRIBE_PORT ?? 3190);
const ORIGIN = `http://localhost:${PORT}`;
let server: TestServer;
let smtp: LocalSmtp;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(150_000);
  smtp = await startLocalSmtp();
  server = await startTestServer(PORT, {
    MARSAD_PUBLIC_URL: ORIGIN, MARSAD_PROBES: 'off', MARSAD_IP_RANGES_REFRESH: 'off',
    MARSAD_SMTP_URL: smtp.url, MARSAD_EMAIL_FROM: 'Marsad <status@marsad.test>',
  });
});

test.afterAll(async () => {
  await server?.stop();
  await smtp?.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('subscribes from an Arabic service page, confirms, and unsubscribes in one click', async ({ page, request }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 360, height: 800 });
    const response = await page.goto(`${ORIGIN}/services/coinbase`);
    expect(response!.headers()['set-cookie']).toBeUndefined();
    const block = page.locator('[data-get-notified="service:coinbase"]');
    await expect(block.getByRole('heading', { name: 'تابِع التنبيهات' })).toBeVisible();
    await block.getByLabel('بريدك الإلكتروني').fill('reader@example.test');
    await block.getByRole('button', { name: 'اشترِك بالبريد' }).click();
    await expect(page).toHaveURL(/\/subscribe\/sent\?scope=service%3Acoinbase$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('تحقّق من بريدك');

    const mail = await smtp.waitFor((m) => m.to.includes('reader@example.test'), 20_000);
    expect(mail.subject).toBe('أكّد اشتراكك في تنبيهات مرصد');
    expect(mail.text).toContain('Coinbase');
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const link = linkIn(mail, '/subscribe/confirm');
    expect(link).toMatch(new RegExp(`^${ORIGIN}/subscribe/confirm\\?token=`));

    // Opening the link (as a mail scanner would) confirms nothing: the button does.
    await page.goto(link!);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByText('Coinbase')).toBeVisible();
    await page.getByRole('button', { name: 'تأكيد الاشتراك' }).click();
    await expect(page).toHaveURL(/\/subscribe\/confirmed/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('تم الاشتراك');
    // The same link again: used up.
    await page.goto(link!);
    await expect(page.getByRole('alert')).toBeVisible();

    // The mail client's one-click unsubscribe (RFC 8058): a POST to the header's address.
    const target = mail.headers['list-unsubscribe']!.slice(1, -1);
    expect(target).toMatch(new RegExp(`^${ORIGIN}/api/subscribe/unsubscribe\\?token=`));
    const done = await request.post(target, { form: { 'List-Unsubscribe': 'One-Click' } });
    expect(done.status()).toBe(200);
    expect(done.headers()['cache-control']).toBe('no-store');
    // The address is gone: its unsubscribe page no longer knows it.
    await page.goto(`${ORIGIN}/subscribe/unsubscribe?token=${new URL(target).searchParams.get('token')}`);
    await expect(page.getByText('هذا الرابط غير معروف، أو أن الاشتراك أُلغي من قبل.')).toBeVisible();
  });
});

test('subscribes in English from the home page and unsubscribes with the page\'s button', async ({ page, consoleErrors }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${ORIGIN}/en`);
  const block = page.locator('[data-get-notified="all"]');
  await block.getByLabel('Your email').fill('Reader.Two@Example.test');
  await block.getByRole('button', { name: 'Subscribe by email' }).click();
  await expect(page).toHaveURL(/\/en\/subscribe\/sent/);
  const mail = await smtp.waitFor((m) => m.to.includes('reader.two@example.test'), 20_000);
  expect(mail.subject).toBe('Confirm your Marsad alerts');
  await page.goto(linkIn(mail, '/en/subscribe/confirm')!);
  // axe runs in the page: here, with JavaScript on.
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Confirm my subscription' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are subscribed');
  const token = new URL(mail.headers['list-unsubscribe']!.slice(1, -1)).searchParams.get('token');
  await page.goto(`${ORIGIN}/en/subscribe/unsubscribe?token=${token}`);
  await page.getByRole('button', { name: 'Unsubscribe and delete my address' }).click();
  await expect(page).toHaveURL(/\/en\/subscribe\/unsubscribed$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are unsubscribed');
  // The subscribe pages are per request (a token, an error): streamed, so no inline script may run (the
  // strict policy of every uncached page); their forms need none.
  expect(consoleErrors.filter((e) => !/Content Security Policy|Refused to execute inline script/.test(e))).toEqual([]);
});

test('a bad address is sent back to the form with its error, and POST elsewhere is refused', async ({ page, request }) => {
  const r = await request.post(`${ORIGIN}/api/subscribe/email`, { form: { email: 'nope', scope: 'all', locale: 'en' }, maxRedirects: 0 });
  expect(r.status()).toBe(303);
  expect(r.headers().location).toBe('/en/subscribe?scope=all&error=email');
  await page.goto(`${ORIGIN}${r.headers().location}`);
  await expect(page.getByRole('alert')).toHaveText('Write a valid email address, such as name@example.com.');
  const json = await request.post(`${ORIGIN}/api/subscribe/email`, { data: { email: 'nope' } });
  expect(json.status()).toBe(400);
  expect((await json.json()).error.field).toBe('email');
  expect((await request.post(`${ORIGIN}/services/coinbase`, { form: { email: 'a@example.test' } })).status()).toBe(405);
});
