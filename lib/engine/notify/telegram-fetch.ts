// The fetch grammY is given: Node's own (undici), with grammY's abort signal handed over as a native one.
// grammY makes its signal with the `abort-controller` package; Node 24's fetch refuses any signal that is
// not its own AbortSignal ("Expected signal to be an instance of AbortSignal") and every call failed
// there, while Node 20's accepted it. The native signal follows the shim's.
export const telegramFetch: typeof fetch = (input, init) => {
  const signal = init?.signal as (EventTarget & { aborted?: boolean }) | null | undefined;
  if (!signal || signal instanceof AbortSignal) return globalThis.fetch(input, init);
  const controller = new AbortController();
  if (signal.aborted) controller.abort();
  else signal.addEventListener('abort', () => controller.abort(), { once: true });
  return globalThis.fetch(input, { ...init, signal: controller.signal });
};
