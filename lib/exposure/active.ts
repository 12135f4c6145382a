// The range data in use in this process: the committed snapshot, replaced feed by feed by the last good
// copy a refresh fetched (lib/exposure/refresh.ts), with any extra tables (the lab's fake provider) in
// front. Kept on globalThis because Next loads server modules in more than one bundle, and the engine
// that refreshes and the pages that read must see the same copy.
import { createAddressMapper, type AddressMapper } from './map-address';
import { getSnapshotTable } from './snapshot';
import type { ActiveFeed, RangeFeed } from './table';

interface ActiveState {
  fetched: Map<string, ActiveFeed>;
  extras: RangeFeed[];
  mapper?: AddressMapper;
}

const KEY = '__marsadIpRanges';
type GlobalWithRanges = typeof globalThis & { [KEY]?: ActiveState };

function state(): ActiveState {
  const g = globalThis as GlobalWithRanges;
  g[KEY] ??= { fetched: new Map(), extras: [] };
  return g[KEY];
}

/** Every feed in use, extras first (they win ties), then each provider feed's fetched copy or its snapshot. */
export function getActiveFeeds(): ActiveFeed[] {
  const { fetched, extras } = state();
  return [
    ...extras.map((feed): ActiveFeed => ({ ...feed, origin: 'snapshot' })),
    ...getSnapshotTable().feeds.map((feed): ActiveFeed => fetched.get(feed.id) ?? { ...feed, origin: 'snapshot' }),
  ];
}

/** The mapper over the feeds in use, built once per change of data (building takes about 0.2 s). */
export function getAddressMapper(): AddressMapper {
  const s = state();
  s.mapper ??= createAddressMapper(getActiveFeeds());
  return s.mapper;
}

/** A refresh's good copy of one provider feed, in use from now on. */
export function useFetchedFeed(feed: ActiveFeed): void {
  const s = state();
  s.fetched.set(feed.id, feed);
  s.mapper = undefined;
}

/**
 * Extra tables mapped before the providers' (the lab's documented fake provider on 127.0.0.x; see
 * docs/exposure.md). Replaces any set before; [] removes them.
 */
export function setExtraRangeFeeds(feeds: readonly RangeFeed[]): void {
  const s = state();
  s.extras = [...feeds];
  s.mapper = undefined;
}

/** Back to the snapshot alone (tests). */
export function resetActiveRanges(): void {
  const s = state();
  s.fetched.clear();
  s.extras = [];
  s.mapper = undefined;
}
