'use client';
// Shares the one polled snapshot with the live parts of a page (badges, figures, banner), which the
// server renders inside it from the same first snapshot, so the first client render equals the HTML.
import { createContext, use, useMemo, type ReactNode } from 'react';
import type { LiveStatus, ServiceSnapshot } from './live-types';
import { useStatus } from './use-status';

export interface LiveState {
  status: LiveStatus;
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
  const value = useMemo(() => ({ status, stale: error !== undefined, skewMs }), [status, error, skewMs]);
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
