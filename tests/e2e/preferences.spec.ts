import { expect, test } from './fixtures';

test.describe('visitor preferences', () => {
  test.use({ timezoneId: 'Asia/Riyadh' });

  test('times follow the browser zone by default, with no hydration error', async ({ page, consoleErrors }) => {
    await page.goto('/en');
    const generated = page.locator('time[data-format]').first();
    // The server rendered UTC; the browser shows Riyadh time (UTC+3), named as people say it, not "GMT+3".
    await expect(generated).toContainText('Riyadh time');
    await expect(generated).not.toContainText('GMT');
    await page.waitForLoadState('networkidle');
    expect(consoleErrors).toEqual([]);
  });

  test('the Arabic-Indic digits choice changes the numerals and survives a reload', async ({ page, consoleErrors }) => {
    await page.goto('/');
    const count = page.locator('[data-group="exchange"] h2 [data-num]');
    await expect(count).toHaveText(/[0-9]/);
    await page.locator('summary', { hasText: 'خيارات العرض' }).click();
    await page.locator('select[data-pref="digits"]').selectOption('arab');
    await expect(count).toHaveText(/[٠-٩]/);
    await expect(count).not.toHaveText(/[0-9]/);
    await page.reload();
    await expect(count).toHaveText(/[٠-٩]/);
    await expect(page.locator('html')).toHaveAttribute('data-digits', 'arab');
    await page.waitForLoadState('networkidle');
    expect(consoleErrors).toEqual([]);
  });

  test('the display options close on Esc and on a click outside, and never cover the banner', async ({ page }) => {
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/en');
      await page.waitForLoadState('networkidle');
      const details = page.locator('details[data-preferences]');
      const summary = details.locator('summary');
      await summary.click();
      await expect(details).toHaveAttribute('open', '');
      // The panel opens in the page's flow: the banner moves down, it is never covered.
      const panel = (await page.locator('[data-preferences-panel]').boundingBox())!;
      const banner = (await page.locator('[data-banner]').boundingBox())!;
      expect(panel.y + panel.height).toBeLessThanOrEqual(banner.y);
      await page.locator('select[data-pref="theme"]').focus();
      await page.keyboard.press('Escape');
      await expect(details).not.toHaveAttribute('open', '');
      await expect(page.locator('[data-preferences-panel]')).toHaveCount(0);
      await expect(summary).toBeFocused();
      await summary.click();
      await expect(details).toHaveAttribute('open', '');
      // A click inside the panel keeps it open; one outside closes it.
      await page.locator('[data-preferences-panel]').click({ position: { x: 4, y: 4 } });
      await expect(details).toHaveAttribute('open', '');
      await page.locator('h1').click();
      await expect(details).not.toHaveAttribute('open', '');
      await expect(page.locator('[data-preferences-panel]')).toHaveCount(0);
    }
  });

  test('a chosen time zone and theme are applied and remembered', async ({ page }) => {
    await page.goto('/en');
    await page.locator('summary', { hasText: 'Display' }).click();
    await page.locator('select[data-pref="timeZone"]').selectOption('UTC');
    await page.locator('select[data-pref="theme"]').selectOption('dark');
    await expect(page.locator('time[data-format]').first()).toContainText('UTC');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('time[data-format]').first()).toContainText('UTC');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(17, 18, 20)');
  });
});
