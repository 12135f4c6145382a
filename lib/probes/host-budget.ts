// A per-host politeness budget, applied as a fetch wrapper so probes need no extra plumbing:
// at most N requests in flight per host, a minimum gap between request starts, and after a 429
// the host is not asked again until its Retry-After has passed (answered locally with a synthetic 429).
import { HostBudgetExhausted } from './failure';

export interface HostBudgetOptions {
  /** Requests in flight per host (host:port) at once; default 2. */
  maxConcurrentPerHost?: number;
  /** Minimum gap between two request starts to one host; default 0. */
  minIntervalMs?: number;
  /** Back-off after a 429 that carries no Retry-After; default 60 s. */
  defaultBackoffSec?: number;
  /** Upper bound on a Retry-After, so a hostile or broken upstream cannot silence a monitor for days. */
  maxBackoffSec?: number;
  /** Wall clock, epoch ms (injectable for tests). */
  now?: () => number;
}

export interface HostBudget {
  /** A fetch that waits for the host's turn and answers a synthetic 429 while the host asked us to back off. */
  wrap(fetchImpl: typeof fetch): typeof fetch;
  /** Seconds until `host` (host:port) may be asked again; 0 when it may be asked now. */
  backoffRemainingSec(host: string): number;
  /** Requests currently in flight to `host` (for tests and metrics). */
  inFlight(host: string): number;
}

/** Marks a synthetic 429 answered by the budget, without any request to the host. */
export const BUDGET_SKIP_HEADER = 'x-marsad-host-budget';

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3); returns whole seconds ≥ 0. */
export function parseRetryAfterSec(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const dateMs = Date.parse(trimmed);
  if (Number.isNaN(dateMs)) return undefined;
  return Math.max(0, Math.ceil((dateMs - nowMs) / 1000));
}

interface HostState {
  active: number;
  lastStartMs: number;
  backoffUntilMs: number;
  waiters: Set<() => void>;
}

function hostOf(input: Parameters<typeof fetch>[0]): string {
  const href = input instanceof Request ? input.url : input instanceof URL ? input.href : String(input);
  return new URL(href).host;
}

function waitFor(ms: number | null, state: HostState, signal: AbortSignal | undefined, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const done = () => {
      if (timer) clearTimeout(timer);
      state.waiters.delete(done);
      signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    const onAbort = () => {
      if (timer) clearTimeout(timer);
      state.waiters.delete(done);
      reject(new HostBudgetExhausted(host));
    };
    const timer = ms === null ? undefined : setTimeout(done, ms);
    if (ms === null) state.waiters.add(done);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function createHostBudget(options: HostBudgetOptions = {}): HostBudget {
  const maxConcurrent = Math.max(1, options.maxConcurrentPerHost ?? 2);
  const minIntervalMs = Math.max(0, options.minIntervalMs ?? 0);
  const defaultBackoffSec = options.defaultBackoffSec ?? 60;
  const maxBackoffSec = options.maxBackoffSec ?? 3600;
  const now = options.now ?? Date.now;
  const hosts = new Map<string, HostState>();

  const stateOf = (host: string): HostState => {
    let state = hosts.get(host);
    if (!state) hosts.set(host, (state = { active: 0, lastStartMs: -Infinity, backoffUntilMs: 0, waiters: new Set() }));
    return state;
  };

  const backoffRemainingSec = (host: string) => Math.max(0, Math.ceil((stateOf(host).backoffUntilMs - now()) / 1000));

  async function acquire(host: string, signal: AbortSignal | undefined): Promise<() => void> {
    const state = stateOf(host);
    for (;;) {
      if (signal?.aborted) throw new HostBudgetExhausted(host);
      const gapMs = state.lastStartMs + minIntervalMs - now();
      if (state.active < maxConcurrent && gapMs <= 0) break;
      // Full: wait for any release (all waiters re-check; a handful per host, so no herd to speak of).
      await waitFor(state.active >= maxConcurrent ? null : gapMs, state, signal, host);
    }
    state.active++;
    state.lastStartMs = now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      state.active--;
      for (const wake of [...state.waiters]) wake();
    };
  }

  /** Keeps the slot until the body is read or cancelled, or the request's deadline fires (so a dropped body cannot leak it). */
  function releaseWithBody(res: Response, release: () => void, signal: AbortSignal | undefined): Response {
    if (!res.body || !signal) {
      release();
      return res;
    }
    signal.addEventListener('abort', release, { once: true });
    const reader = res.body.getReader();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const { done, value } = await reader.read();
          if (done) {
            release();
            controller.close();
          } else controller.enqueue(value);
        } catch (err) {
          release();
          controller.error(err);
        }
      },
      cancel(reason) {
        release();
        return reader.cancel(reason);
      },
    });
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  }

  function wrap(fetchImpl: typeof fetch): typeof fetch {
    return async (input, init) => {
      const host = hostOf(input);
      const remainingSec = backoffRemainingSec(host);
      if (remainingSec > 0) {
        return new Response(null, {
          status: 429,
          statusText: 'Too Many Requests (host budget)',
          headers: { 'retry-after': String(remainingSec), [BUDGET_SKIP_HEADER]: 'backing-off' },
        });
      }
      const signal = init?.signal ?? undefined;
      const release = await acquire(host, signal);
      let res: Response;
      try {
        res = await fetchImpl(input, init);
      } catch (err) {
        release();
        throw err;
      }
      // 418 is Binance's "banned after ignoring 429s": the same request to back off, only louder.
      if (res.status === 429 || res.status === 418) {
        const sec = parseRetryAfterSec(res.headers.get('retry-after'), now()) ?? defaultBackoffSec;
        stateOf(host).backoffUntilMs = now() + Math.min(sec, maxBackoffSec) * 1000;
      }
      return releaseWithBody(res, release, signal);
    };
  }

  return { wrap, backoffRemainingSec, inFlight: (host) => stateOf(host).active };
}
