// The one composition point for "what is the status now": catalog + the evaluated states in the
// database. The server-rendered pages and GET /api/status both read this snapshot, so they agree.
import { getCatalog, type Category } from '@/lib/catalog';
import { getDatabase } from '@/lib/db/client';
import { readServiceStates } from '@/lib/db/queries';
import { METHODOLOGY_VERSION } from '@/lib/incidents/methodology';
import type { Reason, Status } from '@/lib/status/vocabulary';
import type { ServiceSnapshot, StatusSnapshot } from '@/lib/view-types';

/** Our own data is "late" past this: three 30 s probe intervals and a margin for the evaluation round. */
export const LATE_AFTER_MS = 2 * 60_000;

interface StateDetail {
  failingVantages?: { k: number; n: number };
  measured?: boolean;
  reported?: { status: Status; reason: Reason | null };
  latencyMs?: number | null;
  headAgeSec?: number | null;
  chain?: { bestHeight: number | null };
}

export async function getStatusSnapshot(now: Date = new Date()): Promise<StatusSnapshot> {
  const catalog = getCatalog();
  const { db } = await getDatabase();
  const states = new Map((await readServiceStates(db)).map((s) => [s.serviceId, s]));
  const newest = Math.max(0, ...[...states.values()].map((s) => s.checkedAt.getTime()));
  return {
    generatedAt: now.toISOString(),
    dataAsOf: newest ? new Date(newest).toISOString() : null,
    late: newest > 0 && now.getTime() - newest > LATE_AFTER_MS,
    methodologyVersion: METHODOLOGY_VERSION,
    services: catalog.services.map((service): ServiceSnapshot => {
      const state = service.monitored ? states.get(service.id) : undefined;
      const detail = (state?.detail ?? {}) as StateDetail;
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
        latencyMs: detail.latencyMs ?? null,
        headAgeSec: detail.headAgeSec ?? null,
        bestHeight: detail.chain?.bestHeight ?? null,
        cloudDependencies: service.cloudDependencies.map((d) => ({ provider: d.provider, region: d.region ?? null })),
      };
    }),
  };
}
