// Turns a provider file's entries into the table's compact form: every prefix parsed and written the one
// canonical way, duplicates merged, and prefixes that cannot change an answer dropped (a narrower prefix
// whose nearest enclosing prefix of the same provider names the same region, or that names no region
// inside one that does). The answer for every address stays what the published file says, or gains the
// region of the provider's enclosing block; only the prefix reported may be the broader one.
import { contains, parsePrefix, type ParsedPrefix } from './cidr';
import { FeedFormatError, type FeedDefinition, type ParsedFeed } from './feeds';
import type { PrefixGroup, ProviderRanges, RangeFeed } from './table';

interface Placed extends ParsedPrefix {
  region: string | null;
}

/**
 * One region for a prefix listed several times. A region beats none (Azure lists every regional prefix
 * again in its global tags, AWS lists an EC2 prefix again under AMAZON); two different regions for the
 * very same prefix say nothing certain, so none.
 */
function oneRegion(regions: Set<string | null>): string | null {
  const named = [...regions].filter((r): r is string => r !== null);
  return named.length === 1 ? named[0]! : null;
}

function compare(a: ParsedPrefix, b: ParsedPrefix): number {
  if (a.family !== b.family) return a.family - b.family;
  if (a.value !== b.value) return a.value < b.value ? -1 : 1;
  return a.length - b.length;
}

/** The provider's prefixes, merged and without the redundant ones, sorted. */
export function compactPrefixes(entries: { prefix: string; region: string | null }[], what: string): Placed[] {
  const byText = new Map<string, { parsed: ParsedPrefix; regions: Set<string | null> }>();
  for (const entry of entries) {
    const parsed = parsePrefix(entry.prefix);
    if (!parsed) throw new FeedFormatError(`${what}: "${String(entry.prefix).slice(0, 50)}" is not a prefix`);
    const known = byText.get(parsed.text);
    if (known) known.regions.add(entry.region);
    else byText.set(parsed.text, { parsed, regions: new Set([entry.region]) });
  }
  const placed: Placed[] = [...byText.values()].map(({ parsed, regions }) => ({ ...parsed, region: oneRegion(regions) })).sort(compare);
  // Sorted by network then length, each prefix's enclosing prefixes are on the stack, nearest on top.
  const kept: Placed[] = [];
  const stack: Placed[] = [];
  for (const p of placed) {
    while (stack.length > 0 && !contains(stack[stack.length - 1]!, p)) stack.pop();
    const parent = stack[stack.length - 1];
    // Redundant: the enclosing prefix already gives this region, or this one names none (the enclosing
    // one's region, if any, is then the most the provider says about these addresses).
    if (!parent || (p.region !== null && parent.region !== p.region)) {
      kept.push(p);
      stack.push(p);
    }
  }
  return kept;
}

function groupsOf(prefixes: Placed[]): PrefixGroup[] {
  const byRegion = new Map<string | null, string[]>();
  for (const p of prefixes) {
    const list = byRegion.get(p.region) ?? [];
    list.push(p.text);
    byRegion.set(p.region, list);
  }
  return [...byRegion.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([region, list]) => ({ region, prefixes: list }));
}

/**
 * A feed's table entry from its parsed file. `fallbackDate` is used when the file carries no date (the
 * snapshot's date from the README, or the day of the fetch). Throws FeedFormatError when the file is not
 * a believable answer: a prefix that does not parse, or fewer entries than the provider ever publishes.
 */
export function buildFeed(definition: FeedDefinition, parsed: ParsedFeed, fallbackDate: string): RangeFeed {
  if (parsed.entries.length < definition.minEntries) {
    throw new FeedFormatError(`${definition.id}: ${parsed.entries.length} prefixes, fewer than the ${definition.minEntries} expected`);
  }
  // A prefix an edge of the same feed claims (CloudFront's, also listed under AWS's AMAZON) is the edge's.
  const edgeIds = new Set(definition.providers.filter((p) => p.kind === 'cdn').map((p) => p.id));
  const edgePrefixes = new Set(parsed.entries.filter((e) => edgeIds.has(e.providerId)).map((e) => parsePrefix(e.prefix)?.text));
  const providers: ProviderRanges[] = definition.providers.map((info) => {
    const own = parsed.entries.filter((e) => e.providerId === info.id && (edgeIds.has(info.id) || !edgePrefixes.has(parsePrefix(e.prefix)?.text)));
    return { ...info, groups: groupsOf(compactPrefixes(own, `${definition.id}/${info.id}`)) };
  });
  return { id: definition.id, dataDate: parsed.dataDate ?? fallbackDate, refreshUrls: definition.refreshUrls, providers };
}

export function countPrefixes(feed: RangeFeed): number {
  return feed.providers.reduce((n, p) => n + p.groups.reduce((m, g) => m + g.prefixes.length, 0), 0);
}
