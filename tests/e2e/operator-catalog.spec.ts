// An operator's catalog works end to end: a local EVM chain is probed, shown, and changes status when
// it stops producing blocks.
import { expect, test } from './fixtures';
import { startFakeEvmNode, type FakeEvmNode } from '../fixtures/fake-upstreams';
import { LAB_CHAIN_ID, writeLabChainCatalog } from './helpers/lab-chain';
import { startTestServer, type TestServer } from './helpers/server';

test.describe.configure({ mode: 'serial' });

let node: FakeEvmNode;
let server: TestServer;
let catalogPath: string;

test.beforeAll(async () => {
  // A cold start (database, migrations, Next, the front workers) on a busy 2-core machine takes a while.
  test.setTimeout(90_000);
  node = await startFakeEvmNode({ chainId: LAB_CHAIN_ID, blockTimeMs: 500, finality: false });
  const { catalogFile, dataDir } = writeLabChainCatalog(node.url, 'marsad-operator-');
  catalogPath = catalogFile;
  server = await startTestServer(3193, { MARSAD_CATALOG: catalogFile, MARSAD_EVALUATE_EVERY_MS: '300', MARSAD_DATA_DIR: dataDir });
});

test.afterAll(async () => {
  await server?.stop();
  await node?.close();
});

async function labStatus() {
  const body = await (await fetch(`${server.url}/api/status`)).json();
  return body.services.find((s: { id: string }) => s.id === 'lab-chain');
}

test('a local chain from the operator catalog is probed and shown as producing blocks', async ({ page }) => {
  await expect.poll(async () => (await labStatus()).status, { timeout: 20_000 }).toBe('operational');
  await expect
    .poll(async () => {
      await page.goto(`${server.url}/en`);
      return page.locator('[data-service="lab-chain"] [data-status="operational"]').count();
    }, { timeout: 20_000 })
    .toBe(1);
});

test('when the chain stops producing blocks it becomes stalled, on the API and the page', async ({ page }) => {
  node.freeze();
  await expect.poll(async () => (await labStatus())?.status, { timeout: 20_000 }).toBe('major_outage');
  expect((await labStatus()).reason).toBe('stale_head');
  // Pages come from the front cache (up to ~10 s old): reload until the new status shows.
  await expect
    .poll(async () => {
      await page.goto(`${server.url}/en`);
      return page.locator('[data-service="lab-chain"]').innerText();
    }, { timeout: 20_000 })
    .toContain('Block production stalled');
});

test('killed with SIGKILL while probing, the embedded database keeps every committed result, and probing resumes after a restart', async () => {
  const { openDatabase, readDbConfig } = await import('../../lib/db/client');
  const countRows = async () => {
    // The killed server's lock names a pid that no longer runs: it is taken over.
    const handle = await openDatabase({ ...readDbConfig({ MARSAD_DATA_DIR: server.dataDir }), databaseUrl: undefined });
    const rows = (await handle.db.execute('select count(*)::int as n, max(started_at) as last from check_results')) as unknown as { rows: { n: number; last: string }[] };
    const incidents = (await handle.db.execute("select count(*)::int as n from (select id from incidents group by id having count(*) > 1) d")) as unknown as { rows: { n: number }[] };
    await handle.close();
    return { n: rows.rows[0]!.n, last: new Date(rows.rows[0]!.last).getTime(), duplicateIncidents: incidents.rows[0]!.n };
  };
  // Let a few more batches commit, then kill without warning.
  await expect.poll(async () => (await (await fetch(`${server.url}/api/health`)).json()).probing?.lastWriteAt ?? null, { timeout: 10_000 }).not.toBeNull();
  const health = await (await fetch(`${server.url}/api/health`)).json();
  await server.stop('SIGKILL');
  const after = await countRows();
  expect(after.n).toBeGreaterThan(0);
  // Everything written up to the last reported write is there.
  expect(after.last).toBeGreaterThanOrEqual(Date.parse(health.probing.lastWriteAt) - 2_000);
  expect(after.duplicateIncidents).toBe(0);
  server = await startTestServer(3193, { MARSAD_CATALOG: catalogPath, MARSAD_EVALUATE_EVERY_MS: '300', MARSAD_DATA_DIR: server.dataDir });
  // The new process probes and writes again: a check newer than the kill is in the database.
  await expect
    .poll(async () => Date.parse((await (await fetch(`${server.url}/api/health`)).json()).probing?.lastWriteAt ?? '0'), { timeout: 15_000 })
    .toBeGreaterThan(after.last);
});
