'use client';
// Shares the one polled snapshot with the live parts of a page (badges, figures, banner). Until the first
// poll answers, each live part shows the HTML the server rendered from the same first snapshot, as it is:
// the browser formats nothing while the page loads (no message compiling, no number or list formatting),
// which is what keeps the home page's hydration cheap (docs/architecture.md § Home page speed). From the first
// poll on, each part draws itself from the polled snapshot.
import { createContext, use, useMemo, type ReactNode } from 'react';
import type { LiveStatus, ServiceSnapshot } from './live-types';
import { useStatus } from './use-status';

export interface LiveState {
  status: LiveStatus;
  /** A poll has answered: the live parts draw from `status` instead of showing the server's HTML. */
  fresh: boolean;
  /** The newest poll failed: what is shown is the last good data. */
  stale: boolean;
  /** Browser clock minus the server's; 0 until the first poll answers. */
  skewMs: number;
}

const LiveContext = createContext<LiveState | null>(null);

export function LiveStatusProvider({ initial, refreshMs, children }: { initial: LiveStatus; refreshMs: number; children: ReactNode }) {
  const { data, error } = useStatus(initial, refreshMs);
  const status = data?.data ?? initial;
  const skewMs = data?.skewMs ?? 0;
  // The fallback (the server's snapshot) has no receive time; a poll's answer has one.
  const fresh = (data?.receivedAt ?? 0) > 0;
  const value = useMemo(() => ({ status, fresh, stale: error !== undefined, skewMs }), [status, fresh, error, skewMs]);
  return <LiveContext value={value}>{children}</LiveContext>;
}

export function useLive(): LiveState {
  const value = use(LiveContext);
  if (!value) throw new Error('useLive needs a LiveStatusProvider around it');
  return value;
}

export function useLiveService(id: string): ServiceSnapshot | undefined {
  return useLive().status.services.find((s) => s.id === id);
}

/**
 * The server's HTML (`children`, rendered from the first snapshot) until a poll answers, then `draw` of
 * the polled snapshot.
 */
export function useServerFirst(children: ReactNode, draw: (status: LiveStatus) => ReactNode): ReactNode {
  const { status, fresh } = useLive();
  return fresh ? draw(status) : children;
}
