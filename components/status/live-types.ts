// The live parts of a page read what GET /api/status answers (lib/read-models/live-status.ts); the server
// passes the same to the first render.
export type { CloudIncidentSummary, LiveStatus, ServiceSnapshot } from '@/lib/view-types';

/** Default polling period: the probes run every 30 s, so 15 s shows a change within one probe interval. */
export const DEFAULT_REFRESH_MS = 15_000;

/**
 * The polling period for this deployment: MARSAD_LIVE_REFRESH_MS (at least 1 s; tests use a short one),
 * read on the server and handed to the page, or the default.
 */
export function readLiveRefreshMs(env: Record<string, string | undefined>): number {
  const value = Number(env.MARSAD_LIVE_REFRESH_MS);
  return Number.isInteger(value) && value >= 1_000 ? value : DEFAULT_REFRESH_MS;
}
