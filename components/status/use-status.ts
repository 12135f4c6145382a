'use client';
// The one SWR hook behind every live part of a page: polls GET /api/status, starting from the
// server-rendered snapshot. Pauses while the tab is hidden, backs off on errors (15 s, 30 s, 60 s, at
// most 2 min) and keeps the last good data, so a failed poll says "stale" instead of blanking the page.
import useSWR, { type SWRConfiguration } from 'swr';
import type { LiveStatus } from './live-types';

export const STATUS_URL = '/api/status';
const MAX_BACKOFF_MS = 120_000;

export interface StatusFetch {
  data: LiveStatus;
  /** Browser clock minus the server's (from the response's Date header), to age the data correctly. */
  skewMs: number;
  /** Browser time of the response. */
  receivedAt: number;
}

async function fetchStatus(url: string): Promise<StatusFetch> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`status ${response.status}`);
  const data = (await response.json()) as LiveStatus;
  if (!data || !Array.isArray(data.services)) throw new Error('unexpected answer');
  const receivedAt = Date.now();
  const serverDate = Date.parse(response.headers.get('date') ?? '');
  return { data: { ...data, cloudIncidents: data.cloudIncidents ?? {}, cloudEvents: data.cloudEvents ?? [] }, skewMs: Number.isNaN(serverDate) ? 0 : receivedAt - serverDate, receivedAt };
}

export function useStatus(initial: LiveStatus, refreshMs: number) {
  const options: SWRConfiguration<StatusFetch, Error> = {
    fallbackData: { data: initial, skewMs: 0, receivedAt: 0 },
    // The page was just rendered from the same snapshot: the first poll waits one period (refetching at
    // once would double the requests of an outage-day crowd for nothing new). "Updated N s ago" stays true.
    revalidateOnMount: false,
    revalidateIfStale: false,
    refreshInterval: refreshMs,
    refreshWhenHidden: false,
    refreshWhenOffline: false,
    revalidateOnFocus: true,
    dedupingInterval: Math.min(5_000, refreshMs),
    keepPreviousData: true,
    onErrorRetry: (_error, _key, _config, revalidate, { retryCount }) => {
      const delay = Math.min(refreshMs * 2 ** Math.max(0, retryCount - 1), MAX_BACKOFF_MS);
      // Spread the retries of many visitors: ± 20 %.
      setTimeout(() => revalidate({ retryCount }), delay * (0.8 + Math.random() * 0.4));
    },
  };
  return useSWR<StatusFetch, Error>(STATUS_URL, fetchStatus, options);
}
