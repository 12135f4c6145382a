// Builds the committed range table from the snapshot files (scripts/build-ip-ranges.ts, and the test
// that keeps the committed copy current). Reading the files is the caller's: this is pure.
import { buildFeed } from './compact';
import { FEEDS } from './feeds';
import type { RangeTable } from './table';

export const RANGES_FILE = 'lib/exposure/data/ranges.json';
export const SNAPSHOT_SOURCE = '../shared/ip-ranges (femueller/cloud-ip-ranges, commit 60937f4, 2025-07-25): the providers\' own files';

/**
 * The snapshot date the README's table gives a file ("createDate 2025-07-24", "2024-10-29"), for files
 * that carry no date of their own (Azure, Cloudflare, Fastly, Akamai, DigitalOcean).
 */
export function readmeDates(readme: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const line of readme.split('\n')) {
    if (!line.startsWith('|')) continue;
    const cells = line.split('|').map((c) => c.trim());
    const date = /(\d{4}-\d{2}-\d{2})\s*$/.exec(cells[cells.length - 2] ?? '')?.[1];
    if (!date) continue;
    // "cloudflare-v4/v6-ip-ranges.txt" names two files.
    for (const name of (cells[1] ?? '').split(/\s+/)) {
      const pair = /^(.*)-v4\/v6(-.*)$/.exec(name);
      if (pair) for (const v of ['v4', 'v6']) dates.set(`${pair[1]}-${v}${pair[2]}`, date);
      else dates.set(name, date);
    }
  }
  return dates;
}

export function buildRangeTable(read: (file: string) => string): RangeTable {
  const dates = readmeDates(read('README.md'));
  return {
    version: 1,
    source: SNAPSHOT_SOURCE,
    feeds: FEEDS.map((definition) => {
      const fallback = dates.get(definition.files[0]!);
      if (!fallback) throw new Error(`README.md gives no snapshot date for ${definition.files[0]}`);
      return buildFeed(definition, definition.parse(definition.files.map(read)), fallback);
    }),
  };
}

/** One line per region group, so the file stays small and a diff shows which region changed. */
export function serializeRangeTable(table: RangeTable): string {
  const lines: string[] = ['{', `  "version": ${table.version},`, `  "source": ${JSON.stringify(table.source)},`, '  "feeds": ['];
  table.feeds.forEach((feed, i) => {
    lines.push('    {');
    lines.push(`      "id": ${JSON.stringify(feed.id)}, "dataDate": ${JSON.stringify(feed.dataDate)}, "refreshUrls": ${JSON.stringify(feed.refreshUrls)},`);
    lines.push('      "providers": [');
    feed.providers.forEach((provider, j) => {
      lines.push(`        { "id": ${JSON.stringify(provider.id)}, "name": ${JSON.stringify(provider.name)}, "kind": ${JSON.stringify(provider.kind)}, "groups": [`);
      provider.groups.forEach((group, k) => {
        lines.push(`          { "region": ${JSON.stringify(group.region)}, "prefixes": ${JSON.stringify(group.prefixes)} }${k < provider.groups.length - 1 ? ',' : ''}`);
      });
      lines.push(`        ] }${j < feed.providers.length - 1 ? ',' : ''}`);
    });
    lines.push('      ]');
    lines.push(`    }${i < table.feeds.length - 1 ? ',' : ''}`);
  });
  lines.push('  ]', '}', '');
  return lines.join('\n');
}
