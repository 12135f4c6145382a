// Infrastructure: RPC providers (their own status pages; their RPCs only with the operator's key),
// and the wallets, portfolio trackers, marketplaces and data sites that appear in the incidents but
// have no public endpoint to probe (not monitored live).
import { awsApNortheast1, awsUsEast1, APR_2025, OCT_2025 } from './sources';
import { KEY_PLACEHOLDER, LIVENESS_INTERVAL_SEC, statuspage, type MonitorInput, type ServiceInput } from './helpers';

/**
 * An RPC that needs the operator's API key inside its URL (see KEY_PLACEHOLDER): probed only when the
 * environment variable is set. Role `access`: it says whether people can reach Ethereum through this
 * provider, not whether Ethereum is alive (that is the keyless endpoints' job).
 */
function keyedEthereumRpc(args: { id: string; operator: string; urlWithKey: string; apiKeyEnv: string }): MonitorInput {
  return {
    kind: 'evm',
    role: 'access',
    intervalSec: LIVENESS_INTERVAL_SEC,
    id: args.id,
    operator: args.operator,
    url: args.urlWithKey,
    apiKeyEnv: args.apiKeyEnv,
    chainId: 1,
    finality: false,
  };
}

export const infraServices: ServiceInput[] = [
  {
    id: 'infura',
    name: { ar: 'Infura', en: 'Infura' },
    aliases: ['إنفيورا'],
    shortName: 'Infura',
    category: 'infra',
    website: 'https://www.infura.io',
    monitored: true,
    // Infura's own update: "The issue has reoccurred due to an ongoing AWS outage…".
    cloudDependencies: [awsUsEast1(OCT_2025.infura)],
    monitors: [
      statuspage({ id: 'infura-statuspage', operator: 'infura', url: 'https://status.infura.io/api/v2/summary.json' }),
      keyedEthereumRpc({
        id: 'infura-ethereum-rpc',
        operator: 'infura',
        urlWithKey: `https://mainnet.infura.io/v3/${KEY_PLACEHOLDER}`,
        apiKeyEnv: 'INFURA_API_KEY',
      }),
    ],
  },
  {
    id: 'alchemy',
    name: { ar: 'Alchemy', en: 'Alchemy' },
    aliases: ['ألكيمي'],
    shortName: 'Alchemy',
    category: 'infra',
    website: 'https://www.alchemy.com',
    monitored: true,
    // Not listed: only a low-confidence op-ed says Alchemy posted an AWS-related note (not verified).
    cloudDependencies: [],
    monitors: [
      statuspage({ id: 'alchemy-statuspage', operator: 'alchemy', url: 'https://status.alchemy.com/api/v2/summary.json' }),
      keyedEthereumRpc({
        id: 'alchemy-ethereum-rpc',
        operator: 'alchemy',
        urlWithKey: `https://eth-mainnet.g.alchemy.com/v2/${KEY_PLACEHOLDER}`,
        apiKeyEnv: 'ALCHEMY_API_KEY',
      }),
    ],
  },
  {
    id: 'quicknode',
    name: { ar: 'QuickNode', en: 'QuickNode' },
    aliases: ['كويك نود'],
    shortName: 'QuickNode',
    category: 'infra',
    website: 'https://www.quicknode.com',
    monitored: true,
    cloudDependencies: [],
    // QuickNode endpoints are per-customer host names (name.network.quiknode.pro/token), so there is no
    // shared URL to template: an operator adds their own endpoint in a MARSAD_CATALOG file.
    monitors: [statuspage({ id: 'quicknode-statuspage', operator: 'quicknode', url: 'https://status.quicknode.com/api/v2/summary.json' })],
  },
  // ——— Not monitored live ———
  {
    id: 'metamask',
    name: { ar: 'MetaMask', en: 'MetaMask' },
    aliases: ['ميتاماسك'],
    shortName: 'MetaMask',
    category: 'infra',
    displayGroup: 'apps',
    website: 'https://metamask.io',
    monitored: false,
    // MetaMask failed with us-east-1 through its default RPC provider, Infura (balances shown as zero).
    cloudDependencies: [awsUsEast1(OCT_2025.coinbaseAndMetamask)],
    monitors: [],
  },
  {
    id: 'rabby',
    name: { ar: 'Rabby Wallet', en: 'Rabby Wallet' },
    aliases: ['محفظة رابي'],
    shortName: 'Rabby',
    category: 'infra',
    displayGroup: 'apps',
    website: 'https://rabby.io',
    monitored: false,
    cloudDependencies: [awsApNortheast1(APR_2025.rabbyDebank)],
    monitors: [],
  },
  {
    id: 'debank',
    name: { ar: 'DeBank', en: 'DeBank' },
    aliases: ['دي بانك'],
    shortName: 'DeBank',
    category: 'infra',
    displayGroup: 'apps',
    website: 'https://debank.com',
    monitored: false,
    cloudDependencies: [awsApNortheast1(APR_2025.rabbyDebank)],
    monitors: [],
  },
  {
    id: 'opensea',
    name: { ar: 'OpenSea', en: 'OpenSea' },
    aliases: ['أوبن سي'],
    shortName: 'OpenSea',
    category: 'infra',
    displayGroup: 'apps',
    website: 'https://opensea.io',
    monitored: false,
    // Not listed: its CTO spoke of "upstream providers" without naming a cloud (low confidence).
    cloudDependencies: [],
    monitors: [],
  },
  {
    id: 'coinmarketcap',
    name: { ar: 'CoinMarketCap', en: 'CoinMarketCap' },
    aliases: ['كوين ماركت كاب'],
    shortName: 'CoinMarketCap',
    category: 'infra',
    displayGroup: 'apps',
    website: 'https://coinmarketcap.com',
    monitored: false,
    // Not listed: named only in a low-confidence opinion piece.
    cloudDependencies: [],
    monitors: [],
  },
];
