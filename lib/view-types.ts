// The shapes that read models return and components render: the one module components import from the
// server side, and only types (tests/unit/architecture.test.ts holds that rule). Read models in
// lib/read-models build these values; pages pass them down as props.
import type { Category } from '@/lib/catalog/schema';
import type { Confidence, EventState, IncidentEvent, Localized, PastIncident, Provenance, SourceInfo } from '@/lib/incidents/types';
import type { HistoryRange, HistoryResolution } from '@/lib/read-models/service-history';
import type { UptimeDay, UptimeFigure } from '@/lib/status/uptime';
import type { VendorLag } from '@/lib/status/reported';
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
  /** The status comes from Marsad's own probes (false: unknown, or only the company's word). */
  measured: boolean;
  /** "Failing from k of n vantages"; null before any evaluation. */
  failing: { k: number; n: number } | null;
  /** What the company's own status page or feed says, beside the measurement. */
  reported: { status: Status; reason: Reason | null } | null;
  latencyMs: number | null;
  /** Chains: age of the newest block and its height. */
  headAgeSec: number | null;
  bestHeight: number | null;
  cloudDependencies: { provider: string; region: string | null }[];
}

export interface StatusSnapshot {
  generatedAt: string;
  /** The newest check behind any status, or null when nothing was ever measured. */
  dataAsOf: string | null;
  /** Our own measurements are older than LATE_AFTER_MS: statuses are not current. */
  late: boolean;
  methodologyVersion: string;
  services: ServiceSnapshot[];
}

export interface LiveStatus extends StatusSnapshot {
  /** Cloud service id → its feed's open incidents (count and regions) at the newest read. */
  cloudIncidents: Record<string, CloudIncidentSummary>;
  /** Incidents Marsad detected that are still open, newest first: the home page lists them before anything else. */
  activeIncidents: ActiveIncident[];
  /** Cloud-outage events open now (services failing together on one cloud region): one banner sentence each. */
  cloudEvents: CloudEventSummary[];
}

/** An open detected incident, as the home page lists it. */
export interface ActiveIncident {
  slug: string;
  title: Localized;
  startUtc: string;
  /** A service's own incident, a cloud-outage event grouping several, or one Marsad's editors declared. */
  kind: 'service' | 'cloud-event' | 'editor';
  /** A detection the editors dismissed as a false positive stays listed while open, marked. */
  dismissed?: boolean;
}

/** An event as pages show it: a past event, or one Marsad measured (no source link, no cloud link). */
export type EventRecord = Omit<IncidentEvent, 'provenance' | 'source'> & { provenance: Provenance; source: string | null };

/** What Marsad measured about an incident it detected itself (docs/methodology.md § Incidents). */
export interface MeasuredFacts {
  serviceId: string;
  /** Both ends are known to ± this: one check interval. */
  precisionSec: number;
  worstStatus: Status;
  reason: Reason | null;
  reopenCount: number;
  /**
   * The company's own word: `acknowledged` with the vendor lag as a range (seconds after the first
   * failing check; negative: the company spoke first), `pending` (not yet, under 24 h), `none_within_24h`,
   * or `no_feed` (Marsad reads no status page or feed of this company).
   */
  acknowledgement:
    | { kind: 'acknowledged'; atUtc: string; lagMinSec: number; lagMaxSec: number }
    | { kind: 'pending' }
    | { kind: 'none_within_24h' }
    | { kind: 'no_feed' };
}

/** An incident as pages show it. A past incident fills every field; a detected one leaves the story empty. */
export type IncidentRecord = Omit<
  PastIncident,
  'summary' | 'rootCause' | 'rootCauseConfidence' | 'durationNote' | 'events' | 'rootCauseSources' | 'sourceInfo'
> & {
  origin: 'past' | 'detected';
  /** A past incident's root-cause sources and every source it cites, typed (a detected incident has none). */
  rootCauseSources?: string[];
  sourceInfo?: SourceInfo[];
  /** Detected incidents of one service: what was measured. */
  measured?: MeasuredFacts;
  /** A detection (detected incident or cloud-outage event): what the editors wrote and decided about it. */
  review?: DetectionReview;
  summary: Localized | null;
  rootCause: Localized | null;
  rootCauseConfidence: Confidence | null;
  durationNote: Localized | null;
  events: EventRecord[];
};

export interface ServiceRef {
  id: string;
  name: Localized;
  shortName: string;
  category: Category | 'other';
}

export interface IncidentListItem {
  slug: string;
  origin: 'past' | 'detected';
  provider: string | null;
  region: string | null;
  zone: string | null;
  regionName: Localized | null;
  title: Localized;
  startUtc: string;
  endUtc: string | null;
  /** Where the end is known only as a range. */
  endBounds: { earliestUtc: string; latestUtc: string } | null;
  /** Services (not the cloud itself) that a non-claim event says were degraded or down. */
  affectedServiceCount: number;
  inScope: boolean;
  /** A detection's verdict by the editors (null: not judged); absent for rebuilt incidents. */
  review?: DetectionVerdict | null;
}

// ---------------------------------------------------------------------------------------------------
// The editors' review of a detection (the desk, issue 16 item 3): labelled "editor", apart from what was
// measured and what the company reported. A dismissal is a correction: listed, never hidden or deleted.

export type DetectionVerdict = 'confirmed' | 'dismissed';
export type DetectionReviewKind = 'update' | 'confirm' | 'dismiss';

export interface DetectionReviewEntry {
  atUtc: string;
  kind: DetectionReviewKind;
  /** An update's text, a dismissal's reason, a confirmation's note (null when it has none). */
  text: EditorText | null;
}

export interface DetectionReview {
  /** The newest confirmation or dismissal; null while no editor has judged the detection. */
  verdict: DetectionVerdict | null;
  verdictUtc: string | null;
  /** While dismissed: the reason. */
  reason: EditorText | null;
  /** Oldest first: every update, confirmation and dismissal. */
  entries: DetectionReviewEntry[];
  /** What corrected the published record: every dismissal, and a confirmation that undid one. */
  corrections: DetectionReviewEntry[];
}

/** How an incident is known: measured (detected by Marsad itself) or reconstructed (from public reports). */
export type IncidentOriginFilter = 'measured' | 'reconstructed';

export interface IncidentFilter {
  provider: string | null;
  year: number | null;
  origin: IncidentOriginFilter | null;
}

export interface FilterProblem {
  param: 'provider' | 'year' | 'origin';
  value: string;
}

export interface IncidentList {
  items: IncidentListItem[];
  filter: IncidentFilter;
  problems: FilterProblem[];
  /** The filter's choices: every provider and UTC year that has an incident. */
  options: { providers: { value: string; label: string }[]; years: number[] };
}

export interface HistoryPoint {
  /** Start of the bucket, ISO 8601 UTC. */
  t: string;
  checks: number;
  /** Eligible checks that failed (blocked, rate-limited and impaired-vantage checks are not failures). */
  failures: number;
  /** Checks that got an answer: their response times are the figures below. */
  answered: number;
  latencyAvgMs: number | null;
  /** Null where it is not known (rollups keep no percentile). */
  latencyP95Ms: number | null;
  latencyMaxMs: number | null;
  /**
   * Chains: the head age of the freshest endpoint, at its worst in the bucket (per endpoint the oldest
   * head it reported, then the best endpoint): a chain is alive if any healthy endpoint sees a fresh head.
   */
  headAgeSec: number | null;
}

export interface ServiceHistory {
  serviceId: string;
  range: HistoryRange;
  resolution: HistoryResolution;
  /** [from, to), ISO 8601 UTC; points run oldest first, one per bucket, empty buckets included. */
  from: string;
  to: string;
  bucketSec: number;
  source: 'checks' | 'rollups';
  /** The monitors measured: a service's own access or liveness endpoints, never its status page. */
  monitorIds: string[];
  /** Whether head age applies (chains) and is available at this range (raw checks only). */
  headAge: boolean;
  points: HistoryPoint[];
}

export interface MonitorVantage {
  vantage: string;
  checks: number;
  answered: number;
  failures: number;
  lastAt: string;
  lastOutcome: 'up' | 'degraded' | 'down' | 'ineligible';
  lastReason: Reason | null;
  lastLatencyMs: number;
}

export interface DetectedIncidentSummary {
  slug: string;
  startedAt: string;
  endedAt: string | null;
  worstStatus: Status;
  reason: Reason | null;
  /** Both ends are known to ± this many seconds (one check interval). */
  precisionSec: number;
}

export interface PastIncidentEntry {
  slug: string;
  title: Localized;
  provider: string;
  region: string;
  startUtc: string;
  events: { id: string; timeUtc: string | null; state: EventState; summary: Localized; provenance: 'reported' | 'reconstructed' }[];
}

export interface ServiceIncidents {
  detected: DetectedIncidentSummary[];
  past: PastIncidentEntry[];
}

export interface UptimeBarDay extends UptimeDay {
  /** Incidents (detected, or past events) that touched this UTC day. */
  incidents: number;
}

export interface UptimeOverview {
  days: UptimeBarDay[];
  /** The whole span's figure, from the same daily rollups. */
  total: UptimeFigure;
}

export interface CloudIncidentSummary {
  /** Open incidents the cloud's feed lists at its newest read. */
  count: number;
  /** The regions they name (the feed's own codes), without "global". */
  regions: string[];
}

/** Where an address maps (lib/exposure/map-address.ts AddressMapping): a cloud region, or a CDN's edge. */
export interface ExposureMapping {
  providerId: string;
  providerName: string;
  /** `cdn`: behind that CDN, its origin not visible; never a region. */
  kind: 'cloud' | 'cdn';
  region: string | null;
  prefix: string;
  /** The date of the range data used, and whether it is the shipped snapshot or a copy fetched since. */
  snapshotDate: string;
  origin: 'snapshot' | 'fetched';
}

/** One vantage's newest recorded address for an endpoint. */
export interface ExposureObservation {
  vantage: string;
  address: string;
  /** ISO 8601 UTC: when the check that connected started. */
  measuredAt: string;
  /** null: the address is in no published range (self-hosted, or a provider Marsad has no ranges for). */
  mapping: ExposureMapping | null;
}

export interface ExposureEndpoint {
  monitorId: string;
  host: string;
  role: 'liveness' | 'access' | 'reported';
  /** Empty: no address recorded within the window (not yet measured, or no connection succeeded). */
  observations: ExposureObservation[];
}

/** A dependency a public source states (the catalog's cloudDependencies). */
export interface ExposureStated {
  providerId: string;
  providerName: string;
  region: string | null;
  source: string;
}

export interface ServiceExposure {
  serviceId: string;
  name: { ar: string; en: string };
  shortName: string;
  category: Category;
  stated: ExposureStated[];
  endpoints: ExposureEndpoint[];
}

/** A matrix column: a cloud provider and region (region null: none stated or published), or a CDN. */
export interface ExposureColumn {
  key: string;
  providerId: string;
  providerName: string;
  kind: 'cloud' | 'cdn';
  region: string | null;
}

/** `cdn`: measured behind that CDN (origin not visible). */
export type ExposureBasis = 'stated' | 'measured' | 'both' | 'cdn';

export interface ExposureCell {
  serviceId: string;
  columnKey: string;
  basis: ExposureBasis;
  /** The newest measurement behind a measured, both or cdn cell (ISO 8601 UTC). */
  measuredAt: string | null;
  /** The stated dependency's sources. */
  sources: string[];
}

/** The range data in use, per feed (one provider's published file). */
export interface ExposureFeedInfo {
  id: string;
  providerNames: string[];
  dataDate: string;
  origin: 'snapshot' | 'fetched';
  /** ISO 8601 UTC, for a fetched copy. */
  fetchedAt: string | null;
  /** Whether it has an official address to refresh from (Azure and Akamai do not). */
  refreshable: boolean;
}

export interface ExposureView {
  /** How far back a recorded address counts (hours). */
  windowHours: number;
  feeds: ExposureFeedInfo[];
  services: ServiceExposure[];
  columns: ExposureColumn[];
  cells: ExposureCell[];
}

// --- Cloud-outage events (lib/read-models/cloud-events.ts) ---

/** A service as a cloud-outage event names it: its Latin short name goes inside Arabic sentences. */
export interface CloudEventServiceName {
  id: string;
  shortName: string;
  name: Localized;
}

/** A cloud-outage event as the home banner and the links show it. */
export interface CloudEventSummary {
  slug: string;
  /** The cloud's short name (`AWS`) and its region code. */
  provider: string;
  region: string;
  startUtc: string;
  endUtc: string | null;
  /** Opened on the cloud's own report, or on K services failing within W without one. */
  trigger: 'cloud_report' | 'correlated_failures';
  /** Members failing now. */
  failing: CloudEventServiceName[];
  memberCount: number;
  /** What the cloud said: nothing yet ("not acknowledged"), an open incident, or its resolution. */
  cloud: 'not_reported' | 'reported' | 'resolved';
  /** The acknowledgement lies in this range (the cloud's own time, Marsad's first reading). */
  acknowledgedUtc: { earliest: string; latest: string } | null;
  vendorLag: VendorLag;
  /** Chains measured producing blocks during the event and never stalled in it. */
  keptProducing: { l1: CloudEventServiceName[]; l2: CloudEventServiceName[] };
  /** Chains measured stalled during the event. */
  stalled: CloudEventServiceName[];
}

export interface CloudEventMemberView extends CloudEventServiceName {
  basis: ('stated' | 'measured')[];
  /** The public report that states the dependency (stated). */
  source: string | null;
  /** When the exposure map last saw it answer from the region (measured). */
  measuredUtc: string | null;
  failedUtc: string;
  recoveredUtc: string | null;
  worstStatus: Status;
  /** The member's own detected incidents during the event. */
  incidentSlugs: string[];
  spells: { failedUtc: string; recoveredUtc: string | null }[];
}

/** One cloud-outage event whole, for its page. */
export interface CloudEventDetail extends CloudEventSummary {
  members: CloudEventMemberView[];
  cloudServiceId: string | null;
  cloudIncidentIds: string[];
  cloudIncidentUrl: string | null;
  cloudResolvedUtc: string | null;
  closedUtc: string | null;
  /** The windows the rules ran with (K, W, quiet, rejoin). */
  settings: { minServices: number; windowSec: number; quietSec: number; rejoinSec: number };
}

// ---------------------------------------------------------------------------------------------------
// Editors' incidents (the desk, issue 16): what an editor wrote, labelled apart from what was measured.

export type EditorPhase = 'investigating' | 'identified' | 'monitoring' | 'resolved';

/** Text in both languages; English may be missing (the page says "Arabic only"). */
export interface EditorText {
  ar: string;
  en: string | null;
}

export interface EditorImpact {
  service: ServiceRef;
  impact: Status;
}

export interface EditorUpdate {
  atUtc: string;
  phase: EditorPhase;
  body: EditorText;
  impacts: EditorImpact[];
}

export interface EditorIncident {
  origin: 'editor';
  slug: string;
  title: EditorText;
  body: EditorText;
  phase: EditorPhase;
  startUtc: string;
  resolvedUtc: string | null;
  updatedUtc: string;
  impacts: EditorImpact[];
  /** Oldest first, the declaration included. */
  updates: EditorUpdate[];
}

/** A published postmortem of an incident (any origin), written by Marsad's editors (lib/desk/postmortems.ts). */
export interface PublishedPostmortem {
  incidentSlug: string;
  body: EditorText;
  publishedUtc: string;
  /** Set when the text changed after it was published. */
  revisedUtc: string | null;
}

/** An announced maintenance window as the pages, the API and the feeds show it (lib/read-models/maintenance.ts). */
export interface MaintenanceView {
  id: string;
  /** Who announced it: Marsad's editors, or the company on its own status page. */
  source: 'editor' | 'company';
  /** For a company's window: the company's name as the page names it ("Coinbase's status page"). */
  company: string | null;
  services: ServiceRef[];
  startUtc: string;
  endUtc: string;
  announcedUtc: string;
  updatedUtc: string;
  cancelledUtc: string | null;
  phase: 'scheduled' | 'in_progress' | 'completed' | 'cancelled';
  /** An editor's text (Arabic required), or the company's own words (usually English only). */
  description: { ar: string | null; en: string | null };
  /** The company's notice. */
  sourceUrl: string | null;
}
