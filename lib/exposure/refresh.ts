// Keeps the providers' address ranges current at run time: every feed with an official address (AWS,
// Google Cloud, Oracle, Cloudflare, Fastly, DigitalOcean, Linode) is fetched again now and then, read by
// the same reader that built the snapshot, and checked (shape, every prefix parses, a believable number
// of them) before it replaces anything. The last good copy is kept in memory and in the data directory
// (ip-ranges/<feed>.json), so a restart starts from it; a bad or missing answer never replaces good data.
// Azure's weekly file and Akamai's list have no fixed address: they stay on the snapshot.
// Started by the engine (lib/engine/compose.ts); MARSAD_IP_RANGES_REFRESH=off turns it off.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { useFetchedFeed, setExtraRangeFeeds } from './active';
import { buildFeed, countPrefixes } from './compact';
import { FEEDS, type FeedDefinition } from './feeds';
import { getSnapshotTable } from './snapshot';
import { rangeFeedSchema, rangeTableSchema, type ActiveFeed, type RangeFeed } from './table';

export const DEFAULT_REFRESH_EVERY_MS = 24 * 3_600_000;
/** After a failed attempt, the next one comes sooner. */
export const DEFAULT_RETRY_AFTER_MS = 3_600_000;
/** The first attempt waits a little, so it never slows a start. */
export const DEFAULT_FIRST_AFTER_MS = 30_000;
const DEFAULT_TIMEOUT_MS = 30_000;
/** AWS's file is about 2 MB today. */
const MAX_BYTES = 16_000_000;
/** A copy with fewer than this share of the snapshot's prefixes is refused as truncated or wrong. */
const MIN_SHARE_OF_SNAPSHOT = 0.5;

export interface RangeRefreshSettings {
  enabled: boolean;
  /** Where the last good copies are kept (<data dir>/ip-ranges), or null to keep them in memory only. */
  dir: string | null;
  /** A JSON file of extra tables (the range table's format) mapped before the providers', or null. */
  extraFile: string | null;
}

/** The settings from the environment; throws on a value that is not understood (checked at start). */
export function readRangeRefreshSettings(env: Record<string, string | undefined>): RangeRefreshSettings {
  const value = (env.MARSAD_IP_RANGES_REFRESH ?? 'on').toLowerCase();
  if (value !== 'on' && value !== 'off') throw new Error(`MARSAD_IP_RANGES_REFRESH must be "on" or "off", not "${env.MARSAD_IP_RANGES_REFRESH}"`);
  const extra = env.MARSAD_IP_RANGES_EXTRA?.trim();
  return {
    enabled: value === 'on',
    dir: path.join(path.resolve(/*turbopackIgnore: true*/ env.MARSAD_DATA_DIR || './data'), 'ip-ranges'),
    extraFile: extra ? path.resolve(/*turbopackIgnore: true*/ extra) : null,
  };
}

/** Reads the extra tables file; throws with the reason when it is not a valid range table. */
export function readExtraRangeFile(file: string): RangeFeed[] {
  const parsed = rangeTableSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`MARSAD_IP_RANGES_EXTRA (${file}) is not a range table: ${parsed.error.issues[0]?.message} at ${parsed.error.issues[0]?.path.join('.')}`);
  return parsed.data.feeds;
}

export type RefreshOutcome =
  | { feedId: string; result: 'updated'; dataDate: string; prefixes: number }
  | { feedId: string; result: 'kept'; reason: string };

type Log = (level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;

export interface RangeRefreshOptions {
  fetch?: typeof fetch;
  /** Wall clock, epoch ms. */
  now?: () => number;
  /** Where the last good copies are kept; null: memory only. */
  dir: string | null;
  /** Feeds to refresh (default: every feed with an official address). Tests point them at 127.0.0.1. */
  feeds?: readonly FeedDefinition[];
  everyMs?: number;
  retryAfterMs?: number;
  firstAfterMs?: number;
  timeoutMs?: number;
  log?: Log;
}

export interface RangeRefresh {
  /** One attempt at every feed now (the timer's work); resolves with what happened to each. */
  refreshNow(): Promise<RefreshOutcome[]>;
  stop(): void;
}

const storedSchema = z.object({ fetchedAtMs: z.number(), feed: rangeFeedSchema });

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

async function fetchText(fetchImpl: typeof fetch, url: string, timeoutMs: number): Promise<string> {
  const res = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json, text/plain, text/csv, */*' } });
  if (res.status !== 200) {
    res.body?.cancel().catch(() => undefined);
    throw new Error(`HTTP ${res.status}`);
  }
  const declared = Number(res.headers.get('content-length'));
  if (declared > MAX_BYTES) {
    res.body?.cancel().catch(() => undefined);
    throw new Error(`${declared} bytes, over the ${MAX_BYTES}-byte cap`);
  }
  const text = await res.text();
  if (text.length > MAX_BYTES) throw new Error(`over the ${MAX_BYTES}-byte cap`);
  return text;
}

/** The believable-size rule beside the reader's own minimum: at least half the snapshot's prefixes. */
function checkAgainstSnapshot(feed: RangeFeed): void {
  const snapshot = getSnapshotTable().feeds.find((f) => f.id === feed.id);
  if (!snapshot) return;
  const count = countPrefixes(feed);
  const floor = Math.floor(countPrefixes(snapshot) * MIN_SHARE_OF_SNAPSHOT);
  if (count < floor) throw new Error(`${count} prefixes after merging, fewer than half the snapshot's (${floor * 2})`);
}

function readStored(file: string): ActiveFeed | null {
  if (!fs.existsSync(file)) return null;
  const parsed = storedSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) return null;
  checkAgainstSnapshot(parsed.data.feed);
  return { ...parsed.data.feed, origin: 'fetched', fetchedAtMs: parsed.data.fetchedAtMs };
}

function writeStored(dir: string, feed: ActiveFeed): void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${feed.id}.json`);
  const temporary = `${file}.${process.pid}.tmp`;
  const { origin: _origin, fetchedAtMs, ...data } = feed;
  fs.writeFileSync(temporary, JSON.stringify({ fetchedAtMs, feed: data }));
  fs.renameSync(temporary, file);
}

/**
 * Loads the last good copies kept in `dir` (a copy that no longer reads is ignored, and the snapshot
 * stays), then refreshes every feed with an official address on a timer. Nothing here throws: a failed
 * attempt is logged and the data in use stays.
 */
export function startRangeRefresh(options: RangeRefreshOptions): RangeRefresh {
  const fetchImpl = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const log: Log = options.log ?? (() => undefined);
  const feeds = (options.feeds ?? FEEDS).filter((f) => f.refreshUrls !== null);
  const everyMs = options.everyMs ?? DEFAULT_REFRESH_EVERY_MS;
  const retryAfterMs = options.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  if (options.dir) {
    for (const definition of feeds) {
      try {
        const stored = readStored(path.join(options.dir, `${definition.id}.json`));
        if (stored) useFetchedFeed(stored);
      } catch (error) {
        log('warn', 'ip ranges: a kept copy could not be read; the snapshot stays', { feed: definition.id, error: String(error) });
      }
    }
  }

  async function refreshOne(definition: FeedDefinition): Promise<RefreshOutcome> {
    try {
      const texts: string[] = [];
      for (const url of definition.refreshUrls!) texts.push(await fetchText(fetchImpl, url, timeoutMs));
      const fetchedAtMs = now();
      const feed = buildFeed(definition, definition.parse(texts), utcDay(fetchedAtMs));
      checkAgainstSnapshot(feed);
      const active: ActiveFeed = { ...feed, origin: 'fetched', fetchedAtMs };
      useFetchedFeed(active);
      if (options.dir) {
        try {
          writeStored(options.dir, active);
        } catch (error) {
          log('warn', 'ip ranges: the new copy is in use but could not be kept on disk', { feed: definition.id, error: String(error) });
        }
      }
      return { feedId: definition.id, result: 'updated', dataDate: feed.dataDate, prefixes: countPrefixes(feed) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      log('warn', 'ip ranges: refresh failed; the copy in use stays', { feed: definition.id, reason });
      return { feedId: definition.id, result: 'kept', reason };
    }
  }

  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => void round(), ms);
    timer.unref();
  };

  async function refreshNow(): Promise<RefreshOutcome[]> {
    // One feed at a time: the files are large, and nothing waits for them.
    const outcomes: RefreshOutcome[] = [];
    for (const definition of feeds) outcomes.push(await refreshOne(definition));
    const updated = outcomes.filter((o) => o.result === 'updated').map((o) => o.feedId);
    if (updated.length > 0) log('info', 'ip ranges refreshed', { updated, kept: outcomes.length - updated.length });
    return outcomes;
  }

  async function round(): Promise<void> {
    const outcomes = await refreshNow();
    schedule(outcomes.every((o) => o.result === 'updated') ? everyMs : retryAfterMs);
  }

  schedule(options.firstAfterMs ?? DEFAULT_FIRST_AFTER_MS);
  return {
    refreshNow,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

/**
 * What the engine calls at start: the extra tables (MARSAD_IP_RANGES_EXTRA) set, and the refresh started
 * unless MARSAD_IP_RANGES_REFRESH=off. Throws only on the settings (before anything starts).
 */
export function startRangesFromSettings(settings: RangeRefreshSettings, options: Omit<RangeRefreshOptions, 'dir'> = {}): RangeRefresh | null {
  if (settings.extraFile) setExtraRangeFeeds(readExtraRangeFile(settings.extraFile));
  return settings.enabled ? startRangeRefresh({ ...options, dir: settings.dir }) : null;
}
