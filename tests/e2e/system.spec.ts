// Past one machine, and through faults: real PostgreSQL, two web instances that do not probe, two
// probe workers (vantages a and b) on the same database; the database stopped and started; a worker
// killed. Fake upstreams on 127.0.0.1 stand in for the internet.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { expect, test } from './fixtures';
import { startFakeEvmNode, type FakeEvmNode } from '../fixtures/fake-upstreams';
import { postgresUnavailableReason, startTestPostgres, type TestPostgres } from '../helpers/postgres';
import { startProbeWorker, startTestServer, type TestServer } from './helpers/server';

test.describe.configure({ mode: 'serial', timeout: 90_000 });
test.skip(!!postgresUnavailableReason(), postgresUnavailableReason() ?? '');

/** An HTTP endpoint whose health the test switches. */
async function startSwitchable() {
  let healthy = true;
  const server = http.createServer((_req, res) => {
    res.writeHead(healthy ? 200 : 500, { 'content-type': 'application/json' });
    res.end(healthy ? '{"ok":true}' : '{"ok":false}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/ping`,
    set: (value: boolean) => (healthy = value),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

function catalogFile(dir: string, name: string, apiUrl: string, rpcUrl: string): string {
  const file = path.join(dir, `${name}.json`);
  const common = { website: 'https://example.org', monitored: true };
  fs.writeFileSync(
    file,
    JSON.stringify({
      version: 1,
      canaries: [],
      services: [
        {
          ...common, id: 'lab-exchange', name: { ar: 'منصة المختبر', en: 'Lab exchange' }, shortName: 'LABX', category: 'exchange',
          monitors: [{ id: 'lab-exchange-api', kind: 'http', operator: 'lab', role: 'access', url: apiUrl, intervalSec: 1, timeoutMs: 800, allowPrivateNetwork: true }],
        },
        {
          ...common, id: 'lab-chain', name: { ar: 'شبكة المختبر', en: 'Lab chain' }, shortName: 'LAB', category: 'l1',
          chain: { family: 'evm', chainId: 31337, softLimitSec: 5, hardLimitSec: 10, quorum: 1, blockTimeSec: 0.5 },
          monitors: [{ id: 'lab-rpc', kind: 'evm', operator: 'lab', role: 'liveness', url: rpcUrl, chainId: 31337, intervalSec: 1, timeoutMs: 800, allowPrivateNetwork: true }],
        },
      ],
    }),
  );
  return file;
}

let postgres: TestPostgres;
let node: FakeEvmNode;
let apiA: Awaited<ReturnType<typeof startSwitchable>>;
let apiB: Awaited<ReturnType<typeof startSwitchable>>;
let webs: TestServer[] = [];
let workers: Record<string, ReturnType<typeof startProbeWorker>> = {};
let catalogs: { a: string; b: string };
let db: pg.Pool;

const workerEnv = (vantage: 'a' | 'b') => ({ DATABASE_URL: postgres.url, MARSAD_CATALOG: catalogs[vantage], MARSAD_EVALUATE_EVERY_MS: '300', MARSAD_VANTAGES: '2' });
const count = async (q: string, params: unknown[] = []) => Number((await db.query(q, params)).rows[0].n);
const statusOf = async (web: TestServer, id: string) =>
  (await (await fetch(`${web.url}/api/status`)).json()).services.find((s: { id: string }) => s.id === id);

test.beforeAll(async () => {
  // A cold start (database, migrations, Next, the front workers) on a busy 2-core machine takes a while.
  test.setTimeout(90_000);
  postgres = startTestPostgres(55441);
  db = new pg.Pool({ connectionString: postgres.url, max: 2 });
  // Idle connections are cut when the test stops the server: expected, not a failure.
  db.on('error', () => undefined);
  node = await startFakeEvmNode({ chainId: 31337, blockTimeMs: 500, finality: false });
  [apiA, apiB] = await Promise.all([startSwitchable(), startSwitchable()]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-system-'));
  // The same monitors from both vantages; each vantage reaches the exchange through its own path.
  catalogs = { a: catalogFile(dir, 'a', apiA.url, node.url), b: catalogFile(dir, 'b', apiB.url, node.url) };
  // Four processes start at once on one empty database: the migrations must be safe concurrently.
  const [web1, web2] = await Promise.all([
    startTestServer(3196, { DATABASE_URL: postgres.url, MARSAD_PROBES: 'off', MARSAD_CATALOG: catalogs.a }),
    startTestServer(3197, { DATABASE_URL: postgres.url, MARSAD_PROBES: 'off', MARSAD_CATALOG: catalogs.a }),
    (async () => {
      workers = { a: startProbeWorker('a', workerEnv('a')), b: startProbeWorker('b', workerEnv('b')) };
    })(),
  ]);
  webs = [web1!, web2!];
});

test.afterAll(async () => {
  await Promise.all([...webs.map((w) => w.stop()), ...Object.values(workers).map((w) => w.kill('SIGKILL'))]);
  await db?.end();
  postgres?.destroy();
  await node?.close();
  await apiA?.close();
  await apiB?.close();
});

test('two web instances show the same statuses, measured from both vantages', async () => {
  await expect.poll(async () => (await statusOf(webs[0]!, 'lab-exchange'))?.status, { timeout: 30_000 }).toBe('operational');
  await expect.poll(async () => (await statusOf(webs[0]!, 'lab-chain'))?.status, { timeout: 30_000 }).toBe('operational');
  // Each instance serves from its own few-seconds cache: they agree once both have refreshed.
  const statuses = async (w: TestServer) => (await (await fetch(`${w.url}/api/status`)).json()).services.map((s: { status: string }) => s.status).join();
  await expect.poll(async () => (await statuses(webs[0]!)) === (await statuses(webs[1]!)), { timeout: 15_000 }).toBe(true);
  const vantages = (await db.query('select distinct vantage from check_results order by vantage')).rows.map((r) => r.vantage);
  expect(vantages).toEqual(['a', 'b']);
  expect(await count("select count(*) as n from drizzle.__drizzle_migrations", [])).toBeGreaterThan(0);
});

test('one vantage failing is not an outage; both failing is (confirmation across vantages)', async () => {
  apiB.set(false);
  await expect.poll(async () => (await statusOf(webs[1]!, 'lab-exchange'))?.failing?.k, { timeout: 20_000 }).toBe(1);
  const partial = await statusOf(webs[1]!, 'lab-exchange');
  expect(partial.failing).toEqual({ k: 1, n: 2 });
  expect(partial.status).not.toBe('major_outage');
  apiA.set(false);
  await expect.poll(async () => (await statusOf(webs[1]!, 'lab-exchange'))?.status, { timeout: 20_000 }).toBe('major_outage');
  // The other instance agrees once its cached copy (a few seconds) is refreshed.
  await expect.poll(async () => (await statusOf(webs[0]!, 'lab-exchange'))?.failing, { timeout: 20_000 }).toEqual({ k: 2, n: 2 });
  apiA.set(true);
  apiB.set(true);
  await expect.poll(async () => (await statusOf(webs[0]!, 'lab-exchange'))?.status, { timeout: 20_000 }).toBe('operational');
  // The outage became one incident, written once although both workers evaluate.
  expect(await count("select count(*) as n from incidents where origin = 'detected' and service_id = 'lab-exchange'")).toBe(1);
});

test('with the database stopped, pages still serve the last good data and workers buffer, then catch up', async ({ page }) => {
  await page.goto(`${webs[0]!.url}/en`);
  await expect(page.locator('[data-service="lab-chain"]')).toBeVisible();
  postgres.stop();
  const stoppedAt = Date.now();
  // The page is served from the front cache; it says when its data is from.
  const response = await page.goto(`${webs[0]!.url}/en`);
  expect(response?.status()).toBe(200);
  // It says when its data is from: the time of the snapshot and how long ago that was.
  await expect(page.locator('main time[data-format]').first()).toBeVisible();
  await expect(page.getByText(/Updated/).first()).toBeVisible();
  const health = await fetch(`${webs[0]!.url}/api/health`);
  expect(health.status).toBe(503);
  expect((await health.json()).database.reachable).toBe(false);
  await expect.poll(() => workers.a!.output(), { timeout: 15_000 }).toContain('database unavailable: buffering results in memory');
  postgres.start();
  await expect.poll(() => workers.a!.output(), { timeout: 20_000 }).toContain('database available again');
  // Results taken while the database was down were written after it came back.
  await expect
    .poll(async () => count("select count(*) as n from check_results where vantage = 'a' and started_at > $1", [new Date(stoppedAt + 1_000)]), { timeout: 15_000 })
    .toBeGreaterThan(0);
});

test('a probe worker killed with SIGKILL loses no committed result, and resumes when restarted; the site stays up', async () => {
  const before = await count("select count(*) as n from check_results where vantage = 'a'");
  await workers.a!.kill('SIGKILL');
  // The site does not depend on the worker.
  for (const web of webs) expect((await fetch(`${web.url}/en`)).status).toBe(200);
  expect(await count("select count(*) as n from check_results where vantage = 'a'")).toBeGreaterThanOrEqual(before);
  const killedAt = new Date();
  workers.a = startProbeWorker('a', workerEnv('a'));
  await expect.poll(async () => count("select count(*) as n from check_results where vantage = 'a' and started_at > $1", [killedAt]), { timeout: 20_000 }).toBeGreaterThan(0);
  expect(await count('select count(*) as n from (select id from incidents group by id having count(*) > 1) d')).toBe(0);
  expect(await count('select count(*) as n from (select service_id, resolution, period_start from rollups group by 1, 2, 3 having count(*) > 1) d')).toBe(0);
});
