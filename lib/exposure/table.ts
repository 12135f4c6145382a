// The shape of the address-range table (lib/exposure/data/ranges.json, and the copies the refresh keeps):
// per feed (one provider's published file or files), the date of the data and, per provider it yields,
// its prefixes grouped by region. Validated with zod wherever a table is read, so a hand-edited or
// truncated copy is refused, never half-used.
import { z } from 'zod';

export const PROVIDER_KINDS = ['cloud', 'cdn'] as const;
/** `cdn`: an edge in front of the service (Cloudflare, Fastly, Akamai, CloudFront): its origin is not visible. */
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date, YYYY-MM-DD');

export const prefixGroupSchema = z.object({
  /** The provider's own region code (us-east-1, us-east4, eastus…) or place; null when it names none. */
  region: z.string().min(1).nullable(),
  prefixes: z.array(z.string().min(3)),
});

export const providerRangesSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** Latin name, shown as written in both languages (docs/glossary.md). */
  name: z.string().min(1),
  kind: z.enum(PROVIDER_KINDS),
  groups: z.array(prefixGroupSchema),
});

export const rangeFeedSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The date of the data: the file's own when it carries one, else when it was copied or fetched. */
  dataDate: day,
  /** The official addresses a refresh reads (all of them, in order); null: no fixed address, the snapshot stays. */
  refreshUrls: z.array(z.url({ protocol: /^https?$/ })).min(1).nullable(),
  providers: z.array(providerRangesSchema).min(1),
});

export const rangeTableSchema = z.object({
  version: z.literal(1),
  /** Where the snapshot came from, for readers of the file. */
  source: z.string(),
  feeds: z.array(rangeFeedSchema),
});

export type PrefixGroup = z.infer<typeof prefixGroupSchema>;
export type ProviderRanges = z.infer<typeof providerRangesSchema>;
export type RangeFeed = z.infer<typeof rangeFeedSchema>;
export type RangeTable = z.infer<typeof rangeTableSchema>;

/** Where a feed's data in use comes from: the snapshot in the repository, or a copy fetched at run time. */
export type RangeOrigin = 'snapshot' | 'fetched';

/** A feed as the mapper uses it: its data, and which copy it is. */
export interface ActiveFeed extends RangeFeed {
  origin: RangeOrigin;
  /** Epoch ms of the fetch, for a fetched copy. */
  fetchedAtMs?: number;
}
