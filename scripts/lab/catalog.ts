// The lab's catalog (MARSAD_CATALOG), generated for each run from the addresses the simulated world
// listens on. An ordinary operator catalog (docs/operator-catalog.md): every monitor on a private
// address says `allowPrivateNetwork`, each chain has one operator and quorum 1 (a lab watching its own
// nodes), no canaries (the machine may have no internet), and the stated cloud dependencies name the
// made-up cloud LabCloud, with the lab's own documentation as their source.

/** The made-up cloud: its name, as services' cloudDependencies state it, and its regions. */
export const LAB_CLOUD = { id: 'labcloud', provider: 'LabCloud', failingRegion: 'lab-east-1', healthyRegion: 'lab-west-1' } as const;

/**
 * Where LabCloud's regions are, in the lab: addresses of 127/8 (Linux routes all of it to this machine).
 * The world puts each provider's servers on them; the exposure map gets this table beside the real ones.
 */
export const LAB_ADDRESSES = {
  /** lab-east-1, 127.0.0.8/29 (127.0.0.8 to 127.0.0.15). */
  'lab-exchange-a': '127.0.0.8',
  'lab-exchange-b': '127.0.0.9',
  'lab-exchange-c': '127.0.0.10',
  'lab-rpc': '127.0.0.11',
  /** lab-west-1, 127.0.0.16/29. */
  'lab-exchange-d': '127.0.0.16',
  /** Outside LabCloud: the chains' nodes, the cloud's and the companies' status pages, LabCloud's site. */
  elsewhere: '127.0.0.1',
} as const;

export const LAB_REGION_PREFIXES = { 'lab-east-1': '127.0.0.8/29', 'lab-west-1': '127.0.0.16/29' } as const;

/** How fast the lab's world is watched: the lab's pace, or the e2e test's faster one. */
export interface LabPace {
  /** Seconds between checks of exchanges, the RPC provider and the chains. */
  checkSec: number;
  /** Seconds between reads of the status pages and the cloud feed. */
  reportedSec: number;
  /** An exchange whose newest trade is older than this has halted trading. */
  tradeHaltSec: number;
  /** Bitcoin-shaped blocks arrive every this many seconds. */
  bitcoinBlockSec: number;
}

export const LAB_PACE: LabPace = { checkSec: 2, reportedSec: 3, tradeHaltSec: 12, bitcoinBlockSec: 15 };
export const E2E_PACE: LabPace = { checkSec: 1, reportedSec: 1, tradeHaltSec: 4, bitcoinBlockSec: 5 };

export const LAB_ETHEREUM_CHAIN_ID = 1;
export const LAB_ROLLUP_CHAIN_ID = 424_242;

export interface LabUrls {
  exchanges: { a: string; b: string; c: string; d: string };
  exchangeAStatuspage: string;
  rpcProvider: string;
  bitcoin: string;
  ethereum: string;
  solana: string;
  rollup: string;
  cloudFeed: string;
  /** LabCloud's site (the world serves it), and the lab's documentation page the dependencies cite. */
  cloudSite: string;
  docs: string;
}

/** Generous for servers on this machine: on a busy one (the tests, a laptop building) a slow answer must not read as an outage. */
const TIMEOUT_MS = 4000;

export function labCatalog(urls: LabUrls, pace: LabPace = LAB_PACE) {
  const east: { provider: string; region: string; source: string } = { provider: LAB_CLOUD.provider, region: LAB_CLOUD.failingRegion, source: urls.docs };
  const west: typeof east = { provider: LAB_CLOUD.provider, region: LAB_CLOUD.healthyRegion, source: urls.docs };
  const check = { intervalSec: pace.checkSec, timeoutMs: TIMEOUT_MS, allowPrivateNetwork: true };
  const reported = { role: 'reported', intervalSec: pace.reportedSec, timeoutMs: TIMEOUT_MS, allowPrivateNetwork: true };
  const tradeFreshSec = Math.max(1, Math.floor(pace.tradeHaltSec / 2));
  const exchange = (letter: 'a' | 'b' | 'c' | 'd', ar: string, kind: 'coinbase' | 'binance' | 'kraken' | 'okx', pair: string, dependency: typeof east) => ({
    id: `lab-exchange-${letter}`,
    name: { ar: `منصة المختبر ${ar}`, en: `Lab Exchange ${letter.toUpperCase()}` },
    shortName: `LabEx ${letter.toUpperCase()}`,
    category: 'exchange',
    website: urls.cloudSite,
    monitored: true,
    cloudDependencies: [dependency],
    monitors: [
      { id: `lab-exchange-${letter}-api`, kind: 'exchange', operator: `lab-exchange-${letter}`, role: 'access', exchange: kind, baseUrl: urls.exchanges[letter], pair, tradeFreshSec, tradeHaltSec: pace.tradeHaltSec, ...check },
    ],
  });
  const chain = (id: string, ar: string, en: string, category: 'l1' | 'l2', chainConfig: Record<string, unknown>, monitor: Record<string, unknown>) => ({
    id,
    name: { ar, en },
    shortName: en,
    category,
    website: urls.cloudSite,
    monitored: true,
    chain: { quorum: 1, ...chainConfig },
    monitors: [{ id: `${id}-node`, operator: `${id}-node`, role: 'liveness', ...monitor, ...check }],
  });
  const exchangeA = exchange('a', 'أ', 'coinbase', 'BTC-USD', east);
  exchangeA.monitors.push({
    id: 'lab-exchange-a-status',
    kind: 'statuspage',
    operator: 'lab-exchange-a',
    url: urls.exchangeAStatuspage,
    components: [{ name: 'Advanced Trade' }, { name: 'API' }],
    ...reported,
  } as never);
  return {
    version: 1,
    canaries: [],
    services: [
      exchangeA,
      exchange('b', 'ب', 'binance', 'BTCUSDT', east),
      exchange('c', 'ج', 'kraken', 'XBTUSD', east),
      exchange('d', 'د', 'okx', 'BTC-USDT', west),
      chain('lab-bitcoin', 'بيتكوين المختبر', 'Lab Bitcoin', 'l1', { family: 'bitcoin', softLimitSec: pace.bitcoinBlockSec * 4, hardLimitSec: pace.bitcoinBlockSec * 8, blockTimeSec: pace.bitcoinBlockSec }, { kind: 'bitcoin', url: urls.bitcoin }),
      chain('lab-ethereum', 'إيثريوم المختبر', 'Lab Ethereum', 'l1', { family: 'evm', chainId: LAB_ETHEREUM_CHAIN_ID, softLimitSec: 12, hardLimitSec: 30, blockTimeSec: 2 }, { kind: 'evm', url: urls.ethereum, chainId: LAB_ETHEREUM_CHAIN_ID }),
      chain('lab-solana', 'سولانا المختبر', 'Lab Solana', 'l1', { family: 'solana', softLimitSec: 10, hardLimitSec: 30, blockTimeSec: 0.4 }, { kind: 'solana', url: urls.solana }),
      chain('lab-rollup', 'رول أب المختبر', 'Lab Rollup', 'l2', { family: 'evm', chainId: LAB_ROLLUP_CHAIN_ID, softLimitSec: 10, hardLimitSec: 30, blockTimeSec: 1 }, { kind: 'evm', url: urls.rollup, chainId: LAB_ROLLUP_CHAIN_ID }),
      {
        id: 'lab-rpc',
        name: { ar: 'مزوّد RPC المختبر', en: 'Lab RPC' },
        shortName: 'Lab RPC',
        category: 'infra',
        website: urls.cloudSite,
        monitored: true,
        cloudDependencies: [east],
        // The provider's endpoint to Lab Ethereum: whether people can reach the chain through it (access).
        monitors: [{ id: 'lab-rpc-ethereum', kind: 'evm', operator: 'lab-rpc', role: 'access', url: urls.rpcProvider, chainId: LAB_ETHEREUM_CHAIN_ID, ...check }],
      },
      {
        id: LAB_CLOUD.id,
        name: { ar: 'سحابة المختبر (LabCloud)', en: 'LabCloud' },
        shortName: LAB_CLOUD.provider,
        category: 'cloud',
        website: urls.cloudSite,
        monitored: true,
        // Google Cloud's incidents.json format: its locations are free region codes, so lab-east-1 reads as written.
        monitors: [{ id: 'labcloud-status', kind: 'cloud-feed', operator: 'labcloud', url: urls.cloudFeed, format: 'gcp-incidents-json', regions: [], ...reported }],
      },
    ],
  };
}

/** The extra address table the exposure map takes in lab mode (the shape of lib/exposure/table.ts). */
export function labRangeTable(dataDate: string) {
  return {
    version: 1 as const,
    source: "Marsad's lab (scripts/lab/catalog.ts): made-up regions of a made-up cloud, on addresses of this machine",
    feeds: [
      {
        id: 'labcloud',
        dataDate,
        refreshUrls: null,
        providers: [
          {
            id: 'labcloud',
            name: LAB_CLOUD.provider,
            kind: 'cloud' as const,
            groups: Object.entries(LAB_REGION_PREFIXES).map(([region, prefix]) => ({ region, prefixes: [prefix] })),
          },
        ],
      },
    ],
  };
}
