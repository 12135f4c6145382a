// A token bucket per client for the expensive, uncached API queries (history ranges, exports): the
// cached pages and /api/status are never limited, the cache absorbs them.
export interface RateLimitOptions {
  /** Tokens a client gets back per second, and the most it can hold (its burst). */
  perSecond: number;
  burst: number;
  /** Clients remembered at most (oldest forgotten first), so the map cannot grow without bound. */
  maxClients?: number;
  now?: () => number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly now: () => number;

  constructor(private readonly options: RateLimitOptions) {
    this.now = options.now ?? Date.now;
  }

  /** 0 when allowed (a token is taken); otherwise the seconds to wait (for Retry-After). */
  take(client: string): number {
    const now = this.now();
    const { perSecond, burst } = this.options;
    const bucket = this.buckets.get(client) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    this.buckets.delete(client);
    this.buckets.set(client, bucket);
    if (this.buckets.size > (this.options.maxClients ?? 10_000)) this.buckets.delete(this.buckets.keys().next().value!);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / perSecond);
  }
}
