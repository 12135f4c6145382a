// Exchanges: the public REST API of each (is trading actually happening on the top pair?), plus the
// company's own status page where it has one. Exchanges with no public endpoint to probe are listed
// as not monitored live (status "unknown", never a guess).
//
// Note for operators: api.binance.com and api.bybit.com refuse some jurisdictions (HTTP 451/403). The
// probe reports that as `blocked` (this vantage is ineligible), not as an outage.
import { awsApNortheast1, awsUsEast1, APR_2025, MAY_2026, OCT_2025 } from './sources';
import { LIVENESS_INTERVAL_SEC, statuspage, type MonitorInput, type ServiceInput } from './helpers';

type ExchangeArgs = Extract<MonitorInput, { kind: 'exchange' }>;

function exchangeApi(args: Pick<ExchangeArgs, 'id' | 'exchange' | 'baseUrl' | 'pair'>): MonitorInput {
  return { kind: 'exchange', role: 'access', intervalSec: LIVENESS_INTERVAL_SEC, operator: args.exchange, ...args };
}

export const exchangeServices: ServiceInput[] = [
  {
    id: 'coinbase',
    name: { ar: 'Coinbase', en: 'Coinbase' },
    aliases: ['كوين بيس'],
    shortName: 'Coinbase',
    category: 'exchange',
    website: 'https://www.coinbase.com',
    monitored: true,
    // Coinbase named AWS itself both times: its status incident on 2025-10-20, and its post-mortem of the
    // 2026-05-07 us-east-1 (use1-az4) thermal event. Two incidents, two sources, one region.
    cloudDependencies: [awsUsEast1(OCT_2025.coinbaseAndMetamask), awsUsEast1(MAY_2026.coinbase)],
    monitors: [
      // Coinbase Exchange (Advanced Trade's order books): BTC-USD trades and book.
      exchangeApi({ id: 'coinbase-exchange', exchange: 'coinbase', baseUrl: 'https://api.exchange.coinbase.com', pair: 'BTC-USD' }),
      // The retail app's API host (what failed for app users on 2025-10-20), a separate front door.
      {
        kind: 'http',
        id: 'coinbase-app-api',
        operator: 'coinbase',
        role: 'access',
        intervalSec: LIVENESS_INTERVAL_SEC,
        url: 'https://api.coinbase.com/v2/time',
        expectStatus: 200,
        jsonPath: 'data.iso',
      },
      // Coinbase's page mixes product components with per-network send/receive components (its "Solana"
      // component is Coinbase's Solana withdrawals, not the Solana chain). Only trading, the API and the Base
      // network count as Coinbase's reported status; the per-asset components are named in the reading's
      // detail, never counted. The page's component ids could not be read when this was written: these are
      // names (matching rule in lib/probes/statuspage-components.ts), not confirmed against the live page; a
      // name that is not on the page is reported in the detail. Add each `id` once known.
      statuspage({
        id: 'coinbase-statuspage',
        operator: 'coinbase',
        url: 'https://status.coinbase.com/api/v2/summary.json',
        components: [{ name: 'Trading' }, { name: 'Advanced Trade' }, { name: 'API' }, { name: 'Base' }],
      }),
    ],
  },
  {
    id: 'binance',
    name: { ar: 'Binance', en: 'Binance' },
    aliases: ['بينانس'],
    shortName: 'Binance',
    category: 'exchange',
    website: 'https://www.binance.com',
    monitored: true,
    cloudDependencies: [awsApNortheast1(APR_2025.binance)],
    monitors: [exchangeApi({ id: 'binance-exchange', exchange: 'binance', baseUrl: 'https://api.binance.com', pair: 'BTCUSDT' })],
  },
  {
    id: 'kraken',
    name: { ar: 'Kraken', en: 'Kraken' },
    aliases: ['كراكن'],
    shortName: 'Kraken',
    category: 'exchange',
    website: 'https://www.kraken.com',
    monitored: true,
    cloudDependencies: [],
    monitors: [
      // Kraken's REST names bitcoin XBT; "XBTUSD" is the pair's altname (the result key is XXBTZUSD).
      exchangeApi({ id: 'kraken-exchange', exchange: 'kraken', baseUrl: 'https://api.kraken.com', pair: 'XBTUSD' }),
      statuspage({ id: 'kraken-statuspage', operator: 'kraken', url: 'https://status.kraken.com/api/v2/summary.json' }),
    ],
  },
  {
    id: 'okx',
    name: { ar: 'OKX', en: 'OKX' },
    aliases: ['أو كي إكس'],
    shortName: 'OKX',
    category: 'exchange',
    website: 'https://www.okx.com',
    monitored: true,
    cloudDependencies: [],
    monitors: [exchangeApi({ id: 'okx-exchange', exchange: 'okx', baseUrl: 'https://www.okx.com', pair: 'BTC-USDT' })],
  },
  {
    id: 'bybit',
    name: { ar: 'Bybit', en: 'Bybit' },
    aliases: ['باي بت'],
    shortName: 'Bybit',
    category: 'exchange',
    website: 'https://www.bybit.com',
    monitored: true,
    cloudDependencies: [],
    monitors: [exchangeApi({ id: 'bybit-exchange', exchange: 'bybit', baseUrl: 'https://api.bybit.com', pair: 'BTCUSDT' })],
  },
  {
    id: 'kucoin',
    name: { ar: 'KuCoin', en: 'KuCoin' },
    aliases: ['كوكوين'],
    shortName: 'KuCoin',
    category: 'exchange',
    website: 'https://www.kucoin.com',
    monitored: true,
    cloudDependencies: [awsApNortheast1(APR_2025.kucoinGateCoinstore)],
    monitors: [exchangeApi({ id: 'kucoin-exchange', exchange: 'kucoin', baseUrl: 'https://api.kucoin.com', pair: 'BTC-USDT' })],
  },
  // ——— Not monitored live: no public health endpoint (or none this catalog probes). ———
  {
    id: 'robinhood',
    name: { ar: 'Robinhood', en: 'Robinhood' },
    aliases: ['روبن هود'],
    shortName: 'Robinhood',
    category: 'exchange',
    website: 'https://robinhood.com',
    monitored: false,
    cloudDependencies: [awsUsEast1(OCT_2025.robinhood)],
    monitors: [],
  },
  {
    id: 'mexc',
    name: { ar: 'MEXC', en: 'MEXC' },
    aliases: ['إم إي إكس سي'],
    shortName: 'MEXC',
    category: 'exchange',
    website: 'https://www.mexc.com',
    monitored: false,
    cloudDependencies: [awsApNortheast1(APR_2025.mexc)],
    monitors: [],
  },
  {
    id: 'gate-io',
    name: { ar: 'Gate.io', en: 'Gate.io' },
    aliases: ['جيت'],
    shortName: 'Gate.io',
    category: 'exchange',
    // Gate.io moved to the gate.com domain in 2025; the reports name it Gate.io.
    website: 'https://www.gate.com',
    monitored: false,
    cloudDependencies: [awsApNortheast1(APR_2025.kucoinGateCoinstore)],
    monitors: [],
  },
  {
    id: 'coinstore',
    name: { ar: 'Coinstore', en: 'Coinstore' },
    aliases: ['كوين ستور'],
    shortName: 'Coinstore',
    category: 'exchange',
    website: 'https://www.coinstore.com',
    monitored: false,
    cloudDependencies: [awsApNortheast1(APR_2025.kucoinGateCoinstore)],
    monitors: [],
  },
  {
    id: 'crypto-com',
    name: { ar: 'Crypto.com', en: 'Crypto.com' },
    aliases: ['كريبتو دوت كوم'],
    shortName: 'Crypto.com',
    category: 'exchange',
    website: 'https://crypto.com',
    monitored: false,
    // Not listed: the only report (2025-10-20) is a low-confidence republication that does not say
    // which cloud Crypto.com ran on.
    cloudDependencies: [],
    monitors: [],
  },
];
