// The public status pages: the home page (banner, clouds, groups, 90-day bars) and the service pages,
// in Arabic and English, without JavaScript and with it, at phone and desktop widths. First on the shared
// server (nothing measured yet), then on a dedicated server whose database holds a seeded history.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, LOCALES, test, WIDTHS } from './fixtures';
import { SEEDED_OPEN_INCIDENT, seedStatusHistory } from './helpers/seed-status';
import { startTestServer, type TestServer } from './helpers/server';

const SEEDED_PORT = Number(process.env.E2E_PORT ?? 3100) + 11;
const SHOTS = 'test-results/screenshots';
const HYDRATION_ERROR = /Minified React error #(418|423|425)|hydrat/i;

async function expectNoOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

for (const { locale, prefix, dir } of LOCALES) {
  test.describe(`status pages before any measurement (${locale})`, () => {
    test(`home says honestly that nothing is measured yet, with dir=${dir}`, async ({ page, consoleErrors }) => {
      await page.goto(prefix || '/');
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.locator('[data-banner="noData"]')).toBeVisible();
      await expect(page.locator('[data-group="cloud"] [data-service]')).toHaveCount(4);
      for (const group of ['exchange', 'l1', 'l2', 'infra']) await expect(page.locator(`[data-group="${group}"] [data-service]`).first()).toBeVisible();
      // Every monitored row has its 90 bars, all "not enough data" so far.
      const bars = page.locator('[data-service="ethereum"] [role="slider"]');
      await expect(bars).toHaveAttribute('aria-valuemax', '90');
      await expect(page.locator('[data-service="metamask"] [role="slider"]')).toHaveCount(0);
      await page.waitForLoadState('networkidle');
      expect(consoleErrors.filter((e) => HYDRATION_ERROR.test(e))).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });

    test('a service page shows how the service is measured, with dir and language', async ({ page, consoleErrors }) => {
      const response = await page.goto(`${prefix}/services/ethereum`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      // A chain's name is written in Latin script in Arabic too (glossary), isolated.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ethereum');
      // The endpoints, isolated left-to-right inside Arabic text.
      const endpoint = page.locator('[data-monitor="ethereum-publicnode"] bdi[dir="ltr"]').first();
      await expect(endpoint).toHaveText('https://ethereum-rpc.publicnode.com');
      await expect(page.locator('[data-monitor]')).toHaveCount(4);
      await page.waitForLoadState('networkidle');
      expect(consoleErrors).toEqual([]);
    });

    test('an unknown service is a localized 404', async ({ page }) => {
      const response = await page.goto(`${prefix}/services/no-such-service`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'ar' ? 'الصفحة غير موجودة' : 'Page not found');
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page reads: banner, statuses and bars are in the HTML', async ({ page }) => {
    await page.goto('/en');
    await expect(page.locator('[data-banner]')).toContainText('no measurements yet');
    await expect(page.locator('[data-service="bitcoin"] [data-status="unknown"]')).toBeVisible();
    await expect(page.locator('[data-service="bitcoin"] svg path').first()).toBeAttached();
  });
});

test.describe('live behaviour in the browser', () => {
  test('late measurements and a failed poll are said plainly, without blanking the page', async ({ page }) => {
    test.setTimeout(45_000);
    let mode: 'late' | 'fail' = 'late';
    await page.route('**/api/status', async (route) => {
      if (mode === 'fail') return route.fulfill({ status: 503, body: '{}' });
      const body = await (await route.fetch()).json();
      body.late = true;
      body.dataAsOf = new Date(Date.now() - 30 * 60_000).toISOString();
      return route.fulfill({ json: body });
    });
    await page.goto('/en');
    await expect(page.locator('[data-late]')).toHaveCount(0);
    // Coming back to the tab polls at once (the next poll would come after the 15 s period); until the
    // page is hydrated nobody listens, so the focus is repeated until it is heard.
    await expect(async () => {
      await page.evaluate(() => window.dispatchEvent(new Event('focus')));
      await expect(page.locator('[data-late]')).toContainText('Our measurements are late', { timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
    mode = 'fail';
    // The next poll fails: the last data stays, and the page says it is stale.
    await expect(page.locator('[data-stale]')).toBeVisible({ timeout: 25_000 });
    await expect(page.locator('[data-service="ethereum"]')).toBeVisible();
    await expect(page.locator('[data-late]')).toBeVisible();
  });
});

test.describe('with a seeded history', () => {
  test.describe.configure({ mode: 'serial' });
  let server: TestServer;

  test.beforeAll(async () => {
    // A cold start (database, migrations, Next, the front workers) on a busy 2-core machine takes a while.
    test.setTimeout(90_000);
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-status-pages-')), 'data');
    await seedStatusHistory(dataDir, {
      checks: true,
      states: {
        coinbase: { status: 'major_outage', reason: 'http_status' },
        infura: { status: 'partial_outage', reason: 'timeout', reported: { status: 'degraded', reason: 'reported_incident' } },
        aws: { status: 'partial_outage' },
      },
    });
    server = await startTestServer(SEEDED_PORT, { MARSAD_DATA_DIR: dataDir, MARSAD_PROBES: 'off' });
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  test('the banner names the cloud and region, counts the services hit, and says the chains produce blocks', async ({ page }) => {
    await page.goto(`${server.url}/en`);
    const banner = page.locator('[data-banner="cloudIncident"]');
    await expect(banner).toContainText('AWS reports an incident in us-east-1');
    await expect(banner).toContainText(/2 of \d+ services we measure are affected now/);
    await expect(banner).toContainText('the layer-1 chains are producing blocks');
    await page.goto(server.url);
    await expect(page.locator('[data-banner="cloudIncident"] bdi').first()).toHaveText('AWS');
    await expect(page.locator('[data-service="aws"] [data-regions] bdi')).toHaveText('us-east-1');
  });

  test('rows show the live figure, the vantages and where the status comes from', async ({ page }) => {
    await page.goto(`${server.url}/en`);
    await expect(page.locator('[data-service="ethereum"] [data-figure]')).toContainText(/Last block \d+ seconds? ago/);
    await expect(page.locator('[data-service="ethereum"] [data-figure]')).toContainText('vantage points failing: 0 of 1');
    await expect(page.locator('[data-service="coinbase"] [data-figure]')).toContainText('Response time');
    await expect(page.locator('[data-service="coinbase"] [data-status="major_outage"]')).toContainText('Major outage');
    await expect(page.locator('[data-service="infura"] [data-figure]')).toContainText('The company says: Degraded performance');
    await expect(page.locator('[data-service="aws"] [data-status="partial_outage"]')).toBeVisible();
  });

  test('a chain page charts response time and block age, and switches range by link', async ({ page }) => {
    await page.goto(`${server.url}/services/ethereum`);
    await expect(page.locator('figure')).toHaveCount(2);
    await expect(page.locator('figure svg path[d^="M"]').first()).toBeAttached();
    await expect(page.locator('[data-window="24h"] dd').first()).toContainText('%');
    await page.getByRole('link', { name: 'آخر 7 أيام' }).click();
    await expect(page).toHaveURL(/range=7d/);
    await expect(page.locator('[data-range="7d"]')).toBeVisible();
    await expect(page.getByRole('link', { name: 'آخر 7 أيام' })).toHaveAttribute('aria-current', 'page');
  });

  test('a malformed range falls back to 24 hours and says so', async ({ page }) => {
    await page.goto(`${server.url}/en/services/ethereum?range=1y`);
    await expect(page.locator('[data-range="24h"]')).toBeVisible();
    await expect(page.getByText('We did not understand the requested range')).toBeVisible();
  });

  test('an exchange page shows both statuses, its cloud dependency with its source, and its incidents', async ({ page }) => {
    await page.goto(`${server.url}/en/services/coinbase`);
    await expect(page.locator('[data-measured] [data-status="major_outage"]')).toBeVisible();
    await expect(page.locator('[data-reported]')).toBeVisible();
    await expect(page.locator('[data-dependency]').first()).toContainText('AWS in region us-east-1');
    await expect(page.locator('[data-dependency] a').first()).toHaveAttribute('href', /^https:\/\//);
    // The seeded history holds two detected Coinbase incidents (one still open): each says its worst status.
    await expect(page.locator('[data-incident^="coinbase-"]').first()).toContainText('Major outage');
    await expect(page.locator('[data-incident="aws-us-east-1-2025-10-20"]')).toBeVisible();
  });

  test('a cloud dependency is listed once, on the page and in /api/status, with both of its sources', async ({ page, request }) => {
    await page.goto(`${server.url}/en/services/coinbase`);
    await expect(page.locator('[data-dependency]')).toHaveCount(1);
    await expect(page.locator('[data-dependency]')).toContainText('AWS in region us-east-1');
    await expect(page.locator('[data-dependency] a')).toHaveCount(2);
    await expect(page.locator('header [data-status-page]')).toHaveAttribute('href', 'https://status.coinbase.com');
    const body = await (await request.get(`${server.url}/api/status`)).json();
    expect(body.services.find((s: { id: string }) => s.id === 'coinbase').cloudDependencies).toEqual([{ provider: 'AWS', region: 'us-east-1' }]);
  });

  test("a cloud's own page lists who runs on it and all its incidents; a chain has no company block; operators by name", async ({ page }) => {
    await page.goto(`${server.url}/en/services/aws`);
    await expect(page.locator('#deps')).toHaveText('Services that run on this cloud');
    await expect(page.getByText('Not known: we found no public source')).toHaveCount(0);
    await expect(page.locator('[data-dependent="coinbase"]')).toContainText('us-east-1');
    for (const slug of ['aws-us-east-1-2026-05-07', 'aws-us-east-1-2025-10-20', 'aws-ap-northeast-1-2025-04-15']) await expect(page.locator(`[data-incident="${slug}"]`)).toBeVisible();
    await page.goto(`${server.url}/en/services/bitcoin`);
    await expect(page.locator('[data-measured]')).toBeVisible();
    await expect(page.locator('[data-reported]')).toHaveCount(0);
    await expect(page.locator('[data-monitor="bitcoin-mempool-space"] [data-operator]')).toHaveText('mempool.space');
    await page.goto(`${server.url}/en/services/ethereum`);
    await expect(page.locator('[data-monitor="ethereum-publicnode"] [data-operator]')).toHaveText('PublicNode');
    await expect(page.locator('[data-monitor="ethereum-publicnode"] [data-vantage="local"]')).toContainText('The server Marsad runs on');
    await page.goto(`${server.url}/en/services/solana`);
    await expect(page.locator('[data-reported] h3')).toHaveText("What the network's team says");
  });

  test('the home page: summary line, colour key before the bars, apps and wallets apart, status pages, the last incidents', async ({ page }) => {
    await page.goto(`${server.url}/en`);
    await expect(page.locator('[data-banner]')).toHaveCount(1);
    const legend = (await page.locator('[data-legend]').boundingBox())!;
    const firstGroup = (await page.locator('[data-group="exchange"]').boundingBox())!;
    expect(legend.y).toBeLessThan(firstGroup.y);
    await expect(page.locator('[data-group="apps"] [data-service="metamask"]')).toBeVisible();
    await expect(page.locator('[data-group="infra"] [data-service="metamask"]')).toHaveCount(0);
    await expect(page.locator('[data-service="kraken"] [data-status-page]')).toHaveAttribute('href', 'https://status.kraken.com');
    await expect(page.locator('[data-service="binance"] [data-status-page]')).toHaveCount(0);
    // The last incidents that ended, newest first (the seeded Coinbase one, then May 2026); the open one is at the top only.
    await expect(page.locator('[data-recent-incident]')).toHaveCount(3);
    await expect(page.locator('[data-recent-incident]').first()).toHaveAttribute('data-recent-incident', /^coinbase-\d+$/);
    await expect(page.locator('[data-recent-incident="aws-us-east-1-2026-05-07"]')).toBeVisible();
    await expect(page.locator(`[data-recent-incident="${SEEDED_OPEN_INCIDENT}"]`)).toHaveCount(0);
    // Degraded and partial outage days are drawn in different shapes in the key.
    expect(await page.locator('[data-swatch="degraded"] path').getAttribute('d')).not.toBe(await page.locator('[data-swatch="partial_outage"] path').getAttribute('d'));
  });

  test('a mistyped service address is a 404 with a localized title that suggests the closest service', async ({ page }) => {
    const response = await page.goto(`${server.url}/en/services/coinbse`);
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle(/^Page not found/);
    await expect(page.locator('[data-suggestion="coinbase"]')).toHaveAttribute('href', '/en/services/coinbase');
    await page.goto(`${server.url}/services/etherium`);
    await expect(page).toHaveTitle(/^الصفحة غير موجودة/);
    await expect(page.locator('[data-suggestion="ethereum"]')).toHaveText('Ethereum');
    // An address typed as an Arabic transliteration finds the service through its catalog aliases.
    await page.goto(`${server.url}/services/${encodeURIComponent('كوين بيس')}`);
    await expect(page.locator('[data-suggestion="coinbase"]')).toHaveText('Coinbase');
  });

  test('an open detected incident: listed first on the home page, its page in both languages, the measured filter, its API entry', async ({ page, request }) => {
    await page.goto(`${server.url}/en`);
    const item = page.locator(`[data-active-incident="${SEEDED_OPEN_INCIDENT}"]`);
    // The words come from the messages given to the browser (never the raw keys).
    await expect(page.locator('#active-incidents-heading')).toHaveText('Happening now');
    await expect(item).toContainText('Coinbase: major outage');
    await expect(item).toContainText('since');
    await item.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/en/incidents/${SEEDED_OPEN_INCIDENT}$`));
    await expect(page.locator('h1')).toHaveText('Coinbase: major outage');
    await expect(page.locator('[data-section="measured"]')).toContainText('Start and end are each known to within ± 30 seconds');
    await expect(page.locator('[data-ongoing]')).toHaveText('Not over yet: Marsad still measures the failure');
    await expect(page.locator('[data-section="summary"] [data-ongoing-duration]')).toContainText(/going on for 2\d minutes/);
    await expect(page.locator('[data-section="summary"] [data-duration]')).toHaveCount(0);
    await expect(page.locator('[data-acknowledgement="acknowledged"]')).toContainText('5 minutes after');
    await page.goto(`${server.url}/incidents/${SEEDED_OPEN_INCIDENT}`);
    await expect(page.locator('h1')).toHaveText('Coinbase: انقطاع كبير');
    await expect(page.locator('h1 bdi').first()).toHaveText('Coinbase');
    await page.goto(`${server.url}/en/incidents?origin=measured`);
    await expect(page.locator('[data-incident="aws-us-east-1-2025-10-20"]')).toHaveCount(0);
    await expect(page.locator(`[data-incident="${SEEDED_OPEN_INCIDENT}"]`)).toBeVisible();
    const api = await request.get(`${server.url}/api/v1/incidents/${SEEDED_OPEN_INCIDENT}`);
    expect(api.status()).toBe(200);
    expect((await api.json()).incident.title.en).toBe('Coinbase: major outage');
  });

  for (const { locale, prefix, dir } of LOCALES) {
    for (const [target, name] of [
      ['', 'home-seeded'],
      ['/services/ethereum', 'service-ethereum'],
      ['/services/coinbase', 'service-coinbase'],
      ['/services/aws', 'service-aws'],
      ['/services/metamask', 'service-metamask'],
    ] as const) {
      for (const width of Object.values(WIDTHS)) {
        test(`${name} (${locale}, ${width}px): dir=${dir}, axe clean, no overflow, screenshot`, async ({ page, consoleErrors }) => {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(`${server.url}${prefix}${target}`);
          await expect(page.locator('html')).toHaveAttribute('dir', dir);
          await expectNoSeriousAxeViolations(page);
          await expectNoOverflow(page);
          await page.screenshot({ path: `${SHOTS}/${name}-${locale}-${width}.png`, fullPage: true });
          await page.waitForLoadState('networkidle');
          expect(consoleErrors).toEqual([]);
        });
      }
    }
  }

  test('focus is visible on the uptime bars', async ({ page }) => {
    await page.goto(server.url);
    await page.locator('[data-service="bitcoin"] h3 a').focus();
    await page.keyboard.press('Tab');
    const bars = page.locator('[data-service="bitcoin"] [role="slider"]');
    await expect(bars).toBeFocused();
    const outline = await bars.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
  });
});
