// Cloud-outage events in the incident tables: one `incidents` row per event (origin 'detected', no service,
// `data.kind` 'cloud-event') and its timeline in `incident_events`. Several workers evaluate at once, so each
// write takes a transaction-level advisory lock for its provider and region, never opens a second event for a
// region that has one open (the caller adopts the one found), and keeps the newer round's state.
import { and, asc, eq, gte, inArray, isNull, notInArray, or, sql } from 'drizzle-orm';
import type { CloudEventEntry } from '@/lib/correlation';
import type { ReportedIncident } from '@/lib/probes/types';
import { readProbeFacts } from './check-facts';
import type { Db } from './client';
import { readCloudEventData, type CloudEventData } from './incident-data';
import { checkResults, incidentEvents, incidents } from './schema';

export interface CloudEventWrite {
  data: CloudEventData;
  title: { ar: string; en: string };
  entries: readonly CloudEventEntry[];
  /** This round opened the event (not an update of one read back). */
  opened: boolean;
  /** The round's time: a write older than the stored one is not applied. */
  at: number;
  /** Queues the change's notifications (lib/db/outbox.ts) in the transaction that applies it. */
  notify?: (tx: Db) => Promise<unknown>;
}

export interface CloudEventWriteResult {
  /** Events this writer opened that another writer had already opened for the same provider and region: its id. */
  adopted: { id: string; existingId: string }[];
}

const isCloudEvent = sql`${incidents.data}->>'kind' = 'cloud-event'`;

/**
 * Open cloud-outage events, and those updated since `closedSince` (resolved ones the rejoin window may still
 * reopen). Rows whose data is not a whole event are skipped and named in `unreadable`.
 */
export async function readCloudEvents(db: Db, closedSince: Date): Promise<{ events: CloudEventData[]; unreadable: string[] }> {
  const rows = await db
    .select({ id: incidents.id, data: incidents.data })
    .from(incidents)
    .where(and(eq(incidents.origin, 'detected'), isCloudEvent, or(isNull(incidents.endedAt), gte(incidents.updatedAt, closedSince))));
  const events: CloudEventData[] = [];
  const unreadable: string[] = [];
  for (const row of rows) {
    const data = readCloudEventData(row.data);
    if (data) events.push(data);
    else unreadable.push(row.id);
  }
  return { events, unreadable };
}

/** One event by its slug; null when there is none or it is not a whole cloud-outage event. */
export async function readCloudEvent(db: Db, id: string): Promise<{ data: CloudEventData; title: { ar: string; en: string }; updatedAt: Date } | null> {
  const [row] = await db.select({ data: incidents.data, title: incidents.title, updatedAt: incidents.updatedAt }).from(incidents).where(and(eq(incidents.id, id), isCloudEvent)).limit(1);
  const data = row ? readCloudEventData(row.data) : null;
  return row && data ? { data, title: row.title, updatedAt: row.updatedAt } : null;
}

/** The events a service's own detected incident is part of (a member's spell names it), newest first. */
export async function readCloudEventsOfIncident(db: Db, incidentSlug: string): Promise<CloudEventData[]> {
  const probe = JSON.stringify({ members: [{ spells: [{ incidentSlug }] }] });
  const rows = await db
    .select({ data: incidents.data })
    .from(incidents)
    .where(and(eq(incidents.origin, 'detected'), isCloudEvent, sql`${incidents.data} @> ${probe}::jsonb`))
    .orderBy(sql`${incidents.startedAt} desc`);
  return rows.flatMap((r) => {
    const data = readCloudEventData(r.data);
    return data ? [data] : [];
  });
}

/** Writes events and their timelines, each in its own transaction under its region's lock. */
export async function writeCloudEvents(db: Db, writes: readonly CloudEventWrite[]): Promise<CloudEventWriteResult> {
  const adopted: CloudEventWriteResult['adopted'] = [];
  for (const write of writes) {
    const { data } = write;
    await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`marsad:cloud-event:${data.providerId}:${data.region}`}))`);
      if (write.opened) {
        const [other] = await tx
          .select({ id: incidents.id })
          .from(incidents)
          .where(and(eq(incidents.origin, 'detected'), isCloudEvent, isNull(incidents.endedAt), sql`${incidents.data}->>'providerId' = ${data.providerId}`, eq(incidents.region, data.region), sql`${incidents.id} <> ${data.id}`))
          .limit(1);
        if (other) {
          adopted.push({ id: data.id, existingId: other.id });
          return;
        }
      }
      const updatedAt = new Date(write.at);
      const applied = await tx
        .insert(incidents)
        .values({
          id: data.id,
          origin: 'detected',
          provider: data.provider,
          region: data.region,
          title: write.title,
          startedAt: new Date(data.startedAt),
          endedAt: data.endedAt === null ? null : new Date(data.endedAt),
          confirmedAt: new Date(data.openedAt),
          serviceId: null,
          data,
          updatedAt,
        })
        .onConflictDoUpdate({
          target: incidents.id,
          set: { endedAt: sql`excluded.ended_at`, data: sql`excluded.data`, updatedAt: sql`excluded.updated_at` },
          // A slower worker's older round never undoes a newer one.
          setWhere: sql`${incidents.updatedAt} <= excluded.updated_at`,
        })
        .returning({ id: incidents.id });
      if (applied.length === 0) return;
      await write.notify?.(tx);
      const rows = write.entries.map((e, position) => ({
        id: e.id,
        incidentId: data.id,
        position,
        timeUtc: new Date(e.at),
        state: e.state,
        serviceIds: e.serviceIds,
        provenance: e.provenance,
        confidence: 'high' as const,
        claimOnly: false,
        summary: e.summary,
        detail: { cloudLink: e.cloudLink, ...(e.timeNote && { timeNote: e.timeNote }) },
      }));
      if (rows.length) {
        await tx
          .insert(incidentEvents)
          .values(rows)
          .onConflictDoUpdate({
            target: incidentEvents.id,
            set: {
              position: sql`excluded.position`,
              timeUtc: sql`excluded.time_utc`,
              state: sql`excluded.state`,
              serviceIds: sql`excluded.service_ids`,
              provenance: sql`excluded.provenance`,
              summary: sql`excluded.summary`,
              detail: sql`excluded.detail`,
            },
          });
      }
      // A row the timeline no longer has (a recovery undone by a relapse within the rejoin window).
      const keep = rows.map((r) => r.id);
      await tx.delete(incidentEvents).where(and(eq(incidentEvents.incidentId, data.id), ...(keep.length ? [notInArray(incidentEvents.id, keep)] : [])));
    });
  }
  return { adopted };
}

/** Every reading of these cloud-feed monitors since `since`, oldest first, that could be read (it lists its open incidents). */
export async function readCloudFeedReadings(db: Db, monitorIds: readonly string[], since: Date): Promise<{ monitorId: string; vantage: string; startedAt: number; incidents: ReportedIncident[] }[]> {
  if (monitorIds.length === 0) return [];
  const rows = await db
    .select({ monitorId: checkResults.monitorId, vantage: checkResults.vantage, startedAt: checkResults.startedAt, facts: checkResults.facts })
    .from(checkResults)
    .where(and(inArray(checkResults.monitorId, [...monitorIds]), gte(checkResults.startedAt, since)))
    .orderBy(asc(checkResults.startedAt));
  return rows.flatMap((row) => {
    const incidents = readProbeFacts(row.facts).incidents;
    return incidents ? [{ monitorId: row.monitorId, vantage: row.vantage, startedAt: row.startedAt.getTime(), incidents }] : [];
  });
}
