// What the incident pages and the incident API read: the incidents in the database (past ones seeded
// from lib/incidents, detected ones written by the scheduler), joined with the catalog for names and
// groups, with the blast radius computed here. Pages and route handlers call these, never lib/db.
import { cache } from 'react';
import { getCatalog, type Category } from '@/lib/catalog';
import { getDatabase } from '@/lib/db/client';
import {
  readEventsOf,
  readIncidentFacets,
  readIncidents,
  readIncidentWithEvents,
  readOpenDetectedIncidentRows,
  rowsToPastIncident,
  toUtcString,
  type IncidentEventWithSources,
  type IncidentRow,
} from '@/lib/db/incidents';
import { eventDetailSchema, incidentSummarySchema, readLocalized, readMeasuredIncident } from '@/lib/db/incident-data';
import { readDetectionReviewsOf, readVerdictsOf } from '@/lib/db/detection-reviews';
import { deriveReview } from '@/lib/incidents/review-verdict';
import { detectedTitle, timelineSummary, type DetectedSubject } from '@/lib/incidents/detected-text';
import { deriveVendorLag } from '@/lib/status/reported';
import type { MeasuredIncident } from '@/lib/status/incidents';
import { blastRadius, isAffectedState, l1KeptProducing, type BlastRadius, type KeptProducing } from '@/lib/incidents/blast-radius';
import { incidentCsvFilename, incidentToCsv, incidentToJson, type ExportedIncident } from '@/lib/incidents/export';
import type { Locale } from '@/lib/i18n/routing';
import { DATA_LICENSE, METHODOLOGY_VERSION } from '@/lib/incidents/methodology';
import {
  EVENT_STATES,
  isSecondaryOnly,
  type Confidence,
  type EventState,
  type IncidentEvent,
  type Localized,
  type PastIncident,
  type Provenance,
} from '@/lib/incidents/types';
import { CONFIDENCES, PROVENANCES } from '@/lib/status/vocabulary';
import type {
  ActiveIncident,
  DetectionReview,
  EventRecord, FilterProblem, IncidentFilter, IncidentList, IncidentListItem, IncidentOriginFilter, IncidentRecord, MeasuredFacts, ServiceRef,
} from '@/lib/view-types';

function serviceRef(id: string): ServiceRef {
  const service = getCatalog().services.find((s) => s.id === id);
  return service
    ? { id, name: service.name, shortName: service.shortName, category: service.category }
    : { id, name: { ar: id, en: id }, shortName: id, category: 'other' };
}

function categoryOf(id: string): Category | undefined {
  const ref = serviceRef(id);
  return ref.category === 'other' ? undefined : ref.category;
}

// ---------------------------------------------------------------------------------------------------
// The list

export const YEAR_PATTERN = /^\d{4}$/;
export const INCIDENT_ORIGIN_FILTERS = ['measured', 'reconstructed'] as const satisfies readonly IncidentOriginFilter[];
const ORIGIN_OF_FILTER: Record<IncidentOriginFilter, 'detected' | 'past'> = { measured: 'detected', reconstructed: 'past' };
export const PROVIDER_PATTERN = /^[a-z0-9][a-z0-9 .-]{0,39}$/i;

/**
 * Reads `?provider=&year=` from a page's searchParams. An empty value means "all"; a malformed one (not
 * a provider name, not a four-digit year, repeated) is reported back and ignored, never thrown.
 */
export function parseIncidentFilter(query: Record<string, string | string[] | undefined>): { filter: IncidentFilter; problems: FilterProblem[] } {
  const problems: FilterProblem[] = [];
  const one = (param: FilterProblem['param']): string | null => {
    const raw = query[param];
    if (raw === undefined) return null;
    if (Array.isArray(raw)) {
      problems.push({ param, value: raw.join(', ') });
      return null;
    }
    // A visitor may type Arabic-Indic digits (٢٠٢٥): read them as the same year.
    const value = raw.trim().replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)));
    return value === '' ? null : value;
  };
  const provider = one('provider');
  const year = one('year');
  const origin = one('origin');
  const filter: IncidentFilter = { provider: null, year: null, origin: null };
  if (origin !== null) {
    const known = INCIDENT_ORIGIN_FILTERS.find((o) => o === origin.toLowerCase());
    if (known) filter.origin = known;
    else problems.push({ param: 'origin', value: origin });
  }
  if (provider !== null) {
    if (PROVIDER_PATTERN.test(provider)) filter.provider = provider.toLowerCase();
    else problems.push({ param: 'provider', value: provider });
  }
  if (year !== null) {
    const n = Number(year);
    if (YEAR_PATTERN.test(year) && n >= 2000 && n <= 2100) filter.year = n;
    else problems.push({ param: 'year', value: year });
  }
  return { filter, problems };
}

/** A stored value that is one of `values`, else `fallback` (columns are text: never trusted as a vocabulary). */
function pick<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return values.find((v) => v === value) ?? fallback;
}

/** A stored title or summary; when unreadable, the id stands in (as a detected incident's title does). */
const textOr = (value: unknown, id: string) => readLocalized(value, { ar: id, en: id });

/** A detected incident's title, written again from what was measured (older rows held the raw id). */
export function titleOf(row: IncidentRow) {
  const measured = row.origin === 'detected' ? readMeasuredIncident(row.data) : null;
  return measured ? detectedTitle(subjectOf(measured.targetId), measured.worstStatus, measured.reason) : textOr(row.title, row.id);
}

function listItem(
  row: IncidentRow,
  events: { state: string; serviceIds: string[]; claimOnly: boolean; bestSourceType?: IncidentEvent['bestSourceType'] }[],
): IncidentListItem {
  const data = incidentSummarySchema.parse(row.data);
  const affected = new Set<string>();
  for (const e of events) {
    // A claim, or an event only secondary sources or copies report, is never counted as fact.
    if (e.claimOnly || isSecondaryOnly(e) || !isAffectedState(pick<EventState>(EVENT_STATES, e.state, 'unknown'))) continue;
    for (const id of e.serviceIds) if (categoryOf(id) !== 'cloud') affected.add(id);
  }
  if (row.origin === 'detected' && row.serviceId && categoryOf(row.serviceId) !== 'cloud') affected.add(row.serviceId);
  return {
    slug: row.id,
    origin: row.origin,
    provider: row.provider,
    region: row.region,
    zone: data.zone ?? null,
    regionName: data.regionName ?? null,
    title: titleOf(row),
    startUtc: toUtcString(row.startedAt),
    endUtc: row.endedAt ? toUtcString(row.endedAt) : null,
    endBounds: data.endBounds ? { earliestUtc: data.endBounds.earliestUtc, latestUtc: data.endBounds.latestUtc } : null,
    affectedServiceCount: affected.size,
    inScope: data.inScope ?? true,
  };
}

/** Incidents newest first, past and detected together, filtered by provider and year. */
export async function listIncidents(query: Record<string, string | string[] | undefined>): Promise<IncidentList> {
  const { db } = await getDatabase();
  const { filter, problems } = parseIncidentFilter(query);
  const [rows, facets] = await Promise.all([
    readIncidents(db, { provider: filter.provider ?? undefined, year: filter.year ?? undefined }),
    readIncidentFacets(db),
  ]);
  const events = await readEventsOf(db, rows.map((r) => r.id));
  // The editors' verdict on each detection: the list marks a dismissed one (it stays listed).
  const verdicts = await readVerdictsOf(db, rows.filter((r) => r.origin === 'detected').map((r) => r.id));
  const byIncident = new Map<string, typeof events>();
  for (const e of events) byIncident.set(e.incidentId, [...(byIncident.get(e.incidentId) ?? []), e]);
  const providers = new Map<string, string>();
  for (const f of facets) if (f.provider) providers.set(f.provider.toLowerCase(), f.provider);
  const wanted = filter.origin ? ORIGIN_OF_FILTER[filter.origin] : null;
  // Active incidents first (the story now), then the rest newest first.
  const items = rows
    .filter((row) => wanted === null || row.origin === wanted)
    .map((row) => {
      const item = listItem(row, byIncident.get(row.id) ?? []);
      if (row.origin !== 'detected') return { ...item, review: null };
      const verdict = verdicts.get(row.id);
      return { ...item, review: verdict === 'dismiss' ? ('dismissed' as const) : verdict === 'confirm' ? ('confirmed' as const) : null };
    })
    .sort((a, b) => Number(b.endUtc === null && b.origin === 'detected') - Number(a.endUtc === null && a.origin === 'detected'));
  return {
    items,
    filter,
    problems,
    options: {
      providers: [...providers].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'en')),
      years: [...new Set(facets.map((f) => f.year))].sort((a, b) => b - a),
    },
  };
}

/** Open detected incidents, newest first: what the home page lists before anything else. */
export async function getActiveIncidents(): Promise<ActiveIncident[]> {
  const { db } = await getDatabase();
  const rows = await readOpenDetectedIncidentRows(db);
  const verdicts = await readVerdictsOf(db, rows.map((r) => r.id));
  return rows.map((row) => ({
    dismissed: verdicts.get(row.id) === 'dismiss',
    slug: row.id,
    title: titleOf(row),
    startUtc: toUtcString(row.startedAt),
    kind: (row.data as { kind?: unknown } | null)?.kind === 'cloud-event' ? 'cloud-event' : 'service',
  }));
}

// ---------------------------------------------------------------------------------------------------
// One incident

export interface IncidentDetail {
  incident: IncidentRecord;
  /** Every service an event names, with its catalog name and group. */
  services: Record<string, ServiceRef>;
  /** Computed without the events that rest on secondary sources or copies only (those are listed apart). */
  blast: BlastRadius<Category>;
  keptProducing: KeptProducing[];
  /** Events reported by secondary sources or copies only: shown as such, never counted in the blast radius. */
  secondaryOnly: EventRecord[];
  /** The span the charts draw: the start to the latest end the sources support (or the last known time). */
  window: { startUtc: string; endUtc: string };
  methodologyVersion: string;
}

/**
 * A detected incident as the scheduler writes it: the columns, plus whatever `data` and each event's
 * `detail` hold. Unknown or missing values fall back to what Marsad can say without guessing.
 */
function detectedRecord(row: IncidentRow, events: readonly IncidentEventWithSources[], now: number): IncidentRecord {
  const data = incidentSummarySchema.parse(row.data);
  const startUtc = toUtcString(row.startedAt);
  const endUtc = row.endedAt ? toUtcString(row.endedAt) : null;
  const measured = readMeasuredIncident(row.data);
  return {
    ...(measured && { measured: measuredFacts(measured, now) }),
    origin: 'detected',
    slug: row.id,
    factsId: row.id,
    provider: row.provider ?? '',
    region: row.region ?? '',
    title: titleOf(row),
    summary: null,
    rootCause: null,
    rootCauseConfidence: null,
    durationNote: null,
    phase: data.phase ?? (endUtc ? 'resolved' : 'investigating'),
    startUtc,
    endUtc,
    phases: [],
    disagreements: [],
    notVerified: [],
    sources: [],
    corrections: [],
    lastUpdated: toUtcString(row.updatedAt).slice(0, 10),
    inScope: true,
    events: events.map((e) => {
      const detail = eventDetailSchema.parse(e.detail);
      const [source = null, ...extraSources] = e.sources;
      const serviceIds = e.serviceIds.length ? e.serviceIds : row.serviceId ? [row.serviceId] : [];
      const state = pick<EventState>(EVENT_STATES, e.state, 'unknown');
      return {
        id: e.id,
        timeUtc: e.timeUtc ? toUtcString(e.timeUtc) : null,
        state,
        serviceIds: serviceIds as EventRecord['serviceIds'],
        serviceLabel: detail.serviceLabel ?? serviceIds.map((id) => serviceRef(id).shortName).join(', '),
        // Written again from what was measured, so a better wording reaches older entries.
        summary: detail.measured && state !== 'resolved' ? timelineSummary({ ...detail.measured, status: state }) : textOr(e.summary, e.id),
        source,
        extraSources,
        confidence: pick(CONFIDENCES, e.confidence, 'medium'),
        provenance: pick(PROVENANCES, e.provenance, 'measured'),
        cloudLink: detail.cloudLink ?? 'none',
        ...(e.claimOnly ? { claimOnly: true } : {}),
      };
    }),
  };
}

/** The subject of a detected incident's title: its catalog short name and group. */
function subjectOf(serviceId: string): DetectedSubject {
  const ref = serviceRef(serviceId);
  return { shortName: ref.shortName, category: ref.category };
}

/** What was measured, and the company's acknowledgement as a vendor-lag range (lib/status deriveVendorLag). */
function measuredFacts(incident: MeasuredIncident, now: number): MeasuredFacts {
  const service = getCatalog().services.find((s) => s.id === incident.targetId);
  const hasFeed = service?.monitors.some((m) => m.role === 'reported') ?? false;
  const lag = deriveVendorLag({
    firstFailAt: incident.startedAt,
    incidentCreatedAt: incident.acknowledgedCreatedAt ?? null,
    firstSeenAt: incident.acknowledgedAt ?? null,
    now,
  });
  const acknowledgement: MeasuredFacts['acknowledgement'] =
    !hasFeed && incident.acknowledgedAt == null
      ? { kind: 'no_feed' }
      : lag.kind === 'acknowledged' && incident.acknowledgedAt != null
        ? { kind: 'acknowledged', atUtc: toUtcString(new Date(incident.acknowledgedAt)), lagMinSec: lag.minSec, lagMaxSec: lag.maxSec }
        : lag.kind === 'none_within_24h'
          ? { kind: 'none_within_24h' }
          : { kind: 'pending' };
  return {
    serviceId: incident.targetId,
    precisionSec: incident.precisionSec,
    worstStatus: incident.worstStatus,
    reason: incident.reason,
    reopenCount: incident.reopenCount,
    acknowledgement,
  };
}

function chartWindow(incident: IncidentRecord): { startUtc: string; endUtc: string } {
  const candidates = [
    incident.endBounds?.latestUtc,
    incident.endUtc,
    ...incident.events.map((e) => e.timeUtc),
  ].filter((t): t is string => typeof t === 'string' && t > incident.startUtc);
  const last = candidates.sort().at(-1);
  // Nothing after the start is known: draw one hour, the charts say the end is not known.
  return { startUtc: incident.startUtc, endUtc: last ?? toUtcString(new Date(Date.parse(incident.startUtc) + 3_600_000)) };
}

async function loadIncident(slug: string): Promise<IncidentDetail | null> {
  const { db } = await getDatabase();
  const found = await readIncidentWithEvents(db, slug);
  if (!found) return null;
  const incident: IncidentRecord =
    found.incident.origin === 'past'
      ? { origin: 'past', ...rowsToPastIncident(found.incident, found.events) }
      : detectedRecord(found.incident, found.events, Date.now());
  if (incident.origin === 'detected') {
    // What the editors wrote and decided, labelled apart; a review dates the record's last update too.
    const reviews = await readDetectionReviewsOf(db, [slug]);
    incident.review = deriveReview(
      reviews.map((r) => ({ id: r.id, kind: r.kind, at: r.at, body: r.body ? { ar: String(r.body.ar ?? ''), en: typeof r.body.en === 'string' ? r.body.en : null } : null })),
    );
    const reviewed = reviews.at(-1)?.at;
    if (reviewed && toUtcString(reviewed).slice(0, 10) > incident.lastUpdated) incident.lastUpdated = toUtcString(reviewed).slice(0, 10);
  }
  const ids = [...new Set([...incident.events.flatMap((e) => e.serviceIds), ...(incident.measured ? [incident.measured.serviceId] : [])])];
  // The blast radius reads times, states and services only; provenance and source do not enter it. An
  // event resting on secondary sources or copies only is not a fact it may count (facts README).
  const counted = { ...incident, events: incident.events.filter((e) => !isSecondaryOnly(e)) } as unknown as PastIncident;
  return {
    incident,
    services: Object.fromEntries(ids.map((id) => [id, serviceRef(id)])),
    blast: blastRadius(counted, categoryOf),
    keptProducing: l1KeptProducing(counted, categoryOf),
    secondaryOnly: incident.events.filter((e) => isSecondaryOnly(e) && !e.claimOnly),
    window: chartWindow(incident),
    methodologyVersion: METHODOLOGY_VERSION,
  };
}

/** One incident by its slug, or null. Cached per request: metadata and page share one read. */
export const getIncident = cache(loadIncident);

// ---------------------------------------------------------------------------------------------------
// Exports (the same record the page shows)

export interface IncidentJson extends ExportedIncident {
  origin: 'past' | 'detected';
  methodologyVersion: string;
  license: { id: string; url: string };
  /** A detection the editors reviewed: their verdict, reason and corrections, labelled apart from what was measured. */
  review?: DetectionReview & { provenance: 'editor' };
}

function exportable(incident: IncidentRecord): PastIncident {
  // A measured event has no source link: the export writes an empty one rather than inventing it.
  return { ...incident, events: incident.events.map((e) => ({ ...e, source: e.source ?? '' })) } as unknown as PastIncident;
}

export async function getIncidentJson(slug: string): Promise<IncidentJson | null> {
  const detail = await getIncident(slug);
  if (!detail) return null;
  return {
    ...incidentToJson(exportable(detail.incident)),
    origin: detail.incident.origin,
    methodologyVersion: detail.methodologyVersion,
    license: { id: DATA_LICENSE.id, url: DATA_LICENSE.url.en },
    ...(detail.incident.review && { review: { provenance: 'editor' as const, ...detail.incident.review } }),
  };
}

export async function getIncidentCsv(slug: string, locale: Locale): Promise<{ body: string; filename: string } | null> {
  const detail = await getIncident(slug);
  if (!detail) return null;
  const incident = exportable(detail.incident);
  return { body: incidentToCsv(incident, locale), filename: incidentCsvFilename(incident, locale) };
}
