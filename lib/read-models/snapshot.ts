// The one composition point for "what is the status now": catalog + the evaluated states in the
// database. The server-rendered pages and GET /api/status both read this snapshot, so they agree.
import { getCatalog, type Catalog } from '@/lib/catalog';
import { groupDependencies } from '@/lib/catalog/presentation';
import { getDatabase } from '@/lib/db/client';
import { readServiceStates, type ServiceStateRow } from '@/lib/db/queries';
import type { StateDetail } from '@/lib/db/state-detail';
import { METHODOLOGY_VERSION } from '@/lib/incidents/methodology';
import type { ServiceSnapshot, StatusSnapshot } from '@/lib/view-types';

/** Our own data is "late" past this: three 30 s probe intervals and a margin for the evaluation round. */
export const LATE_AFTER_MS = 2 * 60_000;

export interface SnapshotOptions {
  /** How old the newest evaluation may be before the snapshot says it is late (default LATE_AFTER_MS). */
  lateAfterMs?: number;
}

type StateRow = Pick<ServiceStateRow, 'serviceId' | 'status' | 'reason' | 'since' | 'checkedAt'> & { detail: StateDetail };

/**
 * Head age and latency are published in whole seconds and whole milliseconds (the OpenAPI document says
 * integer): the evaluation computes them from fractional-millisecond clocks and medians (2.806999921798706 s,
 * 120.5 ms), but block timestamps have one-second resolution and probes run every 30 s, so the decimals
 * carry no information. Rounded here, where every page and API answer reads them.
 */
function wholeOrNull(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : Math.round(value);
}

/** The snapshot of `states` (as readServiceStates returns them) at `now`. Pure. */
export function snapshotOf(catalog: Catalog, rows: readonly StateRow[], now: Date, options: SnapshotOptions = {}): StatusSnapshot {
  const states = new Map(rows.map((s) => [s.serviceId, s]));
  const newest = Math.max(0, ...rows.map((s) => s.checkedAt.getTime()));
  return {
    generatedAt: now.toISOString(),
    dataAsOf: newest ? new Date(newest).toISOString() : null,
    late: newest > 0 && now.getTime() - newest > (options.lateAfterMs ?? LATE_AFTER_MS),
    methodologyVersion: METHODOLOGY_VERSION,
    services: catalog.services.map((service): ServiceSnapshot => {
      const state = service.monitored ? states.get(service.id) : undefined;
      const detail = state?.detail ?? {};
      return {
        id: service.id,
        category: service.category,
        name: service.name,
        shortName: service.shortName,
        monitored: service.monitored,
        // Never a guess: no evaluation yet means unknown, with the reason said.
        status: state?.status ?? 'unknown',
        reason: state ? state.reason : service.monitored ? 'no_data' : 'not_monitored',
        since: state?.since.toISOString() ?? null,
        checkedAt: state?.checkedAt.toISOString() ?? null,
        measured: detail.measured ?? false,
        failing: detail.failingVantages ?? null,
        reported: detail.reported ?? null,
        latencyMs: wholeOrNull(detail.latencyMs),
        headAgeSec: wholeOrNull(detail.headAgeSec),
        bestHeight: detail.chain?.bestHeight ?? null,
        // Once per provider and region: two reports naming one region are one dependency.
        cloudDependencies: groupDependencies(service.cloudDependencies).map((d) => ({ provider: d.provider, region: d.region })),
      };
    }),
  };
}

export async function getStatusSnapshot(now: Date = new Date(), options: SnapshotOptions = {}): Promise<StatusSnapshot> {
  const { db } = await getDatabase();
  return snapshotOf(getCatalog(), await readServiceStates(db), now, options);
}
