// Announced maintenance (docs/methodology.md § Maintenance): `maintenance` only when announced in advance and inside
// its window. An overrun past the window, or a "maintenance" announced after failures began, is an outage.

export interface AnnouncedWindow {
  /** When the company published the notice, epoch ms. */
  announcedAt: number;
  startsAt: number;
  endsAt: number;
  /** The notice, for the reader. */
  sourceUrl?: string;
}

/**
 * True when `now` is inside a window announced before it started, and whatever is failing did not
 * begin before the announcement (a notice posted after the fact does not turn an outage into maintenance).
 */
export function isAnnouncedMaintenance(window: AnnouncedWindow | undefined, now: number, failuresBeganAt?: number | null): boolean {
  if (!window) return false;
  if (window.announcedAt >= window.startsAt) return false;
  if (now < window.startsAt || now >= window.endsAt) return false;
  return failuresBeganAt == null || failuresBeganAt >= window.announcedAt;
}
