// An in-memory cache in front of Next: each public response is rendered once per refresh interval and
// then served from memory to everyone, so an outage-day crowd costs the database a trickle.
// - Single flight: one render per key at a time.
// - Stale-while-revalidate, and beyond it, within the stale-if-error window, the last copy is served at
//   once while one background refresh runs: a hung database never makes a visitor wait (its page says
//   "data as of"). Refreshes that fail back off per key (1 s, 2 s, 4 s … up to a minute).
// - Bounded by bytes, least recently used first out: a flood of junk keys cannot push the home page out
//   for long, and memory stays within the budget (docs/architecture.md § Front server).
// - Told, not waited out: when an editor publishes, every copy made before is out of date at once
//   (invalidate); the next visitor waits a moment for a new render rather than read the old story, and
//   gets the old copy only if the new one takes longer than `purgeWaitMs` (docs/architecture.md § Publishing).
export interface CachedResponse {
  status: number;
  /** Header name (lower case) → value, as sent to visitors. */
  headers: Record<string, string>;
  body: Buffer;
  storedAt: number;
}

export type CacheOutcome = 'fresh' | 'stale' | 'miss' | 'error-stale';

export interface CacheWindows {
  /** Served as is this long after it was rendered. */
  freshMs: number;
}

export interface MicroCacheOptions {
  budgetBytes: number;
  /** A copy older than this is never served. */
  staleIfErrorMs: number;
  now?: () => number;
  /** The longest pause between failed refreshes of one key. */
  maxBackoffMs?: number;
  /** After a publish, how long a visitor waits for the new render before the old copy is served (default 2 s). */
  purgeWaitMs?: number;
}

export interface CacheStats {
  hits: number;
  staleHits: number;
  misses: number;
  refreshes: number;
  refreshErrors: number;
  entries: number;
  bytes: number;
  evictions: number;
}

interface Entry {
  response: CachedResponse;
  bytes: number;
  /** When the entry last moved to the recently-used end (at most once a second: a hit stays cheap). */
  touchedAt: number;
}

/** Headers and bookkeeping cost memory too: a fixed estimate per entry. */
const OVERHEAD = 512;

export class MicroCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<CachedResponse>>();
  private readonly backoff = new Map<string, { failures: number; until: number }>();
  private readonly now: () => number;
  private bytes = 0;
  /** Copies whose render began before this instant are out of date (an editor published since). */
  private purgedAt = -Infinity;
  readonly stats: CacheStats = { hits: 0, staleHits: 0, misses: 0, refreshes: 0, refreshErrors: 0, entries: 0, bytes: 0, evictions: 0 };

  constructor(private readonly options: MicroCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The stored copy for `key` if any, marked as recently used. */
  peek(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.touch(key, entry);
    return entry.response;
  }

  /**
   * The hot path: the stored copy when it is fresh, synchronously (no promise), else undefined and the
   * caller goes through get(). Counts the hit.
   */
  fresh(key: string, freshMs: number): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const now = this.now();
    if (now - entry.response.storedAt >= freshMs || entry.response.storedAt < this.purgedAt) return undefined;
    if (now - entry.touchedAt > 1_000) this.touch(key, entry, now);
    this.stats.hits++;
    return entry.response;
  }

  private touch(key: string, entry: Entry, now = this.now()): void {
    entry.touchedAt = now;
    this.entries.delete(key);
    this.entries.set(key, entry);
  }

  /**
   * The response for `key`: from memory when fresh; the stored copy at once (with a background refresh)
   * when older but within the stale-if-error window; otherwise rendered by `render` and awaited.
   * `storable` decides what is kept. A render that fails with no copy to fall back on rejects; one that
   * answers something not storable (a 500) resolves with it, for the caller to turn into a 503.
   */
  async get(
    key: string,
    windows: CacheWindows,
    render: () => Promise<CachedResponse>,
    storable: (r: CachedResponse) => boolean,
  ): Promise<{ response: CachedResponse; outcome: CacheOutcome }> {
    const stored = this.peek(key);
    const age = stored ? this.now() - stored.storedAt : Infinity;
    if (stored && stored.storedAt < this.purgedAt && age < this.options.staleIfErrorMs && !this.backoff.has(key)) {
      return this.renewPurged(key, stored, render, storable);
    }
    if (stored && age < windows.freshMs) {
      this.stats.hits++;
      return { response: stored, outcome: 'fresh' };
    }
    if (stored && age < this.options.staleIfErrorMs) {
      this.stats.staleHits++;
      const failing = this.backoff.has(key);
      this.refreshInBackground(key, render, storable);
      return { response: stored, outcome: failing ? 'error-stale' : 'stale' };
    }
    this.stats.misses++;
    return { response: await this.refresh(key, render, storable), outcome: 'miss' };
  }

  /** An editor published at `at`: every copy whose render began before is out of date. */
  invalidate(at: number): void {
    if (at > this.purgedAt) this.purgedAt = at;
  }

  /** A copy made before a publish: wait (briefly) for the new one; on failure or delay, the old one. */
  private async renewPurged(
    key: string,
    stored: CachedResponse,
    render: () => Promise<CachedResponse>,
    storable: (r: CachedResponse) => boolean,
  ): Promise<{ response: CachedResponse; outcome: CacheOutcome }> {
    this.stats.misses++;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, this.options.purgeWaitMs ?? 2_000, undefined)));
    try {
      const renewed = await Promise.race([this.refresh(key, render, storable), late]);
      if (renewed && storable(renewed)) return { response: renewed, outcome: 'miss' };
    } catch {
      // The render failed: the old copy, said to be stale, is better than an error.
    } finally {
      clearTimeout(timer);
    }
    this.stats.staleHits++;
    return { response: stored, outcome: 'error-stale' };
  }

  /** Another worker's newer copy of `key` (so every worker serves the newest): kept if it is newer. */
  adopt(key: string, response: CachedResponse): void {
    const current = this.entries.get(key);
    if (current && current.response.storedAt >= response.storedAt) return;
    this.store(key, response);
  }

  /** Memory a response gained after it was stored (its brotli copy), counted against the budget. */
  grow(key: string, response: CachedResponse, bytes: number): void {
    const entry = this.entries.get(key);
    if (!entry || entry.response !== response) return;
    entry.bytes += bytes;
    this.bytes += bytes;
    this.evict();
  }

  private refreshInBackground(key: string, render: () => Promise<CachedResponse>, storable: (r: CachedResponse) => boolean): void {
    const waiting = this.backoff.get(key);
    if (this.inFlight.has(key) || (waiting && this.now() < waiting.until)) return;
    void this.refresh(key, render, storable).catch(() => undefined);
  }

  private refresh(key: string, render: () => Promise<CachedResponse>, storable: (r: CachedResponse) => boolean): Promise<CachedResponse> {
    const running = this.inFlight.get(key);
    if (running) return running;
    this.stats.refreshes++;
    const failed = () => {
      this.stats.refreshErrors++;
      const failures = (this.backoff.get(key)?.failures ?? 0) + 1;
      const pause = Math.min(1_000 * 2 ** (failures - 1), this.options.maxBackoffMs ?? 60_000);
      this.backoff.set(key, { failures, until: this.now() + pause });
      // Forget keys that fail and are never asked again (a bounded map under hostile variety).
      if (this.backoff.size > 10_000) this.backoff.delete(this.backoff.keys().next().value!);
    };
    const promise = render()
      .then((response) => {
        if (storable(response)) {
          this.backoff.delete(key);
          this.store(key, response);
        } else failed();
        return response;
      })
      .catch((error: unknown) => {
        failed();
        throw error;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return promise;
  }

  private store(key: string, response: CachedResponse): void {
    const bytes = response.body.length + OVERHEAD;
    // One response bigger than a quarter of the budget would flush the rest: served, never kept.
    if (bytes > this.options.budgetBytes / 4) return;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.bytes;
      this.entries.delete(key);
    }
    this.entries.set(key, { response, bytes, touchedAt: this.now() });
    this.bytes += bytes;
    this.evict();
  }

  private evict(): void {
    // Map order is use order (peek and store re-insert): the first key is the least recently used.
    while (this.bytes > this.options.budgetBytes && this.entries.size > 0) {
      const [key, entry] = this.entries.entries().next().value!;
      this.entries.delete(key);
      this.bytes -= entry.bytes;
      this.stats.evictions++;
    }
    this.stats.entries = this.entries.size;
    this.stats.bytes = this.bytes;
  }
}
