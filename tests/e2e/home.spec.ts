import { WEB_FONTS } from '../../lib/fonts';
import { expect, expectNoSeriousAxeViolations, LOCALES, test, WIDTHS } from './fixtures';

const GROUPS = ['exchange', 'l1', 'l2', 'infra', 'apps', 'cloud'];

for (const { locale, prefix, dir } of LOCALES) {
  test.describe(`home (${locale})`, () => {
    test(`is served as lang=${locale} dir=${dir} with every group and no cookie`, async ({ page, consoleErrors }) => {
      const response = await page.goto(prefix || '/');
      expect(response?.status()).toBe(200);
      expect(await response?.headerValue('set-cookie')).toBeNull();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      for (const group of GROUPS) await expect(page.locator(`[data-group="${group}"]`)).toBeVisible();
      // Until probes report, every status is honestly unknown: nothing is shown as working.
      await expect(page.locator('[data-status="operational"]')).toHaveCount(0);
      expect(await page.locator('[data-status="unknown"]').count()).toBeGreaterThan(20);
      await page.waitForLoadState('networkidle');
      expect(consoleErrors).toEqual([]);
    });

    for (const [name, width] of Object.entries(WIDTHS)) {
      test(`has no serious accessibility violations at ${name} width (${width}px)`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(prefix || '/');
        await expectNoSeriousAxeViolations(page);
        // Nothing wider than the screen at phone width.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `test-results/screenshots/home-${locale}-${width}.png`, fullPage: true });
      });
    }
  });
}

test('each language loads only its own font files: Arabic and Latin in Arabic, Latin alone in English', async ({ browser, baseURL }) => {
  // A fresh context each time, so nothing comes from the browser's cache unseen.
  const visit = async (path: string) => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const fonts: string[] = [];
    page.on('request', (request) => request.url().includes('/fonts/') && fonts.push(new URL(request.url()).pathname));
    await page.goto(path, { waitUntil: 'networkidle' });
    const family = await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontFamily);
    await context.close();
    return { fonts: fonts.sort(), family };
  };
  const ar = await visit('/');
  expect(ar.fonts).toEqual(WEB_FONTS.map((face) => face.url).sort());
  expect(ar.family).toMatch(/^"Plex Arabic", "Plex Latin"/);
  const en = await visit('/en');
  expect(en.fonts).toEqual(WEB_FONTS.filter((face) => face.family === 'Plex Latin').map((face) => face.url).sort());
  expect(en.family).toMatch(/^"Plex Latin"/);
});

test('a public page is styled by one stylesheet, the web fonts\' rules in it: the first paint waits for one request, not two', async ({ request }) => {
  for (const path of ['/', '/en', '/en/incidents']) {
    const html = await (await request.get(path)).text();
    const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(sheets, path).toHaveLength(1);
    const css = await (await request.get(sheets[0]!)).text();
    expect(css).toContain('@font-face');
    expect(css).toContain('--font-site');
  }
});

test('loading the home page formats nothing in the browser but its times, and nothing before the page is parsed', async ({ page }) => {
  // Every Intl formatter the page makes, with whether the document was still being parsed, up to the moment
  // hydration commits (Next adds its route announcer then). The server has rendered every sentence, figure
  // and badge: the browser only puts times in the visitor's zone (after parsing) until the first poll.
  await page.addInitScript(() => {
    const made: { kind: string; parsing: boolean }[] = [];
    const w = window as unknown as { intlMade: typeof made; intlAtHydration?: typeof made };
    w.intlMade = made;
    for (const kind of ['NumberFormat', 'PluralRules', 'ListFormat', 'RelativeTimeFormat', 'DateTimeFormat'] as const) {
      const original = Intl[kind] as unknown as new (...args: unknown[]) => object;
      const note = () => made.push({ kind, parsing: document.readyState === 'loading' });
      (Intl as unknown as Record<string, unknown>)[kind] = new Proxy(original, {
        construct: (target, args) => (note(), Reflect.construct(target, args)),
        apply: (target, self, args) => (note(), Reflect.apply(target as unknown as (...a: unknown[]) => object, self, args)),
      });
    }
    new MutationObserver((_, observer) => {
      if (!document.querySelector('next-route-announcer')) return;
      w.intlAtHydration = [...made];
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto('/en');
  const made = (await page.waitForFunction(() => (window as unknown as { intlAtHydration?: { kind: string; parsing: boolean }[] }).intlAtHydration).then((h) => h.jsonValue()))!;
  expect(made.filter((m) => m.parsing)).toEqual([]);
  expect(made.filter((m) => m.kind !== 'DateTimeFormat')).toEqual([]);
  // The times were put in the visitor's zone: the one use there is.
  expect(made.length).toBeGreaterThan(0);
});

test('the home page paints before its scripts load, and they still load and act (lib/front/scripts-after-paint.ts)', async ({ page, request, consoleErrors }) => {
  for (const path of ['/', '/en']) {
    // As served: none of Next's chunk tags, one loader in their place.
    const html = await (await request.get(path)).text();
    expect(html.match(/<script src="\/_next\/static\/[^"]+" async=""><\/script>/g)?.length ?? 0, path).toBe(0);
    expect(html.match(/<script>\(function\(s\)/g), path).toHaveLength(1);

    await page.goto(path);
    // Hydrated: the bars take the keyboard.
    const slider = page.getByRole('slider').first();
    await expect(async () => {
      await slider.focus();
      await page.keyboard.press('Home');
      await expect(slider).toHaveAttribute('aria-valuenow', '1', { timeout: 500 });
    }).toPass();
    const timing = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      scripts: performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script' && /\/_next\/static\/.+\.js$/.test(e.name))
        .map((e) => e.startTime),
    }));
    expect(timing.fcp, path).not.toBeNull();
    expect(timing.scripts.length, path).toBeGreaterThan(3);
    // Every chunk was asked for after the first contentful paint.
    expect(Math.min(...timing.scripts), path).toBeGreaterThanOrEqual(timing.fcp!);
  }
  expect(consoleErrors).toEqual([]);
});

test('hydrating the home page builds only what acts: row heads, group headings, the drawing of the bars, the colour key and the last incidents stay as the server sent them', async ({ page }) => {
  await page.goto('/en');
  await page.waitForSelector('next-route-announcer', { state: 'attached' });
  const built = await page.evaluate(() => {
    const hasFiber = (el: Element) => Object.keys(el).some((key) => key.startsWith('__reactFiber'));
    const inside = (selector: string) => [...document.querySelectorAll(selector)].flatMap((el) => [...el.querySelectorAll('*')]);
    const kept = [
      ...inside('section[data-group] li > div:first-child'),
      ...inside('section[data-group] h2'),
      ...inside('section[data-group] [role="slider"] svg'),
      ...inside('[data-legend]'),
      ...inside('[data-recent-incidents]'),
    ];
    return { kept: kept.length, keptBuilt: kept.filter(hasFiber).length, sliders: document.querySelectorAll('section[data-group] [role="slider"]').length, slidersBuilt: [...document.querySelectorAll('section[data-group] [role="slider"]')].filter(hasFiber).length };
  });
  // Hundreds of elements the browser did not build, and the bars (which take the keyboard and pointer) built.
  expect(built.kept).toBeGreaterThan(300);
  expect(built.keptBuilt).toBe(0);
  expect(built.sliders).toBeGreaterThan(0);
  expect(built.slidersBuilt).toBe(built.sliders);
});

test('reaching the home page by a link inside the site draws every row in the browser', async ({ page }) => {
  await page.goto('/en/about');
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  await page.getByRole('banner').getByRole('link', { name: /^Home$/ }).click();
  await expect(page).toHaveURL(/\/en$/);
  // No new document: React drew the rows itself, with no server HTML to keep.
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  const row = page.locator('section[data-group] li[data-service="coinbase"]');
  await expect(row.getByRole('link', { name: 'Coinbase', exact: true })).toBeVisible();
  await expect(row.locator('[data-status]').first()).toBeVisible();
  await expect(row.getByRole('slider').locator('svg path').first()).toBeAttached();
  await expect(page.locator('section[data-group="exchange"] h2')).toContainText(/\d/);
});

test('the language switch keeps the current page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /English/ }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.goto('/en/no-such-page');
  await page.getByRole('link', { name: /العربية/ }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/no-such-page$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
});

test('the language switch keeps query filters and #event anchors, and reaches Arabic without a redirect', async ({ page }) => {
  const redirects: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 300 && r.status() < 400) redirects.push(`${r.status()} ${r.url()}`);
  });
  // Filters: the incident list's query is kept both ways.
  await page.goto('/en/incidents?provider=aws&year=2025');
  const link = page.locator('[data-language-switch]');
  await expect(link).toHaveAttribute('href', '/incidents?provider=aws&year=2025');
  await link.click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/incidents\?provider=aws&year=2025$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('[data-language-switch]')).toHaveAttribute('href', '/en/incidents?provider=aws&year=2025');
  // An event's anchor, including one the reader moved to after the page loaded.
  await page.goto('/en/incidents/aws-us-east-1-2025-10-20');
  const anchors = await page.locator('[id^="event-"]').evaluateAll((els) => els.map((e) => e.id));
  expect(anchors.length).toBeGreaterThan(1);
  await page.goto(`/en/incidents/aws-us-east-1-2025-10-20#${anchors[0]}`);
  await expect(link).toHaveAttribute('href', `/incidents/aws-us-east-1-2025-10-20#${anchors[0]}`);
  await page.evaluate((id) => (window.location.hash = id), anchors[1]!);
  await expect(link).toHaveAttribute('href', `/incidents/aws-us-east-1-2025-10-20#${anchors[1]}`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`127\\.0\\.0\\.1:\\d+/incidents/aws-us-east-1-2025-10-20#${anchors[1]}$`));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(redirects).toEqual([]);
});

test('an unknown page is a localized 404', async ({ page }) => {
  const response = await page.goto('/en/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('GET /api/status returns the snapshot with status and reason codes', async ({ request }) => {
  const response = await request.get('/api/status');
  expect(response.status()).toBe(200);
  expect(response.headers()['set-cookie']).toBeUndefined();
  const body = await response.json();
  expect(Date.parse(body.generatedAt)).not.toBeNaN();
  expect(body.services.length).toBeGreaterThan(20);
  for (const service of body.services) {
    expect(service).toMatchObject({ id: expect.any(String), category: expect.any(String), monitored: expect.any(Boolean) });
    expect(service.status).toBe('unknown');
    expect(service.reason).toBe(service.monitored ? 'no_data' : 'not_monitored');
  }
  expect(body.services.find((s: { id: string }) => s.id === 'metamask')).toMatchObject({ monitored: false });
});
