// The one composition point for "what is the status now": catalog + the evaluated states in the
// database. The server-rendered home page and GET /api/status both read this snapshot.
import { getCatalog, type Category } from '@/lib/catalog';
import { getDatabase } from '@/lib/db/client';
import { readServiceStates } from '@/lib/db/queries';
import type { Reason, Status } from '@/lib/status/vocabulary';

export interface ServiceSnapshot {
  id: string;
  category: Category;
  name: { ar: string; en: string };
  shortName: string;
  monitored: boolean;
  status: Status;
  reason: Reason | null;
  /** ISO 8601 UTC, or null when never evaluated. */
  since: string | null;
  checkedAt: string | null;
}

export interface StatusSnapshot {
  generatedAt: string;
  services: ServiceSnapshot[];
}

export async function getStatusSnapshot(now: Date = new Date()): Promise<StatusSnapshot> {
  const catalog = getCatalog();
  const { db } = await getDatabase();
  const states = new Map((await readServiceStates(db)).map((s) => [s.serviceId, s]));
  return {
    generatedAt: now.toISOString(),
    services: catalog.services.map((service) => {
      const state = service.monitored ? states.get(service.id) : undefined;
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
      };
    }),
  };
}
