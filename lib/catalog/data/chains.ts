// Layer-1 and layer-2 chains: liveness from at least three keyless RPC endpoints run by different
// operators (docs/methodology.md § Chains), plus the chain's own status page where it has one.
//
// Endpoints: the chain's own public RPC from the facts file, then third parties from Chainlist's
// public RPC list (DefiLlama/chainlist, constants/extraRpcs.js), preferring operators whose privacy
// statement there says they do not track users: PublicNode, dRPC, 1RPC and Pocket Network ("none").
// Solana is not on Chainlist: its third parties are PublicNode, Pocket Network and OnFinality, all
// keyless (dRPC and Ankr now want a paid plan or a key for Solana). Bitcoin uses Esplora APIs.
//
// Thresholds are the starting limits of docs/methodology.md § Chains; quorum 2 = two distinct operators must answer before
// "stalled" can be said. blockTimeSec is the facts file's figure.
import { esplora, evmRpc, solanaRpc, statuspage, type ServiceInput } from './helpers';

/** docs/methodology.md § Chains: the `safe` head older than max(30 min, 3× its usual lag) → "posting to L1 delayed". The usual
 *  safe lag of these rollups is minutes (batches every few minutes), so the 30-minute floor applies. */
const L2_SAFE_LIMIT_SEC = 30 * 60;

export const chainServices: ServiceInput[] = [
  {
    id: 'bitcoin',
    name: { ar: 'Bitcoin', en: 'Bitcoin' },
    aliases: ['بيتكوين'],
    shortName: 'Bitcoin',
    category: 'l1',
    website: 'https://bitcoin.org',
    monitored: true,
    cloudDependencies: [],
    // Block intervals are random (exponential, mean 10 min): 90/150 min keeps false alarms rare.
    chain: { family: 'bitcoin', softLimitSec: 90 * 60, hardLimitSec: 150 * 60, quorum: 2, blockTimeSec: 600 },
    monitors: [
      esplora({ id: 'bitcoin-blockstream', operator: 'blockstream', url: 'https://blockstream.info/api' }),
      esplora({ id: 'bitcoin-mempool-space', operator: 'mempool-space', url: 'https://mempool.space/api' }),
      // A community mempool.space instance run by Emzy (Esplora-compatible REST, keyless).
      esplora({ id: 'bitcoin-emzy', operator: 'emzy', url: 'https://mempool.emzy.de/api' }),
    ],
  },
  {
    id: 'ethereum',
    name: { ar: 'Ethereum', en: 'Ethereum' },
    aliases: ['إيثريوم'],
    shortName: 'Ethereum',
    category: 'l1',
    website: 'https://ethereum.org',
    monitored: true,
    cloudDependencies: [],
    chain: { family: 'evm', chainId: 1, softLimitSec: 60, hardLimitSec: 180, finalizedLimitSec: 25 * 60, quorum: 2, blockTimeSec: 12 },
    monitors: [
      evmRpc({ id: 'ethereum-publicnode', operator: 'publicnode', url: 'https://ethereum-rpc.publicnode.com', chainId: 1, finality: true }),
      evmRpc({ id: 'ethereum-drpc', operator: 'drpc', url: 'https://eth.drpc.org', chainId: 1, finality: true }),
      evmRpc({ id: 'ethereum-1rpc', operator: '1rpc', url: 'https://public.1rpc.io/eth', chainId: 1, finality: true }),
      evmRpc({ id: 'ethereum-pocket', operator: 'pocket-network', url: 'https://eth.api.pocket.network', chainId: 1, finality: true }),
    ],
  },
  {
    id: 'solana',
    name: { ar: 'Solana', en: 'Solana' },
    aliases: ['سولانا'],
    shortName: 'Solana',
    category: 'l1',
    website: 'https://solana.com',
    monitored: true,
    cloudDependencies: [],
    // Stalled: the confirmed slot frozen 60 s. Degraded: under 1.5 slots/s (normal ≈ 2.5/s), or no new
    // confirmed slot for 20 s (50 slot times; never seen in normal operation, a third of the hard limit).
    chain: { family: 'solana', softLimitSec: 20, hardLimitSec: 60, minSlotsPerSec: 1.5, quorum: 2, blockTimeSec: 0.4 },
    monitors: [
      solanaRpc({ id: 'solana-official', operator: 'solana-foundation', url: 'https://api.mainnet-beta.solana.com' }),
      solanaRpc({ id: 'solana-publicnode', operator: 'publicnode', url: 'https://solana-rpc.publicnode.com' }),
      solanaRpc({ id: 'solana-pocket', operator: 'pocket-network', url: 'https://solana.api.pocket.network' }),
      solanaRpc({ id: 'solana-onfinality', operator: 'onfinality', url: 'https://solana.api.onfinality.io/public' }),
      statuspage({ id: 'solana-statuspage', operator: 'solana-foundation', url: 'https://status.solana.com/api/v2/summary.json' }),
    ],
  },
  {
    id: 'sei',
    name: { ar: 'Sei', en: 'Sei' },
    shortName: 'Sei',
    category: 'l1',
    website: 'https://www.sei.io',
    monitored: true,
    cloudDependencies: [],
    // ~0.4 s blocks with instant finality (no separate safe/finalized head to watch). 15 s without a new
    // block is ~37 missed blocks (degraded); 60 s (~150 blocks) is stalled, the same hard limit as
    // Solana's, the other sub-second chain, and long enough that two 30 s rounds confirm it.
    chain: { family: 'evm', chainId: 1329, softLimitSec: 15, hardLimitSec: 60, quorum: 2, blockTimeSec: 0.4 },
    monitors: [
      evmRpc({ id: 'sei-official', operator: 'sei-foundation', url: 'https://evm-rpc.sei-apis.com', chainId: 1329, finality: false }),
      // Not on Chainlist's extraRpcs, unlike the others: confirmed instead from Sei's own documentation, whose RPC
      // table lists it for mainnet as PublicNode's public endpoint, 5 req/s (sei-protocol/sei-docs,
      // src/components/RpcSelector/index.tsx @0d100fc2f8a84d3e73b13011a196bcab1cc0b607). One batch per 30 s is far below that.
      evmRpc({ id: 'sei-publicnode', operator: 'publicnode', url: 'https://sei-evm-rpc.publicnode.com', chainId: 1329, finality: false }),
      evmRpc({ id: 'sei-drpc', operator: 'drpc', url: 'https://sei.drpc.org', chainId: 1329, finality: false }),
      evmRpc({ id: 'sei-pocket', operator: 'pocket-network', url: 'https://sei.api.pocket.network', chainId: 1329, finality: false }),
    ],
  },
  {
    id: 'base',
    name: { ar: 'Base', en: 'Base' },
    aliases: ['بيس'],
    shortName: 'Base',
    category: 'l2',
    website: 'https://base.org',
    monitored: true,
    // Not listed: the facts only say the Base *app* glitched (linked by Base to "testing"), chain activity
    // stayed steady, and whether Base itself degraded on 2025-10-20 is under `not_verified`.
    cloudDependencies: [],
    chain: { family: 'evm', chainId: 8453, softLimitSec: 20, hardLimitSec: 60, safeLimitSec: L2_SAFE_LIMIT_SEC, quorum: 2, blockTimeSec: 2 },
    monitors: [
      evmRpc({ id: 'base-official', operator: 'base', url: 'https://mainnet.base.org', chainId: 8453, finality: true }),
      evmRpc({ id: 'base-publicnode', operator: 'publicnode', url: 'https://base-rpc.publicnode.com', chainId: 8453, finality: true }),
      evmRpc({ id: 'base-drpc', operator: 'drpc', url: 'https://base.drpc.org', chainId: 8453, finality: true }),
      evmRpc({ id: 'base-1rpc', operator: '1rpc', url: 'https://public.1rpc.io/base', chainId: 8453, finality: true }),
      // The facts only show status.base.org/api/v2/status.json (low confidence): every Atlassian
      // Statuspage that serves status.json also serves summary.json on the same host.
      statuspage({ id: 'base-statuspage', operator: 'base', url: 'https://status.base.org/api/v2/summary.json' }),
    ],
  },
  {
    id: 'arbitrum-one',
    name: { ar: 'Arbitrum One', en: 'Arbitrum One' },
    aliases: ['آربيتروم وان'],
    shortName: 'Arbitrum One',
    category: 'l2',
    website: 'https://arbitrum.io',
    monitored: true,
    cloudDependencies: [],
    chain: { family: 'evm', chainId: 42161, softLimitSec: 20, hardLimitSec: 60, safeLimitSec: L2_SAFE_LIMIT_SEC, quorum: 2, blockTimeSec: 0.25 },
    monitors: [
      evmRpc({ id: 'arbitrum-one-official', operator: 'offchain-labs', url: 'https://arb1.arbitrum.io/rpc', chainId: 42161, finality: true }),
      evmRpc({ id: 'arbitrum-one-publicnode', operator: 'publicnode', url: 'https://arbitrum-one-rpc.publicnode.com', chainId: 42161, finality: true }),
      evmRpc({ id: 'arbitrum-one-drpc', operator: 'drpc', url: 'https://arbitrum.drpc.org', chainId: 42161, finality: true }),
      evmRpc({ id: 'arbitrum-one-1rpc', operator: '1rpc', url: 'https://public.1rpc.io/arb', chainId: 42161, finality: true }),
      // The page also covers Arbitrum Nova and testnets; component ids are not known offline, so every
      // component is read until an operator narrows it (by id) to Arbitrum One's.
      statuspage({ id: 'arbitrum-one-statuspage', operator: 'offchain-labs', url: 'https://status.arbitrum.io/api/v2/summary.json' }),
    ],
  },
  {
    id: 'op-mainnet',
    name: { ar: 'OP Mainnet', en: 'OP Mainnet' },
    aliases: ['أوبتيميزم'],
    shortName: 'OP Mainnet',
    category: 'l2',
    website: 'https://www.optimism.io',
    monitored: true,
    cloudDependencies: [],
    chain: { family: 'evm', chainId: 10, softLimitSec: 20, hardLimitSec: 60, safeLimitSec: L2_SAFE_LIMIT_SEC, quorum: 2, blockTimeSec: 2 },
    monitors: [
      evmRpc({ id: 'op-mainnet-official', operator: 'op-labs', url: 'https://mainnet.optimism.io', chainId: 10, finality: true }),
      evmRpc({ id: 'op-mainnet-publicnode', operator: 'publicnode', url: 'https://optimism-rpc.publicnode.com', chainId: 10, finality: true }),
      evmRpc({ id: 'op-mainnet-drpc', operator: 'drpc', url: 'https://optimism.drpc.org', chainId: 10, finality: true }),
      evmRpc({ id: 'op-mainnet-1rpc', operator: '1rpc', url: 'https://public.1rpc.io/op', chainId: 10, finality: true }),
      // As for Base: the facts give status.optimism.io/api/v2/status.json (low confidence); summary.json
      // is the same Statuspage's fuller document.
      statuspage({ id: 'op-mainnet-statuspage', operator: 'op-labs', url: 'https://status.optimism.io/api/v2/summary.json' }),
    ],
  },
  {
    id: 'polygon-pos',
    name: { ar: 'Polygon PoS', en: 'Polygon PoS' },
    aliases: ['بوليغون'],
    shortName: 'Polygon PoS',
    category: 'l2',
    website: 'https://polygon.technology',
    monitored: true,
    cloudDependencies: [],
    // Finality via milestones (`finalized` tag); older than 5 min → degraded. Grouped with L2s as docs/methodology.md § Chains does.
    chain: { family: 'evm', chainId: 137, softLimitSec: 30, hardLimitSec: 120, finalizedLimitSec: 5 * 60, quorum: 2, blockTimeSec: 2 },
    monitors: [
      evmRpc({ id: 'polygon-pos-polygon-rpc', operator: 'polygon-rpc', url: 'https://polygon-rpc.com', chainId: 137, finality: true }),
      evmRpc({ id: 'polygon-pos-publicnode', operator: 'publicnode', url: 'https://polygon-bor-rpc.publicnode.com', chainId: 137, finality: true }),
      evmRpc({ id: 'polygon-pos-drpc', operator: 'drpc', url: 'https://polygon.drpc.org', chainId: 137, finality: true }),
      evmRpc({ id: 'polygon-pos-1rpc', operator: '1rpc', url: 'https://public.1rpc.io/matic', chainId: 137, finality: true }),
      // The page covers several Polygon networks (PoS, zkEVM, …): every component until narrowed by id.
      statuspage({ id: 'polygon-pos-statuspage', operator: 'polygon-labs', url: 'https://status.polygon.technology/api/v2/summary.json' }),
    ],
  },
  {
    id: 'zksync-era',
    name: { ar: 'ZKsync Era', en: 'ZKsync Era' },
    aliases: ['زد كي سينك إيرا'],
    shortName: 'ZKsync Era',
    category: 'l2',
    website: 'https://zksync.io',
    monitored: true,
    cloudDependencies: [],
    // finality off: ZKsync's block tags do not follow Ethereum's meaning ("finalized" = executed on L1 after a
    // multi-hour delay, "safe"/"committed" differ by node version), so safe/finalized ages would mislead.
    // safeLimitSec is kept for when the probe reads a safe head here.
    chain: { family: 'evm', chainId: 324, softLimitSec: 20, hardLimitSec: 60, safeLimitSec: L2_SAFE_LIMIT_SEC, quorum: 2, blockTimeSec: 2 },
    monitors: [
      evmRpc({ id: 'zksync-era-official', operator: 'matter-labs', url: 'https://mainnet.era.zksync.io', chainId: 324, finality: false }),
      evmRpc({ id: 'zksync-era-drpc', operator: 'drpc', url: 'https://zksync.drpc.org', chainId: 324, finality: false }),
      evmRpc({ id: 'zksync-era-1rpc', operator: '1rpc', url: 'https://public.1rpc.io/zksync2-era', chainId: 324, finality: false }),
      evmRpc({ id: 'zksync-era-pocket', operator: 'pocket-network', url: 'https://zksync-era.api.pocket.network', chainId: 324, finality: false }),
    ],
  },
  {
    id: 'linea',
    name: { ar: 'Linea', en: 'Linea' },
    aliases: ['لينيا'],
    shortName: 'Linea',
    category: 'l2',
    website: 'https://linea.build',
    monitored: true,
    cloudDependencies: [],
    // finality off: Linea answers `finalized` but not `safe` ("safe isn't supported. Use finalized instead",
    // Linea/MetaMask docs), and its finalized head trails by hours, so neither fits the 30-min safe rule.
    chain: { family: 'evm', chainId: 59144, softLimitSec: 20, hardLimitSec: 60, safeLimitSec: L2_SAFE_LIMIT_SEC, quorum: 2, blockTimeSec: 2 },
    monitors: [
      evmRpc({ id: 'linea-official', operator: 'linea', url: 'https://rpc.linea.build', chainId: 59144, finality: false }),
      evmRpc({ id: 'linea-publicnode', operator: 'publicnode', url: 'https://linea-rpc.publicnode.com', chainId: 59144, finality: false }),
      evmRpc({ id: 'linea-drpc', operator: 'drpc', url: 'https://linea.drpc.org', chainId: 59144, finality: false }),
      evmRpc({ id: 'linea-1rpc', operator: '1rpc', url: 'https://public.1rpc.io/linea', chainId: 59144, finality: false }),
      statuspage({ id: 'linea-statuspage', operator: 'linea', url: 'https://linea.statuspage.io/api/v2/summary.json' }),
    ],
  },
  {
    id: 'scroll',
    name: { ar: 'Scroll', en: 'Scroll' },
    aliases: ['سكرول'],
    shortName: 'Scroll',
    category: 'l2',
    website: 'https://scroll.io',
    monitored: true,
    cloudDependencies: [],
    // finality off until Scroll's support of the `safe` tag is confirmed (see the catalog report).
    chain: { family: 'evm', chainId: 534352, softLimitSec: 20, hardLimitSec: 60, safeLimitSec: L2_SAFE_LIMIT_SEC, quorum: 2, blockTimeSec: 3 },
    monitors: [
      evmRpc({ id: 'scroll-official', operator: 'scroll', url: 'https://rpc.scroll.io', chainId: 534352, finality: false }),
      evmRpc({ id: 'scroll-drpc', operator: 'drpc', url: 'https://scroll.drpc.org', chainId: 534352, finality: false }),
      evmRpc({ id: 'scroll-1rpc', operator: '1rpc', url: 'https://public.1rpc.io/scroll', chainId: 534352, finality: false }),
      evmRpc({ id: 'scroll-pocket', operator: 'pocket-network', url: 'https://scroll.api.pocket.network', chainId: 534352, finality: false }),
    ],
  },
];
