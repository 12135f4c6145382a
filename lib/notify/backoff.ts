// When a failed delivery is tried again: exponential backoff from a base, capped, with jitter so endpoints
// that failed together do not all come back at once; past the give-up window the delivery fails for good.
export interface RetrySettings {
  baseMs: number;
  maxMs: number;
  /** A delivery not done this long after its change is given up (about 3 days by default). */
  giveUpMs: number;
}

/** The wait after the `attempts`-th failed attempt (1 for the first): base·2^(n−1), capped, times a factor in [0.5, 1). */
export function retryDelayMs(attempts: number, settings: Pick<RetrySettings, 'baseMs' | 'maxMs'>, random: () => number = Math.random): number {
  const exponential = Math.min(settings.maxMs, settings.baseMs * 2 ** Math.max(0, Math.min(attempts - 1, 40)));
  return Math.round(exponential * (0.5 + random() / 2));
}

/** The next attempt's time, or null when it would fall past the give-up window. */
export function nextAttemptAt(input: { attempts: number; createdAt: number; now: number; retryAfterMs?: number }, settings: RetrySettings, random?: () => number): number | null {
  const delay = Math.max(input.retryAfterMs ?? 0, retryDelayMs(input.attempts, settings, random));
  const at = input.now + delay;
  return at - input.createdAt > settings.giveUpMs ? null : at;
}
