// An in-memory cache in front of Next: each public response is rendered once per refresh interval and
// then served from memory to everyone (stale-while-revalidate), so an outage-day crowd costs the
// database a trickle. One render per key at a time (single flight); a failed refresh keeps serving the
// last good copy, whose page says "data as of".
export interface CachedResponse {
  status: number;
  /** Header name (lower case) → value, as sent to visitors. */
  headers: Record<string, string>;
  body: Buffer;
  storedAt: number;
}

export type CacheOutcome = 'fresh' | 'stale' | 'miss' | 'error-stale';

export interface MicroCacheOptions {
  /** Served as is this long after it was rendered. */
  freshMs: number;
  /** After that, served while one background refresh runs, up to this age. */
  staleMs: number;
  /** If refreshing fails (database down), the last good copy is served up to this age. */
  staleIfErrorMs: number;
  maxEntries: number;
  now?: () => number;
}

export interface CacheStats {
  hits: number;
  staleHits: number;
  misses: number;
  refreshes: number;
  refreshErrors: number;
  entries: number;
}

export class MicroCache {
  private readonly entries = new Map<string, CachedResponse>();
  private readonly inFlight = new Map<string, Promise<CachedResponse>>();
  private readonly now: () => number;
  readonly stats: CacheStats = { hits: 0, staleHits: 0, misses: 0, refreshes: 0, refreshErrors: 0, entries: 0 };

  constructor(private readonly options: MicroCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /**
   * The response for `key`: from memory when fresh; stale while a refresh runs; otherwise rendered by
   * `render` (which resolves to a response that may be stored, or rejects). `storable` decides what is kept.
   */
  async get(key: string, render: () => Promise<CachedResponse>, storable: (r: CachedResponse) => boolean): Promise<{ response: CachedResponse; outcome: CacheOutcome }> {
    const entry = this.entries.get(key);
    const age = entry ? this.now() - entry.storedAt : Infinity;
    if (entry && age < this.options.freshMs) {
      this.stats.hits++;
      return { response: entry, outcome: 'fresh' };
    }
    if (entry && age < this.options.staleMs) {
      this.stats.staleHits++;
      void this.refresh(key, render, storable).catch(() => undefined);
      return { response: entry, outcome: 'stale' };
    }
    this.stats.misses++;
    try {
      const response = await this.refresh(key, render, storable);
      if (!storable(response) && entry && age < this.options.staleIfErrorMs) return { response: entry, outcome: 'error-stale' };
      return { response, outcome: 'miss' };
    } catch (error) {
      if (entry && age < this.options.staleIfErrorMs) return { response: entry, outcome: 'error-stale' };
      throw error;
    }
  }

  private refresh(key: string, render: () => Promise<CachedResponse>, storable: (r: CachedResponse) => boolean): Promise<CachedResponse> {
    const running = this.inFlight.get(key);
    if (running) return running;
    this.stats.refreshes++;
    const promise = render()
      .then((response) => {
        if (storable(response)) this.store(key, response);
        else this.stats.refreshErrors++;
        return response;
      })
      .catch((error) => {
        this.stats.refreshErrors++;
        throw error;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return promise;
  }

  private store(key: string, response: CachedResponse): void {
    // Insertion order is age order: re-inserting moves the key to the end; evict from the front.
    this.entries.delete(key);
    this.entries.set(key, response);
    while (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.stats.entries = this.entries.size;
  }
}
