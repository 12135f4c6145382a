// The lab's simulated world, all on this machine: four exchanges (in the public API shapes of Coinbase,
// Binance, Kraken and OKX, which Marsad's real exchange probes read), an RPC provider, nodes of a
// Bitcoin-, an Ethereum- and a Solana-shaped chain and of a rollup that keep producing blocks, one
// exchange's own status page, the made-up cloud LabCloud's status feed (Google Cloud's incidents.json
// format) and its site. The servers are the test suite's fake upstreams (tests/fixtures/fake-upstreams),
// started on the addresses of LabCloud's regions (scripts/lab/catalog.ts). Used by `npm run lab` and by
// tests/e2e/lab.spec.ts; `apply` carries out one step of the scenario (scripts/lab/scenario.ts).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  sendText,
  startFakeCloudFeeds,
  startFakeEsplora,
  startFakeEvmNode,
  startFakeExchange,
  startFakeServer,
  startFakeSolanaRpc,
  startFakeStatuspage,
  type FakeExchange,
} from '../../tests/fixtures/fake-upstreams';
import { LAB_ADDRESSES, LAB_CLOUD, LAB_ETHEREUM_CHAIN_ID, LAB_PACE, LAB_ROLLUP_CHAIN_ID, labCatalog, type LabPace } from './catalog';
import type { LabAction, LabServiceId } from './scenario';

const DOCS_FILE = fileURLToPath(new URL('../../docs/lab.md', import.meta.url));

export interface LabWorld {
  /** The catalog to give Marsad (MARSAD_CATALOG), for these servers' addresses. */
  catalog: ReturnType<typeof labCatalog>;
  /** Carries out one scenario step. */
  apply(action: LabAction): void;
  /** What the world has done, newest last (for the terminal and the tests). */
  log: { at: number; action: LabAction }[];
  close(): Promise<void>;
}

/** The incident LabCloud's feed reports (Google Cloud's incidents.json, `currently_affected_locations`). */
const CLOUD_INCIDENT_ID = 'labcloud-lab-east-1';

export async function startLabWorld(options: { pace?: LabPace; now?: () => number } = {}): Promise<LabWorld> {
  const pace = options.pace ?? LAB_PACE;
  const now = options.now ?? Date.now;
  const closers: (() => Promise<void>)[] = [];
  const started = <T extends { close(): Promise<void> }>(server: T): T => (closers.push(() => server.close()), server);

  try {
    const exchanges = {
      'lab-exchange-a': started(await startFakeExchange('coinbase', { host: LAB_ADDRESSES['lab-exchange-a'] })),
      'lab-exchange-b': started(await startFakeExchange('binance', { host: LAB_ADDRESSES['lab-exchange-b'] })),
      'lab-exchange-c': started(await startFakeExchange('kraken', { host: LAB_ADDRESSES['lab-exchange-c'] })),
      'lab-exchange-d': started(await startFakeExchange('okx', { host: LAB_ADDRESSES['lab-exchange-d'] })),
    } satisfies Partial<Record<LabServiceId, FakeExchange>>;
    const statuspage = started(await startFakeStatuspage({ host: LAB_ADDRESSES.elsewhere }));
    const rpcProvider = started(await startFakeEvmNode({ host: LAB_ADDRESSES['lab-rpc'], chainId: LAB_ETHEREUM_CHAIN_ID, blockTimeMs: 2000, finality: false }));
    const ethereum = started(await startFakeEvmNode({ host: LAB_ADDRESSES.elsewhere, chainId: LAB_ETHEREUM_CHAIN_ID, blockTimeMs: 2000, finality: false }));
    const rollup = started(await startFakeEvmNode({ host: LAB_ADDRESSES.elsewhere, chainId: LAB_ROLLUP_CHAIN_ID, blockTimeMs: 1000, finality: false }));
    const solana = started(await startFakeSolanaRpc({ host: LAB_ADDRESSES.elsewhere }));
    const bitcoin = started(await startFakeEsplora({ host: LAB_ADDRESSES.elsewhere, tipAgeSec: 1 }));
    // Bitcoin-shaped blocks arrive on a timer; the other chains' heads advance with the clock by themselves.
    const miner = setInterval(() => bitcoin.mineBlock(), pace.bitcoinBlockSec * 1000);
    closers.push(async () => clearInterval(miner));
    const cloudFeeds = started(await startFakeCloudFeeds());
    const site = started(
      await startFakeServer((req, res) => {
        const url = (req.url ?? '/').split('?')[0];
        if (url === '/docs/lab.md') return sendText(res, 200, fs.existsSync(DOCS_FILE) ? fs.readFileSync(DOCS_FILE, 'utf8') : 'docs/lab.md', 'text/markdown; charset=utf-8');
        if (url === '/') {
          return sendText(
            res,
            200,
            `<!doctype html><meta charset="utf-8"><title>LabCloud</title><h1>LabCloud</h1><p lang="ar" dir="rtl">سحابة مصطنعة لمختبر مرصد، لا وجود لها خارج هذا الجهاز.</p><p>A made-up cloud for Marsad's lab; it does not exist outside this machine. <a href="/docs/lab.md">docs/lab.md</a></p>`,
            'text/html; charset=utf-8',
          );
        }
        sendText(res, 404, 'not found');
      }, { host: LAB_ADDRESSES.elsewhere }),
    );

    const catalog = labCatalog(
      {
        exchanges: { a: exchanges['lab-exchange-a'].baseUrl, b: exchanges['lab-exchange-b'].baseUrl, c: exchanges['lab-exchange-c'].baseUrl, d: exchanges['lab-exchange-d'].baseUrl },
        exchangeAStatuspage: statuspage.url,
        rpcProvider: rpcProvider.url,
        bitcoin: bitcoin.url,
        ethereum: ethereum.url,
        solana: solana.url,
        rollup: rollup.url,
        cloudFeed: cloudFeeds.gcpIncidentsUrl,
        cloudSite: `${site.url}/`,
        docs: `${site.url}/docs/lab.md`,
      },
      pace,
    );

    const exchangeOf = (service: LabServiceId): FakeExchange => {
      const exchange = (exchanges as Record<string, FakeExchange>)[service];
      if (!exchange) throw new Error(`${service} is not one of the lab's exchanges`);
      return exchange;
    };
    let statusIncident: string | null = null;
    const log: LabWorld['log'] = [];

    const apply = (action: LabAction) => {
      log.push({ at: now(), action });
      switch (action.kind) {
        case 'exchange-api-error':
          return exchangeOf(action.service).setApiError('Service Unavailable');
        case 'exchange-trades-stop':
          return exchangeOf(action.service).stopTrades();
        case 'exchange-recover': {
          const exchange = exchangeOf(action.service);
          exchange.setApiError(null);
          return exchange.resumeTrades();
        }
        case 'rpc-error':
          return rpcProvider.setRpcError({ code: -32603, message: 'upstream request failed: no healthy backend' });
        case 'rpc-recover':
          return rpcProvider.setRpcError(null);
        case 'status-page-open':
          statuspage.setComponentStatus('cmp0advtrade0', 'major_outage');
          statuspage.setComponentStatus('cmp0api000000', 'major_outage');
          statusIncident = statuspage.openIncident({ name: 'Trading and API unavailable', impact: 'critical', componentIds: ['cmp0advtrade0', 'cmp0api000000'], createdAt: new Date(now()) });
          return;
        case 'status-page-resolve':
          statuspage.setComponentStatus('cmp0advtrade0', 'operational');
          statuspage.setComponentStatus('cmp0api000000', 'operational');
          if (statusIncident) statuspage.resolveIncident(statusIncident);
          statusIncident = null;
          return;
        case 'cloud-report':
          return cloudFeeds.gcp.open({
            id: CLOUD_INCIDENT_ID,
            description: `Multiple services in ${LAB_CLOUD.failingRegion} are experiencing elevated error rates`,
            severity: 'high',
            statusImpact: 'SERVICE_OUTAGE',
            begin: new Date(now()),
            locations: [LAB_CLOUD.failingRegion],
            products: [{ id: 'labcloud-compute', title: 'LabCloud Compute' }],
          });
        case 'cloud-resolve':
          return cloudFeeds.gcp.resolve(CLOUD_INCIDENT_ID, new Date(now()));
      }
    };

    return {
      catalog,
      apply,
      log,
      async close() {
        await Promise.all(closers.splice(0).map((close) => close().catch(() => undefined)));
      },
    };
  } catch (error) {
    await Promise.all(closers.map((close) => close().catch(() => undefined)));
    throw error;
  }
}

/** Writes the catalog where Marsad will read it. */
export function writeLabCatalog(world: LabWorld, dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'catalog.json');
  fs.writeFileSync(file, `${JSON.stringify(world.catalog, null, 2)}\n`);
  return file;
}
