// The providers' published address files, one reader each: what file (in ../shared/ip-ranges) holds the
// snapshot, at which official addresses a refresh reads it, and how its text becomes prefixes with a
// region. The same readers build the committed table (scripts/build-ip-ranges.ts) and check what a
// refresh fetched (lib/exposure/refresh.ts), so a fetched file is held to the snapshot's rules.
import { z } from 'zod';
import type { ProviderKind } from './table';

/** One published prefix, as the file states it. */
export interface RawEntry {
  providerId: string;
  prefix: string;
  region: string | null;
}

export interface ParsedFeed {
  /** The date the file itself carries (YYYY-MM-DD), or null when it carries none. */
  dataDate: string | null;
  entries: RawEntry[];
}

export interface ProviderInfo {
  id: string;
  name: string;
  kind: ProviderKind;
}

export interface FeedDefinition {
  id: string;
  /** Snapshot files under ../shared/ip-ranges, in the order `parse` takes their texts. */
  files: string[];
  /** Official addresses, in the same order as `files`; null when there is no fixed one (the snapshot stays). */
  refreshUrls: string[] | null;
  providers: ProviderInfo[];
  /** Fewer published prefixes than this is not a real answer (an error page, a truncated body). */
  minEntries: number;
  /** Throws when a text is not what the provider publishes. */
  parse(texts: string[]): ParsedFeed;
}

export class FeedFormatError extends Error {}

function fail(message: string): never {
  throw new FeedFormatError(message);
}

function json<S extends z.ZodType>(text: string, schema: S, what: string): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    fail(`${what}: not JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) fail(`${what}: ${parsed.error.issues[0]?.message ?? 'unexpected shape'} at ${parsed.error.issues[0]?.path.join('.')}`);
  return parsed.data;
}

/** The YYYY-MM-DD at the start of a date-like text (2025-07-24-20-23-14, 2025-07-24T19:16:28…), or null. */
function dayOf(text: string | undefined): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(text?.trim() ?? '');
  return match ? match[1]! : null;
}

/** Region words that mean "everywhere": no region. */
function regionOrNull(region: string | undefined | null): string | null {
  const trimmed = region?.trim() ?? '';
  return trimmed === '' || /^global$/i.test(trimmed) ? null : trimmed;
}

/** One prefix per line (Cloudflare, Akamai); blank lines and # comments skipped. */
function prefixLines(text: string, what: string): string[] {
  if (/<html|<!doctype/i.test(text)) fail(`${what}: an HTML page, not a list`);
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  for (const line of lines) if (!/^[0-9a-f:.]+\/\d{1,3}$/i.test(line)) fail(`${what}: "${line.slice(0, 40)}" is not a prefix`);
  return lines;
}

/** An RFC 8805 geofeed (DigitalOcean, Linode): prefix,country,region,city,postal. The place is "City, CC". */
function geofeed(text: string, providerId: string, what: string): ParsedFeed {
  if (/<html|<!doctype/i.test(text)) fail(`${what}: an HTML page, not a geofeed`);
  let dataDate: string | null = null;
  const entries: RawEntry[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('#')) {
      const modified = /last modified:\s*(\S+)/i.exec(line);
      if (modified) dataDate = dayOf(modified[1]);
      continue;
    }
    const [prefix, country, subdivision, city] = line.split(',').map((c) => c.trim());
    if (!prefix || !/^[0-9a-f:.]+\/\d{1,3}$/i.test(prefix)) fail(`${what}: "${line.slice(0, 40)}" does not start with a prefix`);
    const place = city ? (country ? `${city}, ${country}` : city) : subdivision || country || null;
    entries.push({ providerId, prefix, region: place });
  }
  return { dataDate, entries };
}

const awsSchema = z.object({
  createDate: z.string(),
  prefixes: z.array(z.object({ ip_prefix: z.string(), region: z.string(), service: z.string() })),
  ipv6_prefixes: z.array(z.object({ ipv6_prefix: z.string(), region: z.string(), service: z.string() })),
});

const gcpSchema = z.object({
  creationTime: z.string(),
  prefixes: z.array(z.object({ ipv4Prefix: z.string().optional(), ipv6Prefix: z.string().optional(), scope: z.string() })),
});

const azureSchema = z.object({
  changeNumber: z.number(),
  values: z.array(
    z.object({
      name: z.string(),
      properties: z.object({ region: z.string(), addressPrefixes: z.array(z.string()) }),
    }),
  ),
});

const oracleSchema = z.object({
  last_updated_timestamp: z.string(),
  regions: z.array(z.object({ region: z.string(), cidrs: z.array(z.object({ cidr: z.string() })) })),
});

const fastlySchema = z.object({ addresses: z.array(z.string()), ipv6_addresses: z.array(z.string()).default([]) });

/** AWS's CloudFront edges are a CDN in front of an origin that may be anywhere: kept apart from AWS's regions. */
const AWS_EDGE_SERVICES = new Set(['CLOUDFRONT']);
/** Azure Front Door's client-facing edges: the same. */
const AZURE_EDGE_TAGS = new Set(['AzureFrontDoor.Frontend']);

export const FEEDS: readonly FeedDefinition[] = [
  {
    id: 'aws',
    files: ['aws-ip-ranges.json'],
    refreshUrls: ['https://ip-ranges.amazonaws.com/ip-ranges.json'],
    providers: [
      { id: 'aws', name: 'AWS', kind: 'cloud' },
      { id: 'cloudfront', name: 'Amazon CloudFront', kind: 'cdn' },
    ],
    minEntries: 1000,
    parse([text]) {
      const data = json(text ?? '', awsSchema, 'AWS ip-ranges.json');
      const entry = (prefix: string, region: string, service: string): RawEntry =>
        AWS_EDGE_SERVICES.has(service) ? { providerId: 'cloudfront', prefix, region: null } : { providerId: 'aws', prefix, region: regionOrNull(region) };
      return {
        dataDate: dayOf(data.createDate),
        entries: [...data.prefixes.map((p) => entry(p.ip_prefix, p.region, p.service)), ...data.ipv6_prefixes.map((p) => entry(p.ipv6_prefix, p.region, p.service))],
      };
    },
  },
  {
    id: 'google-cloud',
    files: ['google-cloud-ip-ranges.json'],
    refreshUrls: ['https://www.gstatic.com/ipranges/cloud.json'],
    providers: [{ id: 'google-cloud', name: 'Google Cloud', kind: 'cloud' }],
    minEntries: 200,
    parse([text]) {
      const data = json(text ?? '', gcpSchema, 'Google Cloud cloud.json');
      const entries: RawEntry[] = [];
      for (const p of data.prefixes) {
        const prefix = p.ipv4Prefix ?? p.ipv6Prefix;
        if (!prefix) fail('Google Cloud cloud.json: an entry without a prefix');
        entries.push({ providerId: 'google-cloud', prefix, region: regionOrNull(p.scope) });
      }
      return { dataDate: dayOf(data.creationTime), entries };
    },
  },
  {
    id: 'azure',
    files: ['microsoft-azure-ip-ranges.json'],
    refreshUrls: null,
    providers: [
      { id: 'azure', name: 'Microsoft Azure', kind: 'cloud' },
      { id: 'azure-front-door', name: 'Azure Front Door', kind: 'cdn' },
    ],
    minEntries: 1000,
    parse([text]) {
      const data = json(text ?? '', azureSchema, 'Azure Service Tags');
      const entries: RawEntry[] = [];
      for (const tag of data.values) {
        const edge = AZURE_EDGE_TAGS.has(tag.name);
        for (const prefix of tag.properties.addressPrefixes) {
          entries.push(edge ? { providerId: 'azure-front-door', prefix, region: null } : { providerId: 'azure', prefix, region: regionOrNull(tag.properties.region) });
        }
      }
      return { dataDate: null, entries };
    },
  },
  {
    id: 'oracle',
    files: ['oracle-cloud-ip-ranges.json'],
    refreshUrls: ['https://docs.oracle.com/iaas/tools/public_ip_ranges.json'],
    providers: [{ id: 'oracle', name: 'Oracle Cloud', kind: 'cloud' }],
    minEntries: 200,
    parse([text]) {
      const data = json(text ?? '', oracleSchema, 'Oracle public_ip_ranges.json');
      return {
        dataDate: dayOf(data.last_updated_timestamp),
        entries: data.regions.flatMap((r) => r.cidrs.map((c) => ({ providerId: 'oracle', prefix: c.cidr, region: regionOrNull(r.region) }))),
      };
    },
  },
  {
    id: 'cloudflare',
    files: ['cloudflare-v4-ip-ranges.txt', 'cloudflare-v6-ip-ranges.txt'],
    refreshUrls: ['https://www.cloudflare.com/ips-v4', 'https://www.cloudflare.com/ips-v6'],
    providers: [{ id: 'cloudflare', name: 'Cloudflare', kind: 'cdn' }],
    minEntries: 10,
    parse(texts) {
      const entries = texts.flatMap((t, i) => prefixLines(t, `Cloudflare list ${i + 1}`)).map((prefix) => ({ providerId: 'cloudflare', prefix, region: null }));
      return { dataDate: null, entries };
    },
  },
  {
    id: 'fastly',
    files: ['fastly-ip-ranges.json'],
    refreshUrls: ['https://api.fastly.com/public-ip-list'],
    providers: [{ id: 'fastly', name: 'Fastly', kind: 'cdn' }],
    minEntries: 10,
    parse([text]) {
      const data = json(text ?? '', fastlySchema, 'Fastly public-ip-list');
      return { dataDate: null, entries: [...data.addresses, ...data.ipv6_addresses].map((prefix) => ({ providerId: 'fastly', prefix, region: null })) };
    },
  },
  {
    id: 'akamai',
    files: ['akamai-v4-ip-ranges.txt', 'akamai-v6-ip-ranges.txt'],
    refreshUrls: null,
    providers: [{ id: 'akamai', name: 'Akamai', kind: 'cdn' }],
    minEntries: 5,
    parse(texts) {
      const entries = texts.flatMap((t, i) => prefixLines(t, `Akamai list ${i + 1}`)).map((prefix) => ({ providerId: 'akamai', prefix, region: null }));
      return { dataDate: null, entries };
    },
  },
  {
    id: 'digitalocean',
    files: ['digitalocean.csv'],
    refreshUrls: ['https://digitalocean.com/geo/google.csv'],
    providers: [{ id: 'digitalocean', name: 'DigitalOcean', kind: 'cloud' }],
    minEntries: 200,
    parse: ([text]) => geofeed(text ?? '', 'digitalocean', 'DigitalOcean geofeed'),
  },
  {
    id: 'linode',
    files: ['linode.txt'],
    refreshUrls: ['https://geoip.linode.com/'],
    providers: [{ id: 'linode', name: 'Linode', kind: 'cloud' }],
    minEntries: 500,
    parse: ([text]) => geofeed(text ?? '', 'linode', 'Linode geofeed'),
  },
];

export function feedById(id: string): FeedDefinition | undefined {
  return FEEDS.find((f) => f.id === id);
}
