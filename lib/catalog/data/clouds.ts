// Cloud providers: what they report themselves, from their public feeds. A feed without an incident
// does not prove the cloud is healthy (docs/methodology.md § Reported status); these are `reported`, never `measured`.
import { REPORTED_INTERVAL_SEC, type MonitorInput, type ServiceInput } from './helpers';

type CloudFeedInput = Extract<MonitorInput, { kind: 'cloud-feed' }>;

function cloudFeed(args: Pick<CloudFeedInput, 'id' | 'operator' | 'url' | 'format'> & Partial<CloudFeedInput>): MonitorInput {
  // Every region: the blast radius is matched against services' regions after the fact.
  return { kind: 'cloud-feed', role: 'reported', intervalSec: REPORTED_INTERVAL_SEC, regions: [], ...args };
}

export const cloudServices: ServiceInput[] = [
  {
    id: 'aws',
    name: { ar: 'AWS', en: 'Amazon Web Services (AWS)' },
    aliases: ['أمازون ويب سيرفيسز'],
    shortName: 'AWS',
    category: 'cloud',
    website: 'https://aws.amazon.com',
    monitored: true,
    cloudDependencies: [],
    // The legacy all-services RSS can run to a few MB: a larger body cap than the default 1 MB.
    monitors: [cloudFeed({ id: 'aws-health-rss', operator: 'aws', url: 'https://status.aws.amazon.com/rss/all.rss', format: 'aws-rss', maxBytes: 8_000_000 })],
  },
  {
    id: 'google-cloud',
    name: { ar: 'Google Cloud', en: 'Google Cloud' },
    aliases: ['جوجل كلاود'],
    shortName: 'Google Cloud',
    category: 'cloud',
    website: 'https://cloud.google.com',
    monitored: true,
    cloudDependencies: [],
    monitors: [
      // incidents.json carries Google Cloud's whole incident history (several MB): read every 2 minutes,
      // not every minute, and with the largest body cap the schema allows.
      cloudFeed({
        id: 'gcp-incidents-json',
        operator: 'google',
        url: 'https://status.cloud.google.com/incidents.json',
        format: 'gcp-incidents-json',
        intervalSec: 120,
        maxBytes: 20_000_000,
      }),
    ],
  },
  {
    id: 'azure',
    name: { ar: 'Microsoft Azure', en: 'Microsoft Azure' },
    aliases: ['مايكروسوفت أزور'],
    shortName: 'Azure',
    category: 'cloud',
    website: 'https://azure.microsoft.com',
    monitored: true,
    cloudDependencies: [],
    monitors: [cloudFeed({ id: 'azure-status-rss', operator: 'microsoft', url: 'https://azure.status.microsoft/en-us/status/feed/', format: 'azure-rss' })],
  },
  {
    id: 'cloudflare',
    name: { ar: 'Cloudflare', en: 'Cloudflare' },
    aliases: ['كلاودفلير'],
    shortName: 'Cloudflare',
    category: 'cloud',
    website: 'https://www.cloudflare.com',
    monitored: true,
    cloudDependencies: [],
    // Cloudflare's Statuspage lists hundreds of data-centre components: read as a cloud feed (open
    // incidents by location), with room for the large summary document. Only incidents on what sites use
    // count: the CDN (proxy and cache), authoritative DNS, the network, and the regions' data centres (the
    // region groups); not billing, the dashboard or other products. By name (the sample's ids are
    // placeholders; rule in lib/probes/statuspage-components.ts); add each `id` once read from the live page.
    monitors: [
      cloudFeed({
        id: 'cloudflare-statuspage',
        operator: 'cloudflare',
        url: 'https://www.cloudflarestatus.com/api/v2/summary.json',
        format: 'statuspage',
        maxBytes: 4_000_000,
        components: [
          { name: 'CDN/Cache' },
          { name: 'Authoritative DNS' },
          { name: 'Network' },
          { name: 'Africa' },
          { name: 'Asia' },
          { name: 'Europe' },
          { name: 'Latin America & the Caribbean' },
          { name: 'Middle East' },
          { name: 'North America' },
          { name: 'Oceania' },
        ],
      }),
    ],
  },
];
