// Downloadable data for journalists (docs/methodology.md § For journalists): the same fields the incident page
// shows for each event — time in UTC (or empty, "time not confirmed"), state, services, summary, source,
// confidence, provenance — as JSON and as CSV. Pure.
//
// CSV: UTF-8 with a byte-order mark (so spreadsheet programs read Arabic correctly), RFC 4180 quoting
// (fields with a comma, a double quote, CR or LF are quoted, quotes doubled), CRLF line ends.
import {
  CLAIMED_NOT_VERIFIED,
  SECONDARY_ONLY,
  CONFIDENCE_LABELS,
  PROVENANCE_LABELS,
  STATE_LABELS,
  TIME_APPROXIMATE,
  TIME_NOT_CONFIRMED,
} from './labels';
import type { Locale } from '@/lib/i18n/routing';
import {
  isSecondaryOnly,
  siteName,
  type Confidence,
  type Correction,
  type EventState,
  type IncidentEvent,
  type Localized,
  type PastIncident,
  type Provenance,
  type SourceInfo,
  type SourceType,
} from './types';

export const EXPORT_FORMAT = 'marsad.past-incident.v1';

export interface ExportedEvent {
  /** The permalink anchor (`#event-…`). */
  id: string;
  /** null: time not confirmed. */
  timeUtc: string | null;
  timeConfirmed: boolean;
  timeApproximate: boolean;
  timeNote: Localized | null;
  state: EventState;
  serviceIds: string[];
  services: string;
  summary: Localized;
  source: string;
  sourceSite: string;
  extraSources: string[];
  confidence: Confidence;
  provenance: Provenance;
  /** true: published only as "claimed, not verified". */
  claimOnly: boolean;
  /** The strongest type among its sources (null for a measured event). */
  bestSourceType: SourceType | null;
  /** true: its sources are only secondary or copies; it is reported as such, never counted as fact. */
  secondarySourcesOnly: boolean;
}

export interface ExportedIncident {
  format: typeof EXPORT_FORMAT;
  slug: string;
  title: Localized;
  provider: string;
  region: string;
  zone: string | null;
  startUtc: string;
  endUtc: string | null;
  endNote: Localized | null;
  lastUpdated: string;
  corrections: Correction[];
  sources: string[];
  /** Every source the incident cites, with its type, publisher, and title and date where known. */
  sourceInfo: SourceInfo[];
  events: ExportedEvent[];
}

function exportEvent(e: IncidentEvent): ExportedEvent {
  return {
    id: e.id,
    timeUtc: e.timeUtc,
    timeConfirmed: e.timeUtc !== null,
    timeApproximate: e.timeApproximate === true,
    timeNote: e.timeNote ?? null,
    state: e.state,
    serviceIds: [...e.serviceIds],
    services: e.serviceLabel,
    summary: { ...e.summary },
    source: e.source,
    sourceSite: siteName(e.source),
    extraSources: [...e.extraSources],
    confidence: e.confidence,
    provenance: e.provenance,
    claimOnly: e.claimOnly === true,
    bestSourceType: e.bestSourceType ?? null,
    secondarySourcesOnly: isSecondaryOnly(e),
  };
}

/** A plain, JSON-serialisable object (pass it to JSON.stringify or Response.json). */
export function incidentToJson(incident: PastIncident): ExportedIncident {
  return {
    format: EXPORT_FORMAT,
    slug: incident.slug,
    title: { ...incident.title },
    provider: incident.provider,
    region: incident.region,
    zone: incident.zone ?? null,
    startUtc: incident.startUtc,
    endUtc: incident.endUtc,
    endNote: incident.endNote ?? null,
    lastUpdated: incident.lastUpdated,
    corrections: incident.corrections.map((c) => ({ ...c })),
    sources: [...incident.sources],
    sourceInfo: (incident.sourceInfo ?? []).map((s) => ({ ...s })),
    events: incident.events.map(exportEvent),
  };
}

export const CSV_COLUMNS = [
  'id',
  'timeUtc',
  'timeNote',
  'state',
  'services',
  'summary',
  'source',
  'extraSources',
  'confidence',
  'provenance',
  'verification',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const CSV_HEADERS: Readonly<Record<CsvColumn, Localized>> = {
  id: { ar: 'معرّف الحدث', en: 'Event ID' },
  timeUtc: { ar: 'الوقت (UTC)', en: 'Time (UTC)' },
  timeNote: { ar: 'ملاحظة عن الوقت', en: 'Time note' },
  state: { ar: 'الحالة', en: 'State' },
  services: { ar: 'الخدمات', en: 'Services' },
  summary: { ar: 'ما حدث', en: 'What happened' },
  source: { ar: 'المصدر', en: 'Source' },
  extraSources: { ar: 'مصادر إضافية', en: 'Other sources' },
  confidence: { ar: 'درجة الثقة', en: 'Confidence' },
  provenance: { ar: 'أصل المعلومة', en: 'Provenance' },
  verification: { ar: 'التحقق', en: 'Verification' },
};

export const BOM = '\uFEFF';
export const CRLF = '\r\n';

/** RFC 4180: quote a field holding a comma, a double quote, CR or LF; double the quotes inside. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function timeNoteCell(e: IncidentEvent, locale: Locale): string {
  const parts: string[] = [];
  if (e.timeUtc === null) parts.push(TIME_NOT_CONFIRMED[locale]);
  else if (e.timeApproximate) parts.push(TIME_APPROXIMATE[locale]);
  if (e.timeNote) parts.push(e.timeNote[locale]);
  return parts.join(' — ');
}

export function eventCsvRow(e: IncidentEvent, locale: Locale): Record<CsvColumn, string> {
  return {
    id: e.id,
    timeUtc: e.timeUtc ?? '',
    timeNote: timeNoteCell(e, locale),
    state: STATE_LABELS[e.state][locale],
    services: e.serviceLabel,
    summary: e.summary[locale],
    source: e.source,
    extraSources: e.extraSources.join(' '),
    confidence: CONFIDENCE_LABELS[e.confidence][locale],
    provenance: PROVENANCE_LABELS[e.provenance][locale],
    verification: e.claimOnly ? CLAIMED_NOT_VERIFIED[locale] : isSecondaryOnly(e) ? SECONDARY_ONLY[locale] : '',
  };
}

/** One header row, then one row per event in the incident's order; BOM first, CRLF after every row. */
export function incidentToCsv(incident: PastIncident, locale: Locale): string {
  const rows = [
    CSV_COLUMNS.map((c) => CSV_HEADERS[c][locale]),
    ...incident.events.map((e) => {
      const row = eventCsvRow(e, locale);
      return CSV_COLUMNS.map((c) => row[c]);
    }),
  ];
  return BOM + rows.map((r) => r.map(csvField).join(',') + CRLF).join('');
}

export function incidentCsvFilename(incident: Pick<PastIncident, 'slug'>, locale: Locale): string {
  return `marsad-${incident.slug}-${locale}.csv`;
}
