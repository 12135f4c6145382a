// Incidents in the database: seeding the past incidents (lib/incidents) and reading incidents back, past
// and detected alike. Seeding is idempotent and safe when several processes run it at once on one
// PostgreSQL: one transaction, serialised by an advisory lock, every write an ON CONFLICT upsert that
// leaves an unchanged row untouched (so `updated_at` moves only when the data did).
import { and, asc, desc, eq, gte, inArray, isNull, lt, notInArray, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { PAST_INCIDENTS } from '@/lib/incidents/past';
import { pastIncidentSchema, siteName, type IncidentEvent, type PastIncident } from '@/lib/incidents/types';
import type { Db } from './client';
import { dataFieldsSchema, eventDetailSchema, type PastEventDetail, type PastIncidentData } from './incident-data';
import { incidentEvents, incidentEventSources, incidents, sources } from './schema';

export type IncidentRow = typeof incidents.$inferSelect;
export type IncidentEventRow = typeof incidentEvents.$inferSelect;
export interface IncidentEventWithSources extends IncidentEventRow {
  /** In order: the event's main source first, then the others. */
  sources: string[];
}

export type { PastEventDetail, PastIncidentData } from './incident-data';

// A fixed key for PostgreSQL's transaction-level advisory lock: two starting processes seed one after the other.
const SEED_LOCK_KEY = 727_361_002;

/**
 * The ON CONFLICT DO UPDATE of a seed: take the incoming values of `columns`, but only where one of them
 * differs, so an unchanged row is not written at all. `alsoSet` is written along with a real change.
 */
function updateIfChanged(columns: Record<string, AnyPgColumn>, alsoSet: Record<string, SQL> = {}) {
  const list = Object.values(columns);
  const incoming = (column: AnyPgColumn) => sql`excluded.${sql.identifier(column.name)}`;
  return {
    set: { ...Object.fromEntries(Object.entries(columns).map(([key, column]) => [key, incoming(column)])), ...alsoSet },
    setWhere: sql`(${sql.join(list, sql`, `)}) is distinct from (${sql.join(list.map(incoming), sql`, `)})`,
  };
}

/** `2025-10-20T06:48:00Z`: the form the incident data uses (no milliseconds). */
export function toUtcString(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function incidentRow(incident: PastIncident): typeof incidents.$inferInsert {
  const { slug, provider, region, title, startUtc, endUtc, events: _events, ...rest } = incident;
  // Through JSON and back: the stored value has no `undefined` fields, so an unchanged row compares equal.
  const data: PastIncidentData = JSON.parse(JSON.stringify(rest));
  return {
    id: slug,
    origin: 'past',
    provider,
    region,
    title,
    startedAt: new Date(startUtc),
    endedAt: endUtc === null ? null : new Date(endUtc),
    confirmedAt: null,
    serviceId: null,
    data,
  };
}

function eventRow(incident: PastIncident, event: IncidentEvent, position: number): typeof incidentEvents.$inferInsert {
  const detail: PastEventDetail = { serviceLabel: event.serviceLabel, cloudLink: event.cloudLink };
  if (event.timeNote) detail.timeNote = event.timeNote;
  if (event.timeApproximate) detail.timeApproximate = true;
  if (event.bestSourceType) detail.bestSourceType = event.bestSourceType;
  return {
    id: event.id,
    incidentId: incident.slug,
    position,
    timeUtc: event.timeUtc === null ? null : new Date(event.timeUtc),
    state: event.state,
    serviceIds: [...event.serviceIds],
    provenance: event.provenance,
    confidence: event.confidence,
    claimOnly: event.claimOnly === true,
    summary: event.summary,
    detail,
  };
}

function eventUrls(event: IncidentEvent): string[] {
  return [event.source, ...event.extraSources];
}

export interface SeedSummary {
  incidents: number;
  events: number;
  sources: number;
}

/**
 * Writes the past incidents, their events and their sources. Running it again changes nothing; an event
 * removed from the data is removed here too (its incident stays: a published incident is corrected, never
 * silently dropped). Sources no event cites any more are kept: other rows may cite them.
 */
export async function seedPastIncidents(db: Db, past: readonly PastIncident[] = PAST_INCIDENTS): Promise<SeedSummary> {
  const incidentRows = past.map(incidentRow);
  const eventRows = past.flatMap((incident) => incident.events.map((event, i) => eventRow(incident, event, i)));
  const allEvents = past.flatMap((incident) => incident.events);
  const urls = [...new Set(allEvents.flatMap(eventUrls))];
  const linkRows = allEvents.flatMap((event) => eventUrls(event).map((url, position) => ({ eventId: event.id, url, position })));
  const slugs = past.map((i) => i.slug);
  const eventIds = allEvents.map((e) => e.id);
  if (slugs.length === 0) return { incidents: 0, events: 0, sources: 0 };

  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);

    await tx
      .insert(incidents)
      .values(incidentRows)
      .onConflictDoUpdate({
        target: incidents.id,
        ...updateIfChanged(
          {
            origin: incidents.origin,
            provider: incidents.provider,
            region: incidents.region,
            title: incidents.title,
            startedAt: incidents.startedAt,
            endedAt: incidents.endedAt,
            data: incidents.data,
          },
          { updatedAt: sql`now()` },
        ),
      });

    await tx
      .insert(sources)
      .values(urls.map((url) => ({ url, siteName: siteName(url) })))
      .onConflictDoUpdate({ target: sources.url, ...updateIfChanged({ siteName: sources.siteName }) });

    await tx
      .insert(incidentEvents)
      .values(eventRows)
      .onConflictDoUpdate({
        target: incidentEvents.id,
        ...updateIfChanged({
          incidentId: incidentEvents.incidentId,
          position: incidentEvents.position,
          timeUtc: incidentEvents.timeUtc,
          state: incidentEvents.state,
          serviceIds: incidentEvents.serviceIds,
          provenance: incidentEvents.provenance,
          confidence: incidentEvents.confidence,
          claimOnly: incidentEvents.claimOnly,
          summary: incidentEvents.summary,
          detail: incidentEvents.detail,
        }),
      });
    await tx.delete(incidentEvents).where(and(inArray(incidentEvents.incidentId, slugs), notInArray(incidentEvents.id, eventIds)));

    await tx
      .insert(incidentEventSources)
      .values(linkRows)
      .onConflictDoUpdate({ target: [incidentEventSources.eventId, incidentEventSources.url], ...updateIfChanged({ position: incidentEventSources.position }) });
    // Links an event no longer cites (its other links were just upserted).
    const keep = linkRows.map((l) => `${l.eventId} ${l.url}`);
    await tx
      .delete(incidentEventSources)
      .where(
        and(
          inArray(incidentEventSources.eventId, eventIds),
          sql`(${incidentEventSources.eventId} || ' ' || ${incidentEventSources.url}) <> all(${sql.param(keep)}::text[])`,
        ),
      );
  });

  return { incidents: incidentRows.length, events: eventRows.length, sources: urls.length };
}

export interface IncidentFilter {
  /** Compared without case: `aws` matches `AWS`. */
  provider?: string;
  /** UTC year of the start. */
  year?: number;
}

/** Incidents newest first (past and detected), optionally by provider and by the UTC year they started. */
export function readIncidents(db: Db, filter: IncidentFilter = {}): Promise<IncidentRow[]> {
  const conditions = [];
  if (filter.provider !== undefined) conditions.push(sql`lower(${incidents.provider}) = ${filter.provider.toLowerCase()}`);
  if (filter.year !== undefined) {
    conditions.push(gte(incidents.startedAt, new Date(Date.UTC(filter.year, 0, 1))));
    conditions.push(lt(incidents.startedAt, new Date(Date.UTC(filter.year + 1, 0, 1))));
  }
  return db
    .select()
    .from(incidents)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(incidents.startedAt), asc(incidents.id));
}

/** Detected incidents still open, newest first (the home page's "now"): at most `limit`. */
export function readOpenDetectedIncidentRows(db: Db, limit = 20): Promise<IncidentRow[]> {
  return db
    .select()
    .from(incidents)
    .where(and(eq(incidents.origin, 'detected'), isNull(incidents.endedAt)))
    .orderBy(desc(incidents.startedAt), asc(incidents.id))
    .limit(limit);
}

/** Every (provider, UTC year) that has an incident: the filter's choices. */
export async function readIncidentFacets(db: Db): Promise<{ provider: string | null; year: number }[]> {
  const rows = await db
    .selectDistinct({
      provider: incidents.provider,
      year: sql<number>`cast(extract(year from ${incidents.startedAt} at time zone 'UTC') as integer)`,
    })
    .from(incidents);
  return rows.map((r) => ({ provider: r.provider, year: Number(r.year) }));
}

/**
 * The events of several incidents, in order, without their sources (enough to count who was hit), with
 * the strongest type of their sources (an event resting on secondary sources only is not counted).
 */
export async function readEventsOf(db: Db, incidentIds: readonly string[]) {
  if (incidentIds.length === 0) return [];
  const rows = await db
    .select({
      incidentId: incidentEvents.incidentId,
      state: incidentEvents.state,
      serviceIds: incidentEvents.serviceIds,
      claimOnly: incidentEvents.claimOnly,
      detail: incidentEvents.detail,
    })
    .from(incidentEvents)
    .where(inArray(incidentEvents.incidentId, [...incidentIds]))
    .orderBy(asc(incidentEvents.incidentId), asc(incidentEvents.position));
  return rows.map(({ detail, ...row }) => ({ ...row, bestSourceType: eventDetailSchema.parse(detail).bestSourceType }));
}

/** One incident with its events in order, each with its sources in order; null when there is none. */
export async function readIncidentWithEvents(
  db: Db,
  id: string,
): Promise<{ incident: IncidentRow; events: IncidentEventWithSources[] } | null> {
  const [incident] = await db.select().from(incidents).where(eq(incidents.id, id)).limit(1);
  if (!incident) return null;
  const events = await db.select().from(incidentEvents).where(eq(incidentEvents.incidentId, id)).orderBy(asc(incidentEvents.position));
  const links = events.length
    ? await db
        .select({ eventId: incidentEventSources.eventId, url: incidentEventSources.url })
        .from(incidentEventSources)
        .where(inArray(incidentEventSources.eventId, events.map((e) => e.id)))
        .orderBy(asc(incidentEventSources.eventId), asc(incidentEventSources.position))
    : [];
  const byEvent = new Map<string, string[]>();
  for (const link of links) byEvent.set(link.eventId, [...(byEvent.get(link.eventId) ?? []), link.url]);
  return { incident, events: events.map((e) => ({ ...e, sources: byEvent.get(e.id) ?? [] })) };
}

/**
 * Rebuilds a past incident from its rows and validates it with the same schema as the typed data, so a
 * row that drifted from the data (an old process, a hand edit) fails loudly instead of reaching a page.
 */
export function rowsToPastIncident(incident: IncidentRow, events: readonly IncidentEventWithSources[]): PastIncident {
  const data = dataFieldsSchema.parse(incident.data);
  const candidate = {
    ...data,
    slug: incident.id,
    provider: incident.provider,
    region: incident.region,
    title: incident.title,
    startUtc: toUtcString(incident.startedAt),
    endUtc: incident.endedAt ? toUtcString(incident.endedAt) : null,
    events: events.map((e) => {
      const detail = eventDetailSchema.parse(e.detail);
      const [source, ...extraSources] = e.sources;
      return {
        id: e.id,
        timeUtc: e.timeUtc ? toUtcString(e.timeUtc) : null,
        ...(detail.timeNote ? { timeNote: detail.timeNote } : {}),
        ...(detail.timeApproximate ? { timeApproximate: true } : {}),
        ...(detail.bestSourceType ? { bestSourceType: detail.bestSourceType } : {}),
        state: e.state,
        serviceIds: e.serviceIds,
        serviceLabel: detail.serviceLabel,
        summary: e.summary,
        source,
        extraSources,
        confidence: e.confidence,
        provenance: e.provenance,
        cloudLink: detail.cloudLink,
        ...(e.claimOnly ? { claimOnly: true } : {}),
      };
    }),
  };
  const parsed = pastIncidentSchema.safeParse(candidate);
  if (!parsed.success) throw new Error(`Past incident "${incident.id}" in the database does not match the incident schema: ${parsed.error.message}`);
  return parsed.data;
}

/** A past incident as the database holds it; null when no past incident has that slug. */
export async function readPastIncident(db: Db, slug: string): Promise<PastIncident | null> {
  const found = await readIncidentWithEvents(db, slug);
  if (!found || found.incident.origin !== 'past') return null;
  return rowsToPastIncident(found.incident, found.events);
}
