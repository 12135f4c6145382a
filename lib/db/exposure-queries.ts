// The reads behind the exposure map: for each monitor and vantage, the newest check that recorded the
// address its socket connected to (check_results.facts.address, lib/probes). Bounded by the caller's
// `since` (the window of lib/read-models/exposure.ts), so the scan stays within the index on started_at
// (or, for one service, the one on service_id and started_at).
import { and, desc, eq, gte, sql } from 'drizzle-orm';
import type { Db } from './client';
import { checkResults } from './schema';

export interface AddressObservationRow {
  serviceId: string;
  monitorId: string;
  vantage: string;
  /** As the socket reported it; read as text, so a stored value of another type is skipped, never cast. */
  address: string;
  measuredAt: Date;
}

/** The newest recorded address per monitor and vantage since `since` (every service, or one). */
export async function readLatestAddresses(db: Db, since: Date, serviceId?: string): Promise<AddressObservationRow[]> {
  const address = sql<string>`${checkResults.facts}->>'address'`;
  const conditions = [gte(checkResults.startedAt, since), sql`jsonb_typeof(${checkResults.facts}->'address') = 'string'`];
  if (serviceId !== undefined) conditions.push(eq(checkResults.serviceId, serviceId));
  return db
    .selectDistinctOn([checkResults.monitorId, checkResults.vantage], {
      serviceId: checkResults.serviceId,
      monitorId: checkResults.monitorId,
      vantage: checkResults.vantage,
      address,
      measuredAt: checkResults.startedAt,
    })
    .from(checkResults)
    .where(and(...conditions))
    .orderBy(checkResults.monitorId, checkResults.vantage, desc(checkResults.startedAt));
}
