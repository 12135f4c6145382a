// What the live parts of a page read: the status snapshot plus what the clouds' open incidents name.
// GET /api/status answers exactly this shape, and the server passes the same to the first render.
import type { CloudIncidentSummary } from '@/lib/server/service-history';
import type { ServiceSnapshot, StatusSnapshot } from '@/lib/server/snapshot';

export type { CloudIncidentSummary, ServiceSnapshot };

export interface LiveStatus extends StatusSnapshot {
  /** Cloud service id → its feed's open incidents (count and regions) at the newest read. */
  cloudIncidents: Record<string, CloudIncidentSummary>;
}

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
