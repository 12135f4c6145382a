// The committed table is exactly what scripts/build-ip-ranges.ts makes from ../shared/ip-ranges, and the
// rules that make it compact keep every answer.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFeed, compactPrefixes } from '@/lib/exposure/compact';
import { FEEDS, FeedFormatError, feedById } from '@/lib/exposure/feeds';
import { buildRangeTable, RANGES_FILE, readmeDates, serializeRangeTable } from '@/lib/exposure/snapshot-build';
import { rangeTableSchema } from '@/lib/exposure/table';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SHARED = path.join(ROOT, '../shared/ip-ranges');

describe('the committed range table', () => {
  it.skipIf(!fs.existsSync(SHARED))(`${RANGES_FILE} is what npm run ip-ranges:build makes from ../shared/ip-ranges`, () => {
    const built = serializeRangeTable(buildRangeTable((name) => fs.readFileSync(path.join(SHARED, name), 'utf8')));
    expect(fs.readFileSync(path.join(ROOT, RANGES_FILE), 'utf8') === built, 'run npm run ip-ranges:build').toBe(true);
    // Building the table from every feed is seconds of CPU: 5.7 s was seen on a loaded two-core machine.
  }, 30_000);

  it('is valid, lists every feed with a date, and only the providers with a fixed address can refresh', () => {
    const table = rangeTableSchema.parse(JSON.parse(fs.readFileSync(path.join(ROOT, RANGES_FILE), 'utf8')));
    expect(table.feeds.map((f) => f.id)).toEqual(FEEDS.map((f) => f.id));
    expect(Object.fromEntries(table.feeds.map((f) => [f.id, f.refreshUrls !== null]))).toEqual({
      aws: true,
      'google-cloud': true,
      azure: false,
      oracle: true,
      cloudflare: true,
      fastly: true,
      akamai: false,
      digitalocean: true,
      linode: true,
    });
    for (const feed of table.feeds) expect(feed.dataDate).toMatch(/^20\d\d-\d\d-\d\d$/);
  });
});

describe('compacting a provider\'s prefixes', () => {
  it('merges duplicates, drops a narrower prefix of the same region, keeps one of another region', () => {
    const kept = compactPrefixes(
      [
        { prefix: '3.0.0.0/8', region: 'us-east-1' },
        { prefix: '3.0.0.0/8', region: 'us-east-1' },
        { prefix: '3.4.0.0/16', region: 'us-east-1' },
        { prefix: '3.5.0.0/16', region: 'eu-west-1' },
        { prefix: '3.5.1.0/24', region: 'us-east-1' },
        { prefix: '3.5.2.0/24', region: 'eu-west-1' },
      ],
      'test',
    );
    expect(kept.map((p) => `${p.text} ${p.region}`)).toEqual(['3.0.0.0/8 us-east-1', '3.5.0.0/16 eu-west-1', '3.5.1.0/24 us-east-1']);
  });

  it('a prefix named without a region inside one with a region adds nothing; a region beats none for the same prefix', () => {
    const kept = compactPrefixes(
      [
        { prefix: '20.0.0.0/11', region: 'eastus' },
        { prefix: '20.1.0.0/16', region: null },
        { prefix: '40.0.0.0/16', region: null },
        { prefix: '40.0.0.0/16', region: 'westus' },
        { prefix: '50.0.0.0/16', region: 'a' },
        { prefix: '50.0.0.0/16', region: 'b' },
      ],
      'test',
    );
    expect(kept.map((p) => `${p.text} ${p.region}`)).toEqual(['20.0.0.0/11 eastus', '40.0.0.0/16 westus', '50.0.0.0/16 null']);
  });

  it('gives CloudFront its own prefixes even where AWS lists them again under AMAZON', () => {
    const aws = feedById('aws')!;
    const text = JSON.stringify({
      createDate: '2025-07-24-20-23-14',
      prefixes: [
        { ip_prefix: '13.32.0.0/15', region: 'GLOBAL', service: 'AMAZON', network_border_group: 'GLOBAL' },
        { ip_prefix: '13.32.0.0/15', region: 'GLOBAL', service: 'CLOUDFRONT', network_border_group: 'GLOBAL' },
        ...Array.from({ length: 1000 }, (_, i) => ({ ip_prefix: `3.${i >> 8}.${i & 255}.0/24`, region: 'us-east-1', service: 'EC2' })),
      ],
      ipv6_prefixes: [],
    });
    const feed = buildFeed(aws, aws.parse([text]), '2000-01-01');
    expect(feed.dataDate).toBe('2025-07-24');
    const byId = Object.fromEntries(feed.providers.map((p) => [p.id, p.groups]));
    expect(byId.cloudfront).toEqual([{ region: null, prefixes: ['13.32.0.0/15'] }]);
    expect(byId.aws!.flatMap((g) => g.prefixes)).not.toContain('13.32.0.0/15');
  });

  it('refuses a file that is not a believable answer', () => {
    const cloudflare = feedById('cloudflare')!;
    expect(() => cloudflare.parse(['<!doctype html><title>Just a moment</title>', ''])).toThrow(FeedFormatError);
    expect(() => buildFeed(cloudflare, cloudflare.parse(['1.1.1.0/24\n', '']), '2025-01-01')).toThrow(/fewer than/);
    expect(() => cloudflare.parse(['1.1.1.0/24\nhello\n', ''])).toThrow(/not a prefix/);
    expect(() => buildFeed(cloudflare, { dataDate: null, entries: Array.from({ length: 10 }, () => ({ providerId: 'cloudflare', prefix: '1.1.1.999/24', region: null })) }, '2025-01-01')).toThrow(
      FeedFormatError,
    );
    expect(() => feedById('aws')!.parse(['{"prefixes": []}'])).toThrow(FeedFormatError);
  });

  it('reads the snapshot dates from the README table, both files of a v4/v6 pair included', () => {
    const dates = readmeDates(
      [
        '| file | provider | official | region | snapshot |',
        '|---|---|---|---|---|',
        '| aws-ip-ranges.json | AWS | x | y | createDate 2025-07-24 |',
        '| cloudflare-v4/v6-ip-ranges.txt | Cloudflare | x | none | 2024-10-29 |',
      ].join('\n'),
    );
    expect(Object.fromEntries(dates)).toEqual({
      'aws-ip-ranges.json': '2025-07-24',
      'cloudflare-v4-ip-ranges.txt': '2024-10-29',
      'cloudflare-v6-ip-ranges.txt': '2024-10-29',
    });
  });
});
