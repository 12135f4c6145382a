// Maps the address a probe connected to onto the provider (and region) whose published ranges hold it,
// the most specific prefix winning. Pure: the tables come in as arguments (the committed snapshot, the
// copies a refresh fetched, and any extra table such as the lab's fake provider; docs/exposure.md).
// Built once per set of tables: a map per prefix length, looked up from the longest length down, so a
// call costs one lookup per distinct length (about 30), not a scan of the ~27,000 prefixes.
import { BITS, parseAddress, parsePrefix, unmapPrefix, type Family } from './cidr';
import type { ProviderKind, RangeFeed, RangeOrigin } from './table';

export interface AddressMapping {
  providerId: string;
  providerName: string;
  /** `cdn`: "behind <provider>: origin not visible". Never read as a cloud region. */
  kind: ProviderKind;
  /** The provider's region code or place; always null for a CDN. */
  region: string | null;
  /** The table's prefix that matched (canonical form). */
  prefix: string;
  /** The date of the range data used (the snapshot's, or the fetched copy's). */
  snapshotDate: string;
  origin: RangeOrigin;
}

export type AddressMapper = (address: string) => AddressMapping | null;

/** A feed as given to the mapper: the table's, with where that copy came from (snapshot by default). */
export type MapperFeed = RangeFeed & { origin?: RangeOrigin };

interface Bucket {
  length: number;
  entries: Map<number | string, AddressMapping>;
}

const NIBBLE_MASKS = [0, 8, 12, 14];

/** The first `length` bits of a 32-digit hex IPv6 as a string key: whole digits, then the partial one masked. */
function v6Key(hex: string, length: number): string {
  const whole = length >> 2;
  const rest = length & 3;
  return rest === 0 ? hex.slice(0, whole) : hex.slice(0, whole) + (parseInt(hex[whole]!, 16) & NIBBLE_MASKS[rest]!).toString(16);
}

/** IPv4 keys as numbers, IPv6 keys as hex strings: both far cheaper to hash than bigints. */
function key(family: Family, network: bigint, length: number): number | string {
  return family === 4 ? Number(network) : v6Key(network.toString(16).padStart(32, '0'), length);
}

/**
 * A mapper over `feeds`. When two feeds publish the very same prefix, the first in the list wins: put
 * extra tables (the lab's) first. A malformed prefix in a feed is skipped (tables are validated when
 * read; this keeps one bad line from stopping every lookup).
 */
export function createAddressMapper(feeds: readonly MapperFeed[]): AddressMapper {
  const buckets: Record<Family, Map<number, Bucket>> = { 4: new Map(), 6: new Map() };
  for (const feed of feeds) {
    for (const provider of feed.providers) {
      for (const group of provider.groups) {
        for (const text of group.prefixes) {
          const parsed = parsePrefix(text);
          if (!parsed) continue;
          // A published ::ffff:a.b.c.d/n is the IPv4 block it covers: addresses are read that way too.
          const prefix = unmapPrefix(parsed);
          let bucket = buckets[prefix.family].get(prefix.length);
          if (!bucket) buckets[prefix.family].set(prefix.length, (bucket = { length: prefix.length, entries: new Map() }));
          const k = key(prefix.family, prefix.value, prefix.length);
          if (bucket.entries.has(k)) continue;
          bucket.entries.set(k, {
            providerId: provider.id,
            providerName: provider.name,
            kind: provider.kind,
            region: provider.kind === 'cdn' ? null : group.region,
            prefix: prefix.text,
            snapshotDate: feed.dataDate,
            origin: feed.origin ?? 'snapshot',
          });
        }
      }
    }
  }
  const ordered: Record<Family, Bucket[]> = {
    4: [...buckets[4].values()].sort((a, b) => b.length - a.length),
    6: [...buckets[6].values()].sort((a, b) => b.length - a.length),
  };

  return (address: string) => {
    const parsed = parseAddress(address);
    if (!parsed) return null;
    const { family, value } = parsed;
    if (family === 4) {
      const v = Number(value);
      for (const bucket of ordered[4]) {
        // >>> 0 keeps the masked value unsigned; a /0 masks everything.
        const network = bucket.length === 0 ? 0 : (v & (0xffffffff << (BITS[4] - bucket.length))) >>> 0;
        const hit = bucket.entries.get(network);
        if (hit) return hit;
      }
      return null;
    }
    const hex = value.toString(16).padStart(32, '0');
    for (const bucket of ordered[6]) {
      const hit = bucket.entries.get(v6Key(hex, bucket.length));
      if (hit) return hit;
    }
    return null;
  };
}
