// Reads and writes of Marsad's tables. Every write is idempotent (ON CONFLICT), so a retried batch or
// two processes writing the same thing leave one row.
import { and, asc, desc, eq, getTableColumns, gte, isNull, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { PROBE_KINDS, type ProbeKind } from '@/lib/catalog/schema';
import type { ProbeResult } from '@/lib/probes/types';
import type { MeasuredIncident } from '@/lib/status/incidents';
import { readProbeFacts } from './check-facts';
import { readMeasuredIncident } from './incident-data';
import type { Db } from './client';
import { readStateDetail, type StateDetail } from './state-detail';
import type { RollupInsert } from './rollup-rows';
import { checkResults, incidentEvents, incidents, rollups, serviceStates, statusChanges } from './schema';

export type ServiceStateRow = typeof serviceStates.$inferSelect;

/** Every service's current state; its `detail` parsed (malformed fields dropped, never thrown). */
export async function readServiceStates(db: Db): Promise<(ServiceStateRow & { detail: StateDetail })[]> {
  const rows = await db.select().from(serviceStates);
  return rows.map((row) => ({ ...row, detail: readStateDetail(row.detail) }));
}

export async function upsertServiceStates(db: Db, rows: (typeof serviceStates.$inferInsert)[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(serviceStates)
    .values(rows)
    .onConflictDoUpdate({
      target: serviceStates.serviceId,
      set: {
        status: sql`excluded.status`,
        reason: sql`excluded.reason`,
        since: sql`excluded.since`,
        checkedAt: sql`excluded.checked_at`,
        detail: sql`excluded.detail`,
      },
    });
}

export type CheckResultInsert = typeof checkResults.$inferInsert;

/** A probe result as a row: the result says which kind of probe made it. */
export function checkResultRow(r: ProbeResult & { serviceId: string }): CheckResultInsert {
  return {
    serviceId: r.serviceId,
    monitorId: r.monitorId,
    kind: r.kind,
    vantage: r.vantage,
    startedAt: new Date(r.startedAt),
    latencyMs: Math.round(r.latencyMs),
    outcome: r.outcome,
    reason: r.reason,
    facts: r.facts,
  };
}

/** Writes a batch of probe results; a result already written (same monitor, vantage, start) is kept once. */
export async function insertCheckResults(db: Db, rows: CheckResultInsert[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(checkResults).values(rows).onConflictDoNothing({ target: [checkResults.monitorId, checkResults.vantage, checkResults.startedAt] });
}

/** Raw results are kept 14 days (the rollups are kept for good). */
export async function pruneCheckResults(db: Db, olderThan: Date): Promise<void> {
  await db.delete(checkResults).where(lt(checkResults.startedAt, olderThan));
}

/** A stored result: `kind` null when the row predates stored kinds ('unrecorded') or names a kind this version does not know. */
export interface StoredResult extends Omit<ProbeResult, 'kind'> {
  serviceId: string;
  kind: ProbeKind | null;
}

const storedKind = z.enum(PROBE_KINDS).nullable().catch(null);

/** Results started at or after `since`, oldest first, with their kind and facts checked. */
export async function readRecentResults(db: Db, since: Date): Promise<StoredResult[]> {
  const rows = await db.select().from(checkResults).where(gte(checkResults.startedAt, since)).orderBy(asc(checkResults.startedAt));
  return rows.map((row) => ({
    serviceId: row.serviceId,
    monitorId: row.monitorId,
    kind: storedKind.parse(row.kind),
    vantage: row.vantage,
    outcome: row.outcome,
    reason: row.reason,
    startedAt: row.startedAt.getTime(),
    latencyMs: row.latencyMs,
    facts: readProbeFacts(row.facts),
  }));
}

export type StatusChangeRow = typeof statusChanges.$inferInsert;

/** Appends status changes; the same change written twice (a restart, a second worker) is kept once. */
export async function insertStatusChanges(db: Db, rows: StatusChangeRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(statusChanges).values(rows).onConflictDoNothing({ target: [statusChanges.serviceId, statusChanges.at] });
}

/** Each service's changes from `from` on, plus the last one before it (the status the period starts in). */
export async function readStatusChangesSince(db: Db, from: Date): Promise<(typeof statusChanges.$inferSelect)[]> {
  const inRange = await db.select().from(statusChanges).where(gte(statusChanges.at, from)).orderBy(asc(statusChanges.at));
  const before = await db
    .selectDistinctOn([statusChanges.serviceId])
    .from(statusChanges)
    .where(lt(statusChanges.at, from))
    .orderBy(statusChanges.serviceId, desc(statusChanges.at));
  return [...before, ...inRange];
}

export async function upsertRollups(db: Db, rows: RollupInsert[]): Promise<void> {
  if (rows.length === 0) return;
  const set = Object.fromEntries(
    Object.entries(getTableColumns(rollups))
      .filter(([name]) => !['serviceId', 'resolution', 'periodStart'].includes(name))
      .map(([name, column]) => [name, sql.raw(`excluded.${column.name}`)]),
  );
  await db.insert(rollups).values(rows).onConflictDoUpdate({ target: [rollups.serviceId, rollups.resolution, rollups.periodStart], set });
}

export function readRollups(db: Db, resolution: 'hour' | 'day', from: Date, serviceId?: string) {
  const conditions = [eq(rollups.resolution, resolution), gte(rollups.periodStart, from)];
  if (serviceId) conditions.push(eq(rollups.serviceId, serviceId));
  return db.select().from(rollups).where(and(...conditions)).orderBy(asc(rollups.periodStart));
}

export type DetectedIncidentRow = typeof incidents.$inferInsert;

/** A live incident, written on each change (opened, worsened, resolved, reopened): same id, newest facts. */
export async function upsertDetectedIncidents(db: Db, rows: DetectedIncidentRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(incidents)
    .values(rows)
    .onConflictDoUpdate({
      target: incidents.id,
      set: {
        title: sql`excluded.title`,
        endedAt: sql`excluded.ended_at`,
        confirmedAt: sql`excluded.confirmed_at`,
        data: sql`excluded.data`,
        updatedAt: sql`excluded.updated_at`,
      },
    });
}

export type IncidentEventInsert = typeof incidentEvents.$inferInsert;

/**
 * A detected incident's timeline entries, each once (its id is the incident and the time): two workers
 * evaluating the same results write the same rows. The incident row must exist (written first).
 */
export async function insertIncidentTimeline(db: Db, rows: IncidentEventInsert[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(incidentEvents).values(rows).onConflictDoNothing({ target: incidentEvents.id });
}

/**
 * Open detected incidents with their stored MeasuredIncident; `incident` is null when `data` is not a
 * whole one (a hand edit, an older writer), so the caller can say so instead of resuming from a guess.
 */
export async function readOpenDetectedIncidents(db: Db): Promise<{ id: string; serviceId: string | null; incident: MeasuredIncident | null }[]> {
  const rows = await db
    .select({ id: incidents.id, serviceId: incidents.serviceId, data: incidents.data })
    .from(incidents)
    .where(and(eq(incidents.origin, 'detected'), isNull(incidents.endedAt)));
  return rows.map((row) => ({ id: row.id, serviceId: row.serviceId, incident: readMeasuredIncident(row.data) }));
}
