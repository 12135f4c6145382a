import { expect, expectNoSeriousAxeViolations, LOCALES, test, WIDTHS } from './fixtures';

const QUESTIONS = ['aws-and-crypto', 'paradox', 'solution', 'l1-l2', 'exchange-not-bitcoin', 'decentralised', 'coins-safe', 'how-marsad-knows', 'up-but-zero', 'not-first-time'];
// The source article is credited by its headline (../shared/article/README.md), its outlet said to be unknown.
const CREDIT = { ar: 'يعيد كسر وهم اللامركزية في عالم العملات الرقمية', en: 'breaks the illusion of decentralisation in the crypto world again' };

for (const { locale, prefix, dir } of LOCALES) {
  test.describe(`faq (${locale})`, () => {
    test(`renders every question with lang=${locale} dir=${dir}, credits the article, and is marked up as FAQPage`, async ({ page, consoleErrors }) => {
      const response = await page.goto(`${prefix}/faq`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      const ids = await page.locator('[data-faq]').evaluateAll((els) => els.map((e) => e.id));
      expect(ids).toEqual(QUESTIONS);
      await expect(page.locator('[data-credit]')).toContainText(CREDIT[locale]);
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      expect(ld['@type']).toBe('FAQPage');
      expect(ld.inLanguage).toBe(locale);
      const headings = await page.locator('[data-faq] h2').allTextContents();
      expect(ld.mainEntity.map((q: { name: string }) => q.name)).toEqual(headings);
      for (const q of ld.mainEntity) {
        expect(q['@type']).toBe('Question');
        expect(q.acceptedAnswer.text.length).toBeGreaterThan(100);
      }
      await page.waitForLoadState('networkidle');
      expect(consoleErrors).toEqual([]);
    });

    test('each question is linkable', async ({ page }) => {
      await page.goto(`${prefix}/faq#coins-safe`);
      await expect(page.locator('#coins-safe')).toBeInViewport();
      await page.locator('nav a[href="#up-but-zero"]').click();
      await expect(page).toHaveURL(/#up-but-zero$/);
      await expect(page.locator('#up-but-zero')).toBeInViewport();
    });
  });

  test.describe(`about (${locale})`, () => {
    test(`renders the methodology with its version, lang=${locale} dir=${dir}`, async ({ page, consoleErrors }) => {
      const response = await page.goto(`${prefix}/about`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.locator('[data-methodology-version="1.4"]')).toBeVisible();
      // Each status with icon + word + colour, and the "not monitored" flag.
      await expect(page.locator('[data-status-rule]')).toHaveCount(7);
      await expect(page.locator('[data-status-rule] [data-status]')).toHaveCount(7);
      // The three provenance labels, every probe kind, and the chain limits read from the catalog.
      await expect(page.locator('[data-provenance]')).toHaveCount(3);
      await expect(page.locator('[data-probe-kind]')).toHaveCount(7);
      for (const chain of ['bitcoin', 'ethereum', 'solana', 'base', 'arbitrum-one']) await expect(page.locator(`[data-chain="${chain}"]`)).toBeVisible();
      await expect(page.locator('[data-formula]')).toContainText('0.3');
      for (const section of ['statuses', 'confirmation', 'probes', 'chains', 'vantages', 'provenance', 'uptime', 'sources', 'limitations', 'cite', 'data']) {
        await expect(page.locator(`section#${section}`)).toHaveCount(1);
      }
      await expect(page.locator('#data')).toContainText('/api/incidents');
      await page.waitForLoadState('networkidle');
      expect(consoleErrors).toEqual([]);
    });
  });

  for (const target of ['/faq', '/about']) {
    for (const [name, width] of Object.entries(WIDTHS)) {
      test(`${target} (${locale}) has no serious accessibility violations and no sideways scroll at ${name} width (${width}px)`, async ({ page }) => {
        test.setTimeout(60_000);
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${prefix}${target}`);
        await expectNoSeriousAxeViolations(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  }
}

test('who runs the site: unset operator settings are said plainly, never invented; /open-data says what to set', async ({ page }) => {
  await page.goto('/en/about');
  const card = page.locator('[data-operator]');
  await expect(card).toHaveAttribute('data-operator', 'unnamed');
  await expect(card).toContainText('This deployment of Marsad has not named its operator.');
  await expect(card).toContainText('MARSAD_CONTACT_EMAIL');
  await expect(card.locator('a[href^="mailto:"]')).toHaveCount(0);
  // The methodology's paths keep their slash in Arabic: "/ping" is one isolated run.
  await page.goto('/about');
  await expect(page.locator('bdi', { hasText: /^\/ping$/ })).toHaveCount(1);
  await page.goto('/en/open-data');
  await expect(page.locator('[data-origin-unset]')).toContainText('MARSAD_PUBLIC_URL');
  await expect(page.locator('#embeds pre')).toContainText('<iframe src="https://marsad.example/en/embed/service/bitcoin"');
});
