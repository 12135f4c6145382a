// Public reports that state which cloud (and region) a service ran on or failed with. Copied from
// the facts file (facts.json → incidents[].events[].source / extra_sources); every URL here must
// stay one of those (tests/unit/catalog/builtin.test.ts checks it against tests/fixtures/facts.json).
import type { CloudDependencyInput } from './helpers';

/** AWS us-east-1, 20 October 2025 (DynamoDB DNS failure). */
export const OCT_2025 = {
  /** Coinbase posted a status incident "AWS outage impacting multiple apps and services"; MetaMask reads through Infura. */
  coinbaseAndMetamask: 'https://news.bitcoinfo.net/why-did-metamask-present-0-on-ethereum-when-aws-went-offline/',
  /** Infura: "The issue has reoccurred due to an ongoing AWS outage, impacting multiple Infura Mainnet JSON-RPC APIs…". */
  infura: 'https://bitcoinethereumnews.com/tech/aws-outage-triggers-zero-balance-glitch-on-base-web3s-fragility-exposed',
  /** Robinhood (incl. crypto) reported issues/slowdowns tied to AWS. */
  robinhood: 'https://zbattle.co/cryptos-decentralized-illusion-shattered-again-by-another-aws-meltdown/?amp=1',
} as const;

/** AWS ap-northeast-1 (Tokyo, apne1-az4), 15 April 2025 (power loss in one availability zone). */
export const APR_2025 = {
  /** Binance on X: "…temporary network interruption in the AWS data center". */
  binance: 'https://www.pymnts.com/cryptocurrency/2025/binance-resumes-services-after-aws-outage-disrupts-withdrawals/',
  /** KuCoin cited a "large-scale network outage with AWS services"; Gate.io / Coinstore reported related issues. */
  kucoinGateCoinstore: 'https://buycrypto.news/crypto-exchanges-binance-and-kucoin-disrupted-by-aws-outage-services-now-recovering',
  /** "Falha na AWS derruba serviços da Binance, KuCoin e outras exchanges": MEXC's disruption. */
  mexc: 'https://blackchain.news/falha-na-aws-derruba-servicos-da-binance-kucoin-e-outras-exchanges-de-criptomoedas',
  /** "AWS Outage Cripples Major Crypto Platforms": Rabby Wallet / DeBank disruptions. */
  rabbyDebank: 'https://growmybag.com/Article/192470/AWS-Outage-Cripples-Major-Crypto-Platforms--Exposes-Dangerous-Centralization-Risk-in-Industry-s-Backbone',
} as const;

/** AWS us-east-1 (use1-az4) thermal event, 7–8 May 2026: Coinbase's own post-mortem (as summarised). */
export const MAY_2026 = {
  coinbase: 'https://thecoinheadlines.com/crypto/coinbase-publishes-post-mortem-analysis-of-may-7-multi-hour-platform-failure/article-20639/',
} as const;

// Region codes are the provider's own (as its feed names them), so a service can be matched against
// an open incident in that region. The availability zone (apne1-az4, use1-az4) stays in the incident.
export const awsUsEast1 = (source: string): CloudDependencyInput => ({ provider: 'AWS', region: 'us-east-1', source });
export const awsApNortheast1 = (source: string): CloudDependencyInput => ({ provider: 'AWS', region: 'ap-northeast-1', source });
