'use client';
// The "updated N s ago" block (updated-meta.tsx) that follows the clock and the live snapshot: the
// server's block (`children`) until the first tick or poll (live-status.tsx). The first tick waits a
// second, so it does not add to the work of loading the page.
import { useEffect, useState, type ReactNode } from 'react';
import { useLive } from './live-status';
import { UpdatedMeta } from './updated-meta';

/** The first tick's wait, then every 5 s: fine enough for "updated N s ago" (each change makes the digits script walk the page). */
const FIRST_TICK_MS = 1_000;
const TICK_MS = 5_000;

function useNow(): number | null {
  // null while hydrating, so the first render equals the server's.
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    let timer: ReturnType<typeof setInterval> | undefined;
    const first = setTimeout(() => {
      tick();
      timer = setInterval(tick, TICK_MS);
    }, FIRST_TICK_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, []);
  return now;
}

export function LiveMeta({ children }: { children: ReactNode }) {
  const { status, fresh, stale, skewMs } = useLive();
  const now = useNow();
  if (!fresh && now === null) return children;
  const ageSec = now === null ? 0 : Math.max(0, (now - skewMs - Date.parse(status.generatedAt)) / 1000);
  return <UpdatedMeta status={status} stale={stale} ageSec={ageSec} />;
}
