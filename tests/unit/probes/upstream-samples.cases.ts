// Every upstream sample in tests/fixtures/upstream-samples (provenance in its SOURCES.md), run through its real
// probe with `fetch` replaced by a router that serves the file for the path the probe asks. Each case states what
// the probe must read (outcome, reason, and the facts: height, trade time in ms, declared state, open incidents).
// Variants named "… (derived: …)" change one field of the real shape to reach a rule the sample alone does not.
// The EVM samples run in chain-batch-refusal.test.ts. Used by upstream-samples.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { ExchangeId } from '@/lib/catalog/schema';
import { exchangeServices } from '@/lib/catalog/data/exchanges';
import { cloudServices } from '@/lib/catalog/data/clouds';
import { runProbe } from '@/lib/probes/registry';
import type { Outcome, ProbeFacts, ProbeResult } from '@/lib/probes/types';
import { fakeProbeContext, testMonitor, type TestMonitorInput } from '@/tests/fixtures/fake-upstreams';

export const SAMPLES_DIR = path.join(__dirname, '../../fixtures/upstream-samples');
/** Every sample file a case has read, so the test can check that none goes unread. */
export const READ_SAMPLES = new Set<string>();
export const sample = (file: string): string => {
  READ_SAMPLES.add(file);
  return readFileSync(path.join(SAMPLES_DIR, file), 'utf8');
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const json = <T = Json>(file: string): T => JSON.parse(sample(file)) as T;

/** Path (no query) → body; anything else is a 404, so a probe asking the wrong path fails loudly. */
export type Routes = Record<string, string>;

export function routerFetch(routes: Routes, requested: string[] = []): typeof fetch {
  return (async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    requested.push(url.pathname + url.search);
    const body = routes[url.pathname];
    if (body === undefined) return new Response('no such sample', { status: 404 });
    return new Response(body, { status: 200, headers: { 'content-type': url.pathname.endsWith('.rss') || url.pathname.endsWith('/feed/') ? 'application/rss+xml' : 'application/json' } });
  }) as typeof fetch;
}

/** A JSON-RPC endpoint answering each method with a stored response (its id replaced by the request's). */
export function rpcFetch(answers: Record<string, unknown>): typeof fetch {
  return (async (_input: string | URL | Request, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { id: number; method: string } | { id: number; method: string }[];
    const one = (call: { id: number; method: string }) => ({ ...(answers[call.method] as object), id: call.id });
    return Response.json(Array.isArray(body) ? body.map(one) : one(body));
  }) as typeof fetch;
}

export interface SampleCase {
  /** The sample file (or files), with the variant when derived. */
  sample: string;
  probe: string;
  run(): Promise<ProbeResult>;
  /** A reason code as a string: a case may name one the vocabulary gains with the fix it waits for. */
  expected: { outcome: Outcome; reason: string | null; facts?: Partial<ProbeFacts>; incidentIds?: string[] };
  /** What the probe still gets wrong on this sample (issue 13): the case is expected to fail until it is fixed. */
  knownDefect?: string;
}

function probeAt(input: TestMonitorInput, fetchImpl: typeof fetch, nowMs: number): Promise<ProbeResult> {
  return runProbe(testMonitor(input), fakeProbeContext({ fetch: fetchImpl, now: () => nowMs }));
}

// ——— Exchanges ———

const EXCHANGE = Object.fromEntries(
  exchangeServices.flatMap((s) => (s.monitors ?? []).flatMap((m) => (m.kind === 'exchange' ? [[m.exchange, m] as const] : []))),
) as unknown as Record<ExchangeId, { baseUrl: string; pair: string }>;

function exchange(id: ExchangeId, routes: Routes, nowMs: number): Promise<ProbeResult> {
  const { baseUrl, pair } = EXCHANGE[id];
  return probeAt({ kind: 'exchange', exchange: id, baseUrl, pair, tradeFreshSec: 60, tradeHaltSec: 300 }, routerFetch(routes), nowMs);
}

const SEC = 1000;
const FRESH = 5 * SEC; // a trade 5 s before "now": trading live
const SLOW = 120 * SEC; // 2 minutes: past tradeFreshSec (60 s), before tradeHaltSec (300 s)
const STOPPED = 600 * SEC; // 10 minutes: past tradeHaltSec

export const TRADE_MS = {
  binance: 1499865549590,
  bybit: 1672052955758,
  coinbase: Date.parse('2024-03-13T11:00:17.710679Z'),
  krakenDocs: 1688669602698,
  kraken2021: 1616666442301,
  kucoin: 1709897616745,
  okx: 1654161646974,
};

const binanceRoutes = (status = 'binance/system-status.docs.json'): Routes => ({
  '/api/v3/ping': sample('binance/ping.docs.json'),
  '/sapi/v1/system/status': sample(status),
  '/api/v3/exchangeInfo': sample('binance/exchangeInfo.BTCUSDT.docs-shape.json'),
  '/api/v3/trades': sample('binance/trades.docs.json'),
});

const coinbaseRoutes = (product: unknown = json('coinbase/product.BTC-USD.json')): Routes => ({
  '/time': sample('coinbase/time.docs.json'),
  '/products/BTC-USD': JSON.stringify(product),
  '/products/BTC-USD/trades': sample('coinbase/products-trades.ccxt.json'),
});

const krakenRoutes = (trades: string, status: unknown = json('kraken/system-status.docs.json')): Routes => ({
  '/0/public/Time': sample('kraken/time.docs.json'),
  '/0/public/SystemStatus': JSON.stringify(status),
  '/0/public/Trades': sample(trades),
});

const kucoinRoutes = (): Routes => ({
  '/api/v1/timestamp': sample('kucoin/timestamp.docs.json'),
  '/api/v1/status': sample('kucoin/status.ccxt-comment.json'),
  '/api/v1/market/histories': sample('kucoin/market-histories.BTC-USDT.ccxt.json'),
});

type OkxItem = Record<string, string>;
const okxStatus = (edit: Partial<OkxItem> = {}) => {
  const doc = json<{ code: string; data: OkxItem[]; msg: string }>('okx/system-status.docs.json');
  doc.data = doc.data.map((item) => ({ ...item, ...edit }) as OkxItem);
  return doc;
};
const okxRoutes = (status: unknown = okxStatus()): Routes => ({
  '/api/v5/public/time': sample('okx/time.docs.json'),
  '/api/v5/system/status': JSON.stringify(status),
  '/api/v5/market/trades': sample('okx/trades.BTC-USDT.docs.json'),
});

type BybitItem = Record<string, unknown>;
/** The docs' system-status answer with its first item (t06: serviceTypes [2,3,4,5], spot and futures, all users, production) edited. */
const bybitStatus = (edit: Partial<BybitItem> = {}, which = 0) => {
  const doc = json<{ result: { list: BybitItem[] } }>('bybit/system-status.docs.json');
  doc.result.list[which] = { ...doc.result.list[which], ...edit };
  return doc;
};
const bybitRoutes = (status: unknown = bybitStatus()): Routes => ({
  '/v5/market/time': sample('bybit/time.docs.json'),
  '/v5/system/status': JSON.stringify(status),
  '/v5/market/recent-trade': sample('bybit/recent-trade.docs.json'),
});

const live = (state: string, tradeMs: number) => ({ declaredState: state, lastTradeAtMs: tradeMs }) as Partial<ProbeFacts>;

export const EXCHANGE_CASES: SampleCase[] = [
  {
    sample: 'binance/{ping,system-status,exchangeInfo.BTCUSDT,trades}.docs',
    probe: 'exchange (binance)',
    run: () => exchange('binance', binanceRoutes(), TRADE_MS.binance + FRESH),
    expected: { outcome: 'up', reason: null, facts: live('online', TRADE_MS.binance) },
  },
  {
    sample: 'binance/system-status.maintenance.docs, trade 5 s old',
    probe: 'exchange (binance)',
    run: () => exchange('binance', binanceRoutes('binance/system-status.maintenance.docs.json'), TRADE_MS.binance + FRESH),
    expected: { outcome: 'up', reason: 'declared_state_mismatch', facts: live('maintenance', TRADE_MS.binance) },
  },
  {
    sample: 'binance/system-status.maintenance.docs, trade 10 min old',
    probe: 'exchange (binance)',
    run: () => exchange('binance', binanceRoutes('binance/system-status.maintenance.docs.json'), TRADE_MS.binance + STOPPED),
    expected: { outcome: 'down', reason: 'trading_halted', facts: live('maintenance', TRADE_MS.binance) },
  },
  {
    sample: 'coinbase/{time.docs,product.BTC-USD,products-trades.ccxt}',
    probe: 'exchange (coinbase)',
    run: () => exchange('coinbase', coinbaseRoutes(), TRADE_MS.coinbase + FRESH),
    expected: { outcome: 'up', reason: null, facts: live('online', TRADE_MS.coinbase) },
  },
  {
    sample: 'coinbase/product.ETC-EUR.status_message (served as the pair)',
    probe: 'exchange (coinbase)',
    run: () => exchange('coinbase', coinbaseRoutes({ ...json<Json>('coinbase/product.ETC-EUR.status_message.json'), id: 'BTC-USD' }), TRADE_MS.coinbase + FRESH),
    expected: { outcome: 'up', reason: null, facts: live('online', TRADE_MS.coinbase) },
  },
  {
    sample: 'coinbase/product.BTC-USD (derived: post_only true), trade 2 min old',
    probe: 'exchange (coinbase)',
    run: () => exchange('coinbase', coinbaseRoutes({ ...json<Json>('coinbase/product.BTC-USD.json'), post_only: true }), TRADE_MS.coinbase + SLOW),
    expected: { outcome: 'down', reason: 'trading_halted', facts: live('post_only', TRADE_MS.coinbase) },
  },
  {
    sample: 'coinbase/product.BTC-USD (derived: limit_only true), trade 5 s old',
    probe: 'exchange (coinbase)',
    run: () => exchange('coinbase', coinbaseRoutes({ ...json<Json>('coinbase/product.BTC-USD.json'), limit_only: true }), TRADE_MS.coinbase + FRESH),
    expected: { outcome: 'degraded', reason: null, facts: live('limit_only', TRADE_MS.coinbase) },
  },
  {
    sample: 'kraken/{time,system-status,trades.XBTUSD}.docs',
    probe: 'exchange (kraken)',
    run: () => exchange('kraken', krakenRoutes('kraken/trades.XBTUSD.docs.json'), TRADE_MS.krakenDocs + FRESH),
    expected: { outcome: 'up', reason: null, facts: live('online', TRADE_MS.krakenDocs) },
  },
  {
    sample: 'kraken/trades.XBTUSD.captured-2021',
    probe: 'exchange (kraken)',
    run: () => exchange('kraken', krakenRoutes('kraken/trades.XBTUSD.captured-2021.json'), TRADE_MS.kraken2021 + FRESH),
    expected: { outcome: 'up', reason: null, facts: live('online', TRADE_MS.kraken2021) },
  },
  {
    sample: 'kraken/system-status.docs (derived: status post_only), trade 2 min old',
    probe: 'exchange (kraken)',
    run: () => {
      const status = json<{ result: { status: string } }>('kraken/system-status.docs.json');
      status.result.status = 'post_only';
      return exchange('kraken', krakenRoutes('kraken/trades.XBTUSD.docs.json', status), TRADE_MS.krakenDocs + SLOW);
    },
    expected: { outcome: 'down', reason: 'trading_halted', facts: live('post_only', TRADE_MS.krakenDocs) },
  },
  {
    sample: 'kucoin/{timestamp.docs,status.ccxt-comment,market-histories.BTC-USDT.ccxt}',
    probe: 'exchange (kucoin)',
    run: () => exchange('kucoin', kucoinRoutes(), TRADE_MS.kucoin + FRESH),
    expected: { outcome: 'up', reason: null, facts: live('online', TRADE_MS.kucoin) },
  },
  {
    sample: 'okx/{time,system-status,trades.BTC-USDT}.docs',
    probe: 'exchange (okx)',
    run: () => exchange('okx', okxRoutes(), TRADE_MS.okx + FRESH),
    expected: { outcome: 'up', reason: null, facts: live('online', TRADE_MS.okx) },
  },
  {
    sample: 'okx/system-status.docs (derived: ongoing, env 2 = demo trading, serviceType 5)',
    probe: 'exchange (okx)',
    run: () => exchange('okx', okxRoutes(okxStatus({ state: 'ongoing', env: '2', serviceType: '5' })), TRADE_MS.okx + FRESH),
    expected: { outcome: 'up', reason: null, facts: live('online', TRADE_MS.okx) },
  },
  {
    sample: 'okx/system-status.docs (derived: ongoing; as captured serviceType 8 = batches of accounts)',
    probe: 'exchange (okx)',
    run: () => exchange('okx', okxRoutes(okxStatus({ state: 'ongoing' })), TRADE_MS.okx + SLOW),
    expected: { outcome: 'degraded', reason: null, facts: live('online', TRADE_MS.okx) },
  },
  {
    sample: 'okx/system-status.docs (derived: pre_open, production, serviceType 5), trade 2 min old',
    probe: 'exchange (okx)',
    run: () => exchange('okx', okxRoutes(okxStatus({ state: 'pre_open', serviceType: '5', preOpenBegin: '1672823460000' })), TRADE_MS.okx + SLOW),
    expected: { outcome: 'down', reason: 'trading_halted', facts: live('post_only', TRADE_MS.okx) },
  },
  {
    sample: 'okx/system-status.docs (derived: ongoing, production, serviceType 5), trade 5 s old',
    probe: 'exchange (okx)',
    run: () => exchange('okx', okxRoutes(okxStatus({ state: 'ongoing', serviceType: '5' })), TRADE_MS.okx + FRESH),
    expected: { outcome: 'up', reason: 'declared_state_mismatch', facts: live('maintenance', TRADE_MS.okx) },
  },
  {
    sample: 'okx/system-status.docs (derived: ongoing, production, serviceType 5), trade 10 min old',
    probe: 'exchange (okx)',
    run: () => exchange('okx', okxRoutes(okxStatus({ state: 'ongoing', serviceType: '5' })), TRADE_MS.okx + STOPPED),
    expected: { outcome: 'down', reason: 'trading_halted', facts: live('maintenance', TRADE_MS.okx) },
  },
  {
    sample: 'bybit/{time,system-status,recent-trade}.docs',
    probe: 'exchange (bybit)',
    run: () => exchange('bybit', bybitRoutes(), TRADE_MS.bybit + FRESH),
    expected: { outcome: 'up', reason: null, facts: live('online', TRADE_MS.bybit) },
  },
  {
    sample: 'bybit/system-status.docs (derived: t06 ongoing, uidSuffix [3, 7])',
    probe: 'exchange (bybit)',
    run: () => exchange('bybit', bybitRoutes(bybitStatus({ state: 'ongoing', uidSuffix: [3, 7] })), TRADE_MS.bybit + SLOW),
    expected: { outcome: 'degraded', reason: null, facts: live('online', TRADE_MS.bybit) },
  },
  {
    sample: 'bybit/system-status.docs (derived: t06 ongoing, env 2 = demo)',
    probe: 'exchange (bybit)',
    run: () => exchange('bybit', bybitRoutes(bybitStatus({ state: 'ongoing', env: 2 })), TRADE_MS.bybit + FRESH),
    expected: { outcome: 'up', reason: null, facts: live('online', TRADE_MS.bybit) },
  },
  {
    sample: 'bybit/system-status.docs (derived: t06 ongoing, serviceTypes [5] = market data only)',
    probe: 'exchange (bybit)',
    run: () => exchange('bybit', bybitRoutes(bybitStatus({ state: 'ongoing', serviceTypes: [5] })), TRADE_MS.bybit + FRESH),
    expected: { outcome: 'up', reason: null, facts: live('online', TRADE_MS.bybit) },
  },
  {
    sample: 'bybit/system-status.docs (derived: t05 ongoing, futures only)',
    probe: 'exchange (bybit)',
    run: () => exchange('bybit', bybitRoutes(bybitStatus({ state: 'ongoing' }, 1)), TRADE_MS.bybit + FRESH),
    expected: { outcome: 'up', reason: null, facts: live('online', TRADE_MS.bybit) },
  },
  {
    sample: 'bybit/system-status.docs (derived: t06 ongoing, all users, production), trade 10 min old',
    probe: 'exchange (bybit)',
    run: () => exchange('bybit', bybitRoutes(bybitStatus({ state: 'ongoing' })), TRADE_MS.bybit + STOPPED),
    expected: { outcome: 'down', reason: 'trading_halted', facts: live('maintenance', TRADE_MS.bybit) },
  },
];

// ——— Chains (the EVM samples run in chain-batch-refusal.test.ts) ———

const CHAIN_NOW = Date.parse('2023-10-04T13:10:00Z');

export const CHAIN_CASES: SampleCase[] = [
  {
    sample: 'bitcoin/blocks.mempool-shape',
    probe: 'bitcoin',
    run: () => probeAt({ kind: 'bitcoin', url: 'https://mempool.space/api' }, routerFetch({ '/api/blocks': sample('bitcoin/blocks.mempool-shape.json') }), CHAIN_NOW),
    expected: { outcome: 'up', reason: null, facts: { height: 810613, headTimestampSec: 1696424982 } },
  },
  {
    sample: 'solana/docs-responses (getSlot, getBlockTime)',
    probe: 'solana',
    run: () => {
      const docs = json<Record<string, unknown>>('solana/docs-responses.json');
      return probeAt({ kind: 'solana', url: 'https://api.mainnet-beta.solana.com' }, rpcFetch({ getSlot: docs.getSlot, getBlockTime: docs.getBlockTime }), CHAIN_NOW);
    },
    expected: { outcome: 'up', reason: null, facts: { slot: 1234, headTimestampSec: 1574721591 } },
  },
  {
    sample: 'solana/docs-responses (getSlot, getBlockTime_error -32004)',
    probe: 'solana',
    run: () => {
      const docs = json<Record<string, unknown>>('solana/docs-responses.json');
      return probeAt({ kind: 'solana', url: 'https://api.mainnet-beta.solana.com' }, rpcFetch({ getSlot: docs.getSlot, getBlockTime: docs.getBlockTime_error }), CHAIN_NOW);
    },
    expected: { outcome: 'up', reason: null, facts: { slot: 1234, detail: 'getBlockTime(1234): Block not available for slot 1234 (-32004)' } },
  },
];

// ——— Statuspage (a company's own page) ———

const GITHUB_URL = 'https://www.githubstatus.com/api/v2/summary.json';
const github = (file: string, components: { id?: string; name?: string }[] = []) =>
  probeAt({ kind: 'statuspage', role: 'reported', url: GITHUB_URL, components }, routerFetch({ '/api/v2/summary.json': sample(file) }), Date.parse('2020-04-02T20:40:00Z'));

export const STATUSPAGE_CASES: SampleCase[] = [
  {
    sample: 'statuspage/github-summary.outage-2020-04-02.captured (no component map)',
    probe: 'statuspage',
    run: () => github('statuspage/github-summary.outage-2020-04-02.captured.json'),
    expected: { outcome: 'down', reason: 'reported_incident', incidentIds: ['80d0cs6kpsps'] },
  },
  {
    sample: 'statuspage/github-summary.outage-2020-04-02.captured (mapped: "Git Operations" by name, API Requests by id)',
    probe: 'statuspage',
    run: () => github('statuspage/github-summary.outage-2020-04-02.captured.json', [{ name: 'git operations' }, { id: 'brv1bkgrwx7q', name: 'API Requests' }]),
    // The open incident names only the "Visit www.githubstatus.com" component: not one Marsad maps.
    expected: { outcome: 'down', reason: 'reported_incident', incidentIds: [] },
  },
  {
    sample: 'statuspage/github-summary.outage-2020-04-02.captured (mapped: GitHub Pages)',
    probe: 'statuspage',
    run: () => github('statuspage/github-summary.outage-2020-04-02.captured.json', [{ name: 'GitHub Pages' }]),
    expected: { outcome: 'up', reason: null, incidentIds: [] },
  },
  {
    sample: 'statuspage/github-summary.operational.derived',
    probe: 'statuspage',
    run: () => github('statuspage/github-summary.operational.derived.json'),
    expected: { outcome: 'up', reason: null, incidentIds: [] },
  },
];

// ——— Cloud feeds ———

const CLOUD_FEED = Object.fromEntries(cloudServices.flatMap((s) => (s.monitors ?? []).map((m) => [s.id, m] as const)));

/** The built-in catalog's cloud-feed monitor for this cloud (its URL, format and component map), served the sample. */
function cloudFeed(cloud: 'aws' | 'google-cloud' | 'azure' | 'cloudflare', body: string, nowMs: number): Promise<ProbeResult> {
  const monitor = CLOUD_FEED[cloud] as TestMonitorInput & { url: string };
  return probeAt({ ...monitor, allowPrivateNetwork: true }, routerFetch({ [new URL(monitor.url).pathname]: body }), nowMs);
}

const CLOUDFLARE = 'cloudflare/summary.live-verified-2026-05-16.shape.json';
/** The Cloudflare sample with its one open incident moved onto a component Marsad maps ("CDN/Cache"). */
function cloudflareOnCdn(): string {
  const doc = json(CLOUDFLARE);
  doc.components.push({ id: 'cdn0000000001', name: 'CDN/Cache', status: 'partial_outage', group_id: '1km35smx8p41', group: false });
  doc.incidents[0].name = 'Elevated errors on cached content';
  doc.incidents[0].components = [{ id: 'cdn0000000001', name: 'CDN/Cache', status: 'partial_outage', group_id: '1km35smx8p41', group: false }];
  return JSON.stringify(doc);
}

/** The Cloudflare sample with its incident moved to the Amsterdam data centre, and the "Europe" group it belongs to put on the page. */
function cloudflareInAmsterdam(): string {
  const doc = json(CLOUDFLARE);
  doc.components.push({ id: 'europe0000001', name: 'Europe', status: 'operational', group_id: null, group: true, components: ['ams0000000001'] });
  doc.incidents[0].name = 'Network performance issues in Amsterdam';
  doc.incidents[0].components = [doc.components.find((c: { id: string }) => c.id === 'ams0000000001')];
  return JSON.stringify(doc);
}

export const CLOUD_CASES: SampleCase[] = [
  {
    sample: 'cloudflare/summary.live-verified-2026-05-16.shape (open incident: PayPal Billing Issues)',
    probe: 'cloud-feed (statuspage)',
    run: () => cloudFeed('cloudflare', sample(CLOUDFLARE), Date.parse('2026-05-17T02:50:03Z')),
    expected: { outcome: 'up', reason: null, incidentIds: [] },
  },
  {
    sample: 'cloudflare/summary… (derived: the incident on CDN/Cache)',
    probe: 'cloud-feed (statuspage)',
    run: () => cloudFeed('cloudflare', cloudflareOnCdn(), Date.parse('2026-05-17T02:50:03Z')),
    expected: {
      outcome: 'degraded',
      reason: 'reported_incident',
      incidentIds: ['inc0000000001'],
      facts: { incidents: [expect.objectContaining({ url: 'https://www.cloudflarestatus.com/incidents/inc0000000001' })] },
    },
  },
  {
    sample: 'cloudflare/summary… (derived: the incident on the Amsterdam data centre, in the Europe group)',
    probe: 'cloud-feed (statuspage)',
    run: () => cloudFeed('cloudflare', cloudflareInAmsterdam(), Date.parse('2026-05-17T02:50:03Z')),
    expected: { outcome: 'degraded', reason: 'reported_incident', incidentIds: ['inc0000000001'] },
  },
  {
    sample: 'aws/all.rss.captured-2021-12-20 (at lastBuildDate)',
    probe: 'cloud-feed (aws-rss)',
    run: () => cloudFeed('aws', sample('aws/all.rss.captured-2021-12-20.xml'), Date.parse('Mon, 20 Dec 2021 00:05:42 PST')),
    expected: { outcome: 'up', reason: null, incidentIds: [] },
  },
  {
    sample: 'aws/all.rss.captured-2021-12-20 (1 h after the resolution)',
    probe: 'cloud-feed (aws-rss)',
    run: () => cloudFeed('aws', sample('aws/all.rss.captured-2021-12-20.xml'), Date.parse('Wed, 15 Dec 2021 13:16:32 PST')),
    expected: { outcome: 'up', reason: null, incidentIds: [] },
  },
  {
    sample: 'aws/all.rss.captured-2023-02-13 (at lastBuildDate)',
    probe: 'cloud-feed (aws-rss)',
    run: () => cloudFeed('aws', sample('aws/all.rss.captured-2023-02-13.xml'), Date.parse('Mon, 13 Feb 2023 00:05:51 PST')),
    expected: { outcome: 'up', reason: null, incidentIds: [] },
  },
  {
    sample: 'aws/all.rss.captured-2023-02-13 (1 h after the informational post)',
    probe: 'cloud-feed (aws-rss)',
    run: () => cloudFeed('aws', sample('aws/all.rss.captured-2023-02-13.xml'), Date.parse('Thu, 02 Feb 2023 15:19:24 PST')),
    expected: { outcome: 'degraded', reason: 'reported_incident', incidentIds: ['http://status.aws.amazon.com/#billingconsole_1675376364'] },
  },
  {
    sample: 'aws/all.rss.fixture-2026-unverified ("Service impact:", "Resolved:"), 20 min after the newest post',
    probe: 'cloud-feed (aws-rss)',
    run: () => cloudFeed('aws', sample('aws/all.rss.fixture-2026-unverified.xml'), Date.parse('Tue, 03 Mar 2026 09:00:00 PST')),
    expected: { outcome: 'down', reason: 'reported_incident', incidentIds: ['https://status.aws.amazon.com/#multipleservices-me-south-1_1772556000'] },
  },
  {
    sample: 'gcp/incidents.closed-2023-03-10.captured',
    probe: 'cloud-feed (gcp-incidents-json)',
    run: () => cloudFeed('google-cloud', sample('gcp/incidents.closed-2023-03-10.captured.json'), Date.parse('2023-03-10T15:00:00Z')),
    expected: { outcome: 'up', reason: null, incidentIds: [] },
  },
  {
    sample: 'gcp/incidents.open-variants',
    probe: 'cloud-feed (gcp-incidents-json)',
    run: () => cloudFeed('google-cloud', sample('gcp/incidents.open-variants.json'), Date.parse('2026-06-24T00:00:00Z')),
    expected: { outcome: 'degraded', reason: 'reported_incident', incidentIds: ['rZvZvSKVdDHyWh4dZJ8D', '5fGQt4VbkDnr3Yp8PXPr'] },
  },
  {
    sample: 'azure/feed.quiet.captured-2026-08-06',
    probe: 'cloud-feed (azure-rss)',
    run: () => cloudFeed('azure', sample('azure/feed.quiet.captured-2026-08-06.xml'), Date.parse('2026-08-06T01:10:00Z')),
    expected: { outcome: 'up', reason: null, incidentIds: [] },
  },
  {
    sample: 'azure/feed.incident.captured-2018-11-12',
    probe: 'cloud-feed (azure-rss)',
    run: () => cloudFeed('azure', sample('azure/feed.incident.captured-2018-11-12.xml'), Date.parse('2018-11-12T16:30:00Z')),
    expected: { outcome: 'degraded', reason: 'reported_incident', incidentIds: ['Virtual Machines/VM Scale Sets - East US 2'] },
  },
];

export const ALL_CASES: SampleCase[] = [...EXCHANGE_CASES, ...CHAIN_CASES, ...STATUSPAGE_CASES, ...CLOUD_CASES];
