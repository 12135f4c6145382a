// facts.json names services in free text ("Coinbase (exchange/app)", "Gate.io / Coinstore"). This is the
// one place that maps each of those labels to catalog ids. An aggregate row belongs to the incident, not
// to a service, so it maps to no id. An unknown label throws: new facts must be mapped on purpose.
import type { IncidentServiceId } from './types';

export const SERVICE_LABEL_MAP: Readonly<Record<string, readonly IncidentServiceId[]>> = {
  AWS: ['aws'],
  'Infura (ConsenSys)': ['infura'],
  MetaMask: ['metamask'],
  'Coinbase (exchange/app)': ['coinbase'],
  'Base (Coinbase L2)': ['base'],
  Robinhood: ['robinhood'],
  Alchemy: ['alchemy'],
  OpenSea: ['opensea'],
  'Crypto.com': ['crypto-com'],
  CoinMarketCap: ['coinmarketcap'],
  'Polygon PoS / Arbitrum One / OP Mainnet / Linea / Scroll': ['polygon-pos', 'arbitrum-one', 'op-mainnet', 'linea', 'scroll'],
  'Ethereum L1': ['ethereum'],
  'Bitcoin L1': ['bitcoin'],
  'Solana L1': ['solana'],
  // A claim about Ethereum's nodes: linked to Ethereum, but published only as "claimed, not verified".
  'Ethereum nodes (claim)': ['ethereum'],
  Binance: ['binance'],
  KuCoin: ['kucoin'],
  MEXC: ['mexc'],
  'Gate.io / Coinstore': ['gate-io', 'coinstore'],
  'Rabby Wallet / DeBank': ['rabby', 'debank'],
  'Crypto sector (aggregate)': [],
};

/** Labels of rows that describe a whole sector, not one service. */
export const AGGREGATE_LABELS: readonly string[] = Object.entries(SERVICE_LABEL_MAP)
  .filter(([, ids]) => ids.length === 0)
  .map(([label]) => label);

export function serviceIdsFor(label: string): IncidentServiceId[] {
  const ids = SERVICE_LABEL_MAP[label];
  if (!ids) throw new Error(`No catalog mapping for the service label "${label}": add it to SERVICE_LABEL_MAP`);
  return [...ids];
}
