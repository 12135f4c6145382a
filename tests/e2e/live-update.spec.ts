// A page already open follows the live snapshot: when a fake chain stops producing blocks, its row,
// the banner and the screen-reader announcement change without a reload; polling pauses while the tab
// is hidden. A dedicated server probes the fake node (operator catalog) and the page polls every second.
import { expect, test } from './fixtures';
import { startFakeEvmNode, type FakeEvmNode } from '../fixtures/fake-upstreams';
import { LAB_CHAIN_ID, writeLabChainCatalog } from './helpers/lab-chain';
import { startTestServer, type TestServer } from './helpers/server';

test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.E2E_PORT ?? 3100) + 12;
let node: FakeEvmNode;
let server: TestServer;

test.beforeAll(async () => {
  // A cold start (database, migrations, Next, the front workers) on a busy 2-core machine takes a while.
  test.setTimeout(90_000);
  node = await startFakeEvmNode({ chainId: LAB_CHAIN_ID, blockTimeMs: 500, finality: false });
  const { catalogFile, dataDir } = writeLabChainCatalog(node.url, 'marsad-live-');
  server = await startTestServer(PORT, {
    MARSAD_CATALOG: catalogFile,
    MARSAD_EVALUATE_EVERY_MS: '300',
    MARSAD_LIVE_REFRESH_MS: '1000',
    MARSAD_DATA_DIR: dataDir,
  });
});

test.afterAll(async () => {
  await server?.stop();
  await node?.close();
});

async function labStatus(): Promise<string | undefined> {
  const body = await (await fetch(`${server.url}/api/status`)).json();
  return body.services.find((s: { id: string }) => s.id === 'lab-chain')?.status;
}

test('a chain that stops producing blocks turns stalled on the open page, without a reload', async ({ page, consoleErrors }) => {
  await expect.poll(labStatus, { timeout: 20_000 }).toBe('operational');
  await page.goto(`${server.url}/en`);
  const row = page.locator('[data-service="lab-chain"]');
  await expect(row.locator('[data-status="operational"]')).toBeVisible();
  await expect(page.locator('[data-banner="allWorking"]')).toContainText('the layer-1 chains are producing blocks');
  await expect(row.locator('[data-figure]')).toContainText('Last block');
  // A marker that a reload would erase.
  await page.evaluate(() => ((window as unknown as { stayedOpen: boolean }).stayedOpen = true));
  const announcer = page.locator('[data-announcer]');
  // Nothing announced the stall before it happened. (On a loaded machine the chain may flap to degraded
  // and back before this line, and that change is rightly announced: the text is not required empty.)
  await expect(announcer).not.toContainText('Block production stalled');

  node.freeze();

  await expect(row.locator('[data-status="major_outage"]')).toHaveText('Block production stalled', { timeout: 25_000 });
  await expect(page.locator('[data-banner="servicesHit"]')).toContainText('block production has stalled on Lab chain');
  await expect(announcer).toHaveText('Lab chain is now: Block production stalled');
  expect(await page.evaluate(() => (window as unknown as { stayedOpen?: boolean }).stayedOpen)).toBe(true);
  expect(consoleErrors).toEqual([]);
});

test('when the chain produces blocks again the row comes back, in Arabic too', async ({ page }) => {
  await page.goto(server.url);
  const row = page.locator('[data-service="lab-chain"]');
  await expect(row.locator('[data-status="major_outage"]')).toHaveText('توقّف إنتاج الكتل');
  node.resume();
  await expect(row.locator('[data-status="operational"]')).toHaveText('يعمل بشكل طبيعي', { timeout: 25_000 });
  await expect(page.locator('[data-announcer]')).toHaveText('تغيّرت حالة شبكة المختبر: يعمل بشكل طبيعي');
  await expect(page.locator('[data-updated]')).toContainText('آخر تحديث');
});

test('polling pauses while the tab is hidden and resumes when it is shown', async ({ page }) => {
  await page.goto(`${server.url}/en`);
  await page.waitForRequest((r) => r.url().endsWith('/api/status'));
  const hide = (hidden: boolean) =>
    page.evaluate((h) => {
      Object.defineProperty(document, 'visibilityState', { value: h ? 'hidden' : 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
  await hide(true);
  // Let any request already under way finish, then count over three poll periods (1 s each).
  await page.waitForLoadState('networkidle');
  let polled = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/api/status')) polled += 1;
  });
  await page.waitForTimeout(3_500); // proving an absence takes time: no event to await
  expect(polled).toBe(0);
  const next = page.waitForRequest((r) => r.url().endsWith('/api/status'));
  await hide(false);
  await next;
});
