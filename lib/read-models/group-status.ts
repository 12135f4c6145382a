// One status for a set of services (a group, or the whole page), as the open-data outputs state it:
// API summary, Statuspage-compatible page, badges, embeds and share images. Pure. Unknown never counts
// as working: a set with nothing known is unknown, and stale data (the snapshot is late) is unknown.
import { CATEGORIES, type Category } from '@/lib/catalog/schema';
import { STATUSES, STATUS_SEVERITY, type Status } from '@/lib/status/vocabulary';
import type { ServiceSnapshot, StatusSnapshot } from '@/lib/view-types';

export const GROUP_IDS = CATEGORIES;
export type GroupId = Category;

/** The status a visitor elsewhere may be shown: none when our own measurements are late. */
export function effectiveStatus(service: Pick<ServiceSnapshot, 'status'>, snapshot: Pick<StatusSnapshot, 'late'>): Status {
  return snapshot.late ? 'unknown' : service.status;
}

export interface SetSummary {
  /** The worst status known in the set; unknown only when nothing in it is known. */
  status: Status;
  /** How many services of the set have each status. */
  counts: Record<Status, number>;
  /** Services with a known status, and all services counted (monitored ones only). */
  known: number;
  total: number;
  /** How many are at `status` (the worst): "major outage 1/9". */
  atWorst: number;
}

/**
 * Summarises the monitored services of a set. A service not monitored live says nothing about the
 * set and is omitted; the worst known status wins, so one outage is never hidden by unknown neighbours.
 */
export function summarizeSet(services: readonly Pick<ServiceSnapshot, 'status' | 'monitored'>[], late = false): SetSummary {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const watched = services.filter((s) => s.monitored);
  for (const s of watched) counts[late ? 'unknown' : s.status] += 1;
  const known = watched.length - counts.unknown;
  const status = known === 0 ? 'unknown' : STATUSES.filter((s) => s !== 'unknown' && counts[s] > 0).reduce<Status>((w, s) => (STATUS_SEVERITY[s] > STATUS_SEVERITY[w] ? s : w), 'operational');
  return { status, counts, known, total: watched.length, atWorst: counts[status] };
}

export function servicesOfGroup<T extends Pick<ServiceSnapshot, 'category'>>(services: readonly T[], group: GroupId): T[] {
  return services.filter((s) => s.category === group);
}

export function isGroupId(value: string): value is GroupId {
  return (GROUP_IDS as readonly string[]).includes(value);
}
