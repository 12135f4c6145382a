// The 90-day uptime bars by keyboard, pointer and touch, in both reading directions. In Arabic time runs
// from right to left (the oldest day on the right), so ArrowLeft moves to a newer day; in English
// ArrowRight does. The bars read a seeded history: coinbase (the first monitored service) has its first
// 20 days missing, a half-covered day 21, and a major outage on day 54 (see helpers/seed-status.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedStatusHistory, seededDayKind } from './helpers/seed-status';
import { startTestServer, type TestServer } from './helpers/server';

test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.E2E_PORT ?? 3100) + 13;
const MAJOR_DAY = Array.from({ length: 90 }, (_, d) => d).find((d) => seededDayKind(0, d) === 'major_outage')!;
let server: TestServer;

test.beforeAll(async () => {
  // A cold start (database, migrations, Next, the front workers) on a busy 2-core machine takes a while.
  test.setTimeout(90_000);
  const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-bars-')), 'data');
  await seedStatusHistory(dataDir);
  server = await startTestServer(PORT, { MARSAD_DATA_DIR: dataDir, MARSAD_PROBES: 'off' });
});

test.afterAll(async () => {
  await server?.stop();
});

function utcDate(daysAgo: number, locale: 'ar' | 'en'): string {
  const day = new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000 - daysAgo * 86_400_000);
  return new Intl.DateTimeFormat(locale, { calendar: 'gregory', numberingSystem: 'latn', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day);
}

/** Where the outlined (active) day is, as a share of the bars' width from the left edge. */
async function markerFromLeft(page: Page, bars: Locator): Promise<number> {
  const box = (await bars.boundingBox())!;
  const mark = (await bars.locator('rect').boundingBox())!;
  return (mark.x + mark.width / 2 - box.x) / box.width;
}

const cases = [
  { locale: 'ar', prefix: '', newer: 'ArrowLeft', older: 'ArrowRight', oldestSide: 'right' },
  { locale: 'en', prefix: '/en', newer: 'ArrowRight', older: 'ArrowLeft', oldestSide: 'left' },
] as const;

for (const { locale, prefix, newer, older, oldestSide } of cases) {
  test(`${locale}: one tab stop; ${newer} goes to a newer day, ${older} to an older one, Home and End to the ends`, async ({ page }) => {
    await page.goto(`${server.url}${prefix}`);
    const row = page.locator('[data-service="coinbase"]');
    const bars = row.getByRole('slider');
    // The row's last link before its bars is the company's own status page.
    await row.locator('[data-status-page]').focus();
    await page.keyboard.press('Tab');
    await expect(bars).toBeFocused();
    // Today first.
    await expect(bars).toHaveAttribute('aria-valuenow', '90');
    await expect(bars).toHaveAttribute('aria-valuetext', new RegExp(`^${utcDate(0, locale)}`));

    await page.keyboard.press(older);
    await expect(bars).toHaveAttribute('aria-valuenow', '89');
    await expect(bars).toHaveAttribute('aria-valuetext', new RegExp(`^${utcDate(1, locale)}`));
    await page.keyboard.press(newer);
    await expect(bars).toHaveAttribute('aria-valuenow', '90');
    // Past the newest day it stays there.
    await page.keyboard.press(newer);
    await expect(bars).toHaveAttribute('aria-valuenow', '90');

    await page.keyboard.press('Home');
    await expect(bars).toHaveAttribute('aria-valuenow', '1');
    await expect(bars).toHaveAttribute('aria-valuetext', locale === 'ar' ? /بيانات غير كافية/ : /not enough data/);
    // The oldest day is drawn on the side time starts from in this language.
    const x = await markerFromLeft(page, bars);
    expect(oldestSide === 'right' ? x > 0.95 : x < 0.05).toBe(true);
    // The visible detail follows the keyboard.
    await expect(row.locator('[data-day-detail]')).toContainText(utcDate(89, locale));

    for (let i = 0; i < MAJOR_DAY; i++) await page.keyboard.press(newer);
    await expect(bars).toHaveAttribute('aria-valuenow', String(MAJOR_DAY + 1));
    await expect(bars).toHaveAttribute('aria-valuetext', locale === 'ar' ? /انقطاع كبير، نسبة التوفر/ : /Major outage, [\d.]+% uptime/);

    // PageDown and PageUp move a month (30 days) older and newer, and stop at the ends.
    await page.keyboard.press('End');
    await page.keyboard.press('PageDown');
    await expect(bars).toHaveAttribute('aria-valuenow', '60');
    await expect(row.locator('[data-day-detail]')).toContainText(utcDate(30, locale));
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(bars).toHaveAttribute('aria-valuenow', '1');
    await page.keyboard.press('PageUp');
    await expect(bars).toHaveAttribute('aria-valuenow', '31');
    // The detail never covers the service's name above the bars.
    const name = (await row.locator('h3').boundingBox())!;
    const detail = (await row.locator('[data-day-detail]').boundingBox())!;
    expect(detail.y).toBeGreaterThanOrEqual(name.y + name.height);

    await page.keyboard.press('End');
    await expect(bars).toHaveAttribute('aria-valuenow', '90');
    // One tab stop: the next Tab leaves the 90 days for the next row's link.
    await page.keyboard.press('Tab');
    await expect(page.locator('[data-service="binance"] h3 a')).toBeFocused();
    await expect(row.locator('[data-day-detail]')).toHaveCount(0);
  });

  test(`${locale}: the pointer shows the day under it`, async ({ page }) => {
    await page.goto(`${server.url}${prefix}`);
    const bars = page.locator('[data-service="coinbase"]').getByRole('slider');
    // Where a visitor would have scrolled to (in the system's font of a first visit the row may sit below the fold).
    await bars.scrollIntoViewIfNeeded();
    const box = (await bars.boundingBox())!;
    // The far end from where time starts is today.
    const todayX = oldestSide === 'right' ? box.x + 2 : box.x + box.width - 2;
    // The bars answer the pointer once the page is hydrated: move onto them again until they do (a
    // pointer that arrived before hydration fired no event the bars heard).
    await expect(async () => {
      await page.mouse.move(0, 0);
      await page.mouse.move(todayX, box.y + box.height / 2);
      await expect(page.locator('[data-service="coinbase"] [data-day-detail]')).toContainText(utcDate(0, locale), { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    const oldestX = oldestSide === 'right' ? box.x + box.width - 2 : box.x + 2;
    await page.mouse.move(oldestX, box.y + box.height / 2);
    await expect(page.locator('[data-service="coinbase"] [data-day-detail]')).toContainText(utcDate(89, locale));
    await page.mouse.move(0, 0);
    await expect(page.locator('[data-service="coinbase"] [data-day-detail]')).toHaveCount(0);
  });
}

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 360, height: 800 } });

  test('a tap shows that day and its uptime', async ({ page }) => {
    await page.goto(`${server.url}/en`);
    const bars = page.locator('[data-service="coinbase"]').getByRole('slider');
    await bars.scrollIntoViewIfNeeded();
    const box = (await bars.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width - 1, box.y + box.height / 2);
    await expect(page.locator('[data-service="coinbase"] [data-day-detail]')).toContainText(utcDate(0, 'en'));
    await expect(bars).toHaveAttribute('aria-valuenow', '90');
  });
});
