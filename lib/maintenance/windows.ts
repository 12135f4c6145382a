// Announced maintenance windows, pure (DESIGN § Exchanges, docs/methodology.md § Maintenance): which window
// covers a service now, what phase a window is in, and when a company's own notice counts as announced.
// A window counts only when announced before it started and before the failure began (lib/status/maintenance.ts);
// an overrun past its end, or a notice posted after failures began, is an outage.
import type { AnnouncedWindow } from '@/lib/status/maintenance';
import { isAnnouncedMaintenance } from '@/lib/status/maintenance';

export const MAINTENANCE_SOURCES = ['editor', 'company'] as const;
export type MaintenanceSource = (typeof MAINTENANCE_SOURCES)[number];

/** Statuspage's words for a maintenance's progress; `cancelled` is Marsad's (the window stays listed). */
export const MAINTENANCE_PHASES = ['scheduled', 'in_progress', 'completed', 'cancelled'] as const;
export type MaintenancePhase = (typeof MAINTENANCE_PHASES)[number];

export interface MaintenanceWindow {
  id: string;
  source: MaintenanceSource;
  serviceIds: readonly string[];
  /** Epoch ms. */
  startsAt: number;
  endsAt: number;
  announcedAt: number;
  cancelledAt: number | null;
  sourceUrl?: string | null;
}

export function maintenancePhase(w: Pick<MaintenanceWindow, 'startsAt' | 'endsAt' | 'cancelledAt'>, now: number): MaintenancePhase {
  if (w.cancelledAt !== null) return 'cancelled';
  if (now < w.startsAt) return 'scheduled';
  if (now < w.endsAt) return 'in_progress';
  return 'completed';
}

/** Shown ahead on the pages and in upcoming.json / active.json: not cancelled and not over. */
export function isAhead(w: Pick<MaintenanceWindow, 'startsAt' | 'endsAt' | 'cancelledAt'>, now: number): boolean {
  const phase = maintenancePhase(w, now);
  return phase === 'scheduled' || phase === 'in_progress';
}

/**
 * The window the status rules read for one service at `now`: among the uncancelled windows covering that
 * moment, one announced before it started wins (the earliest announced); a window announced late is still
 * returned when it is the only one, so the rule itself refuses it. Undefined when none covers `now`.
 */
export function windowFor(windows: readonly MaintenanceWindow[], serviceId: string, now: number): AnnouncedWindow | undefined {
  const covering = windows
    .filter((w) => w.cancelledAt === null && w.serviceIds.includes(serviceId) && now >= w.startsAt && now < w.endsAt)
    .sort((a, b) => Number(b.announcedAt < b.startsAt) - Number(a.announcedAt < a.startsAt) || a.announcedAt - b.announcedAt);
  const w = covering[0];
  if (!w) return undefined;
  return { announcedAt: w.announcedAt, startsAt: w.startsAt, endsAt: w.endsAt, ...(w.sourceUrl && { sourceUrl: w.sourceUrl }) };
}

export type MaintenanceJudgement =
  | 'maintenance'
  | 'no_window'
  | 'announced_after_start'
  | 'announced_after_failure';

/**
 * Why a failure of `serviceId` at `now` is, or is not, maintenance: the rule of lib/status/maintenance.ts
 * applied to the windows (an overrun is `no_window`: no window covers the time past its end).
 */
export function judgeFailure(windows: readonly MaintenanceWindow[], serviceId: string, now: number, failuresBeganAt: number | null): MaintenanceJudgement {
  const w = windowFor(windows, serviceId, now);
  if (!w) return 'no_window';
  if (isAnnouncedMaintenance(w, now, failuresBeganAt)) return 'maintenance';
  return w.announcedAt >= w.startsAt ? 'announced_after_start' : 'announced_after_failure';
}

/**
 * When a company's notice counts as announced: its own `created_at`, but never later than Marsad's first poll
 * that saw it (a page may edit its times; what we saw ourselves bounds it, as for incident acknowledgments).
 */
export function companyAnnouncedAt(createdAt: number | null, firstSeenAt: number): number {
  return createdAt === null || Number.isNaN(createdAt) ? firstSeenAt : Math.min(createdAt, firstSeenAt);
}

/**
 * When an edited window counts as announced: a window widened (an earlier start, a later end, a service added)
 * is announced at the edit, so stretching a window over an overrun or a failure already under way never turns
 * that outage into maintenance; narrowing it or rewording it keeps the first announcement.
 */
export function announcedAtAfterEdit(
  before: Pick<MaintenanceWindow, 'startsAt' | 'endsAt' | 'announcedAt' | 'serviceIds'>,
  after: Pick<MaintenanceWindow, 'startsAt' | 'endsAt' | 'serviceIds'>,
  now: number,
): number {
  const widened = after.startsAt < before.startsAt || after.endsAt > before.endsAt || after.serviceIds.some((id) => !before.serviceIds.includes(id));
  return widened ? now : before.announcedAt;
}
