// The hard deadline of one probe run: one AbortSignal that fires at timeoutMs (connect, headers, body and
// every request of a multi-request probe included) or when the caller cancels, with a reason that tells
// the two apart, and a way to stop waiting on work that ignores signals.
import { DeadlineExceeded, ProbeCancelled } from './failure';

export interface Deadline {
  readonly signal: AbortSignal;
  /** Stops the timer and aborts whatever is still in flight (a probe that returned early leaves no socket behind). */
  dispose(): void;
}

export function startDeadline(timeoutMs: number, external?: AbortSignal): Deadline {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DeadlineExceeded(timeoutMs)), timeoutMs);
  const onExternalAbort = () => controller.abort(new ProbeCancelled());
  if (external?.aborted) onExternalAbort();
  else external?.addEventListener('abort', onExternalAbort, { once: true });
  return {
    signal: controller.signal,
    dispose() {
      clearTimeout(timer);
      external?.removeEventListener('abort', onExternalAbort);
      if (!controller.signal.aborted) controller.abort(new ProbeCancelled());
    },
  };
}

/**
 * Settles like `work`, or rejects with the signal's reason once it aborts, whichever comes first. On abort,
 * work that honours the signal gets until the next macrotask to settle with its own, more precise error
 * (e.g. "no turn in the host budget" rather than a plain timeout); work that ignores it is abandoned then.
 */
export function raceSignal<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    work.catch(() => undefined); // the loser's rejection must not surface as unhandled
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => setImmediate(() => reject(signal.reason));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
