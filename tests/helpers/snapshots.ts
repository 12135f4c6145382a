// Snapshots and incidents for the open-data tests: built from the real catalog and the real past incidents.
import { builtinCatalog } from '@/lib/catalog/services';
import { parseCatalog } from '@/lib/catalog';
import { PAST_INCIDENTS } from '@/lib/incidents/past';
import type { Status } from '@/lib/status/vocabulary';
import type { IncidentRecord, ServiceSnapshot, StatusSnapshot } from '@/lib/view-types';

export const NOW = '2025-10-20T08:00:00.000Z';

/** Every catalog service, unknown unless `statuses` names it. */
export function snapshotWith(statuses: Record<string, Status> = {}, options: { late?: boolean } = {}): StatusSnapshot {
  const catalog = parseCatalog(builtinCatalog, 'test');
  const anyKnown = Object.keys(statuses).length > 0;
  return {
    generatedAt: NOW,
    dataAsOf: anyKnown ? '2025-10-20T07:59:30.000Z' : null,
    late: options.late ?? false,
    methodologyVersion: '1.0',
    services: catalog.services.map(
      (s): ServiceSnapshot => ({
        id: s.id,
        category: s.category,
        name: s.name,
        shortName: s.shortName,
        monitored: s.monitored,
        status: s.monitored ? (statuses[s.id] ?? 'unknown') : 'unknown',
        reason: s.monitored ? (statuses[s.id] ? null : 'no_data') : 'not_monitored',
        since: statuses[s.id] ? '2025-10-20T07:00:00.000Z' : null,
        checkedAt: statuses[s.id] ? '2025-10-20T07:59:30.000Z' : null,
        measured: Boolean(statuses[s.id]),
        failing: null,
        reported: null,
        latencyMs: null,
        headAgeSec: null,
        bestHeight: null,
        cloudDependencies: [],
      }),
    ),
  };
}

/** The past incidents as the incident pages read them from the database. */
export const PAST_RECORDS: IncidentRecord[] = PAST_INCIDENTS.map((incident) => ({ origin: 'past', ...incident }) as unknown as IncidentRecord);

export function monitoredIds(category?: string): string[] {
  return snapshotWith().services.filter((s) => s.monitored && (!category || s.category === category)).map((s) => s.id);
}
