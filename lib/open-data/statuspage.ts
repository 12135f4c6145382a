// Marsad as an Atlassian Statuspage v2 page (/api/v2/summary.json, status.json, components.json,
// incidents.json), so tools that read Statuspage pages read Marsad unchanged. Pure: the routes pass the
// snapshot, the incidents and the words of the chosen language.
//
// Statuspage has no "unknown". Marsad never turns unknown into a status it did not measure:
// - a service whose status is unknown (no trustworthy recent data, not monitored live, or our own
//   measurements are late) is omitted from `components`, and listed under the extension key `marsad`;
// - a group lists only its known services, and is omitted when none is known;
// - the page indicator is never `none` ("All Systems Operational") without data: with nothing known it
//   is `minor`, described as "status unknown".
import { CATEGORIES, type Category } from '@/lib/catalog/schema';
import { CLAIMED_NOT_VERIFIED, TIME_NOT_CONFIRMED } from '@/lib/incidents/labels';
import type { Locale } from '@/lib/i18n/routing';
import type { Status } from '@/lib/status/vocabulary';
import type { EventState } from '@/lib/incidents/types';
import { effectiveStatus, summarizeSet } from '@/lib/read-models/group-status';
import type { EventRecord, IncidentRecord, StatusSnapshot } from '@/lib/view-types';

export const SP_COMPONENT_STATUSES = ['operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance'] as const;
export type SpComponentStatus = (typeof SP_COMPONENT_STATUSES)[number];
export const SP_INDICATORS = ['none', 'minor', 'major', 'critical'] as const;
export type SpIndicator = (typeof SP_INDICATORS)[number];
export const SP_INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved', 'postmortem'] as const;
export type SpIncidentStatus = (typeof SP_INCIDENT_STATUSES)[number];

/** Every known status has its Statuspage word; `unknown` has none on purpose (see the file header). */
export const COMPONENT_STATUS: Record<Exclude<Status, 'unknown'>, SpComponentStatus> = {
  operational: 'operational',
  degraded: 'degraded_performance',
  partial_outage: 'partial_outage',
  major_outage: 'major_outage',
  maintenance: 'under_maintenance',
};

export const INDICATOR: Record<Status, SpIndicator> = {
  operational: 'none',
  maintenance: 'none',
  degraded: 'minor',
  partial_outage: 'major',
  major_outage: 'critical',
  // Nothing known: not "none". A tool showing only the indicator must not show green.
  unknown: 'minor',
};

export const PAGE_ID = 'marsad';

export interface SpPage {
  id: string;
  name: string;
  url: string;
  time_zone: string;
  updated_at: string;
}

export interface SpComponent {
  id: string;
  name: string;
  status: SpComponentStatus;
  created_at: string;
  updated_at: string;
  position: number;
  description: string | null;
  showcase: boolean;
  start_date: string | null;
  group_id: string | null;
  page_id: string;
  group: boolean;
  only_show_if_degraded: boolean;
  /** Groups only: the ids of their components. */
  components?: string[];
}

/** One update of an incident or a scheduled maintenance, as Statuspage writes it; `S` is its status words. */
export interface SpUpdate<S extends string> {
  id: string;
  status: S;
  body: string;
  incident_id: string;
  created_at: string;
  updated_at: string;
  display_at: string;
  affected_components: null;
  deliver_notifications: boolean;
  custom_tweet: null;
  tweet_id: null;
}

export type SpIncidentUpdate = SpUpdate<SpIncidentStatus>;

export interface SpIncident {
  id: string;
  name: string;
  status: SpIncidentStatus;
  created_at: string;
  updated_at: string;
  monitoring_at: string | null;
  resolved_at: string | null;
  impact: SpIndicator;
  shortlink: string;
  started_at: string;
  page_id: string;
  incident_updates: SpIncidentUpdate[];
  components: SpComponent[];
}

export interface SpStatus {
  indicator: SpIndicator;
  description: string;
}

/** What Marsad adds beside the Statuspage fields (clients that do not know it ignore it). */
export interface MarsadExtension {
  late: boolean;
  data_as_of: string | null;
  methodology_version: string;
  /** Monitored services omitted from `components` because their status is unknown now. */
  unknown_components: { id: string; name: string; group_id: string; reason: string | null }[];
  /** Services Marsad lists but cannot measure (no public endpoint): never a component. */
  not_monitored: { id: string; name: string; group_id: string }[];
  /** Where the mapping is explained. */
  documentation: string;
}

export interface StatuspageLabels {
  pageName: string;
  groups: Record<Category, string>;
  /** The page status sentence for the worst known status (unknown: nothing known). */
  indicator: Record<Status, string>;
  /** Appended when some monitored services are unknown, e.g. "3 services have no recent data". */
  someUnknown: (count: number) => string;
  source: string;
  /** A detection's review by the editors: each entry an update of its own, labelled. */
  review?: { label: string; kinds: Record<'update' | 'confirm' | 'dismiss', string> };
}

export interface StatuspageContext {
  lang: Locale;
  /** Absolute URL of the page in that language (e.g. https://marsad.example/en). */
  pageUrl: string;
  labels: StatuspageLabels;
  /** Path of the documentation page that explains the mapping. */
  documentation: string;
}

export const groupComponentId = (category: Category) => `group-${category}`;

export function statuspagePage(snapshot: StatusSnapshot, context: StatuspageContext): SpPage {
  return { id: PAGE_ID, name: context.labels.pageName, url: context.pageUrl, time_zone: 'Etc/UTC', updated_at: snapshot.dataAsOf ?? snapshot.generatedAt };
}

export function statuspageStatus(snapshot: StatusSnapshot, labels: StatuspageLabels): SpStatus {
  const summary = summarizeSet(snapshot.services, snapshot.late);
  const unknown = summary.total - summary.known;
  const base = labels.indicator[summary.status];
  return {
    indicator: INDICATOR[summary.status],
    description: summary.status !== 'unknown' && unknown > 0 ? `${base}; ${labels.someUnknown(unknown)}` : base,
  };
}

/** Groups first in Marsad's order, each followed by its known services, as Statuspage lists them. */
export function statuspageComponents(snapshot: StatusSnapshot, context: StatuspageContext): { components: SpComponent[]; marsad: MarsadExtension } {
  const components: SpComponent[] = [];
  const unknown: MarsadExtension['unknown_components'] = [];
  const notMonitored: MarsadExtension['not_monitored'] = [];
  const lang = context.lang;
  CATEGORIES.forEach((category, groupIndex) => {
    const groupId = groupComponentId(category);
    const members = snapshot.services.filter((s) => s.category === category);
    const known = [];
    for (const service of members) {
      const status = effectiveStatus(service, snapshot);
      if (!service.monitored) notMonitored.push({ id: service.id, name: service.name[lang], group_id: groupId });
      else if (status === 'unknown') unknown.push({ id: service.id, name: service.name[lang], group_id: groupId, reason: snapshot.late ? 'late' : service.reason });
      else known.push({ service, status });
    }
    if (known.length === 0) return;
    const stamp = (iso: string | null) => iso ?? snapshot.generatedAt;
    const children: SpComponent[] = known.map(({ service, status }, i) => ({
      id: service.id,
      name: service.name[lang],
      status: COMPONENT_STATUS[status],
      // Marsad keeps no creation date for a service: both stamps give the start of the current status.
      created_at: stamp(service.since),
      updated_at: stamp(service.since),
      position: i + 1,
      description: null,
      showcase: true,
      start_date: null,
      group_id: groupId,
      page_id: PAGE_ID,
      group: false,
      only_show_if_degraded: false,
    }));
    const worst = summarizeSet(known.map((k) => ({ status: k.status, monitored: true }))).status as Exclude<Status, 'unknown'>;
    const newest = children.map((c) => c.updated_at).sort().at(-1) ?? snapshot.generatedAt;
    components.push({
      id: groupId,
      name: context.labels.groups[category],
      status: COMPONENT_STATUS[worst],
      created_at: newest,
      updated_at: newest,
      position: groupIndex + 1,
      description: null,
      showcase: false,
      start_date: null,
      group_id: null,
      page_id: PAGE_ID,
      group: true,
      only_show_if_degraded: false,
      components: children.map((c) => c.id),
    });
    components.push(...children);
  });
  return {
    components,
    marsad: {
      late: snapshot.late,
      data_as_of: snapshot.dataAsOf,
      methodology_version: snapshot.methodologyVersion,
      unknown_components: unknown,
      not_monitored: notMonitored,
      documentation: context.documentation,
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Incidents

const IMPACT_OF_STATE: Partial<Record<EventState, SpIndicator>> = { degraded: 'minor', partial_outage: 'major', major_outage: 'critical' };

export function incidentImpact(incident: Pick<IncidentRecord, 'events' | 'measured'>): SpIndicator {
  // A detected incident: the worst status it reached, whether or not each change is on its timeline.
  const states: EventState[] = incident.measured ? [incident.measured.worstStatus] : [];
  for (const e of incident.events) if (!e.claimOnly) states.push(e.state);
  let worst: SpIndicator = 'none';
  for (const state of states) {
    const impact = IMPACT_OF_STATE[state] ?? 'none';
    if (SP_INDICATORS.indexOf(impact) > SP_INDICATORS.indexOf(worst)) worst = impact;
  }
  return worst;
}

/**
 * Marsad records what happened to each service, not the phase the incident was in at each update. The
 * newest update carries the incident's phase; earlier ones say `monitoring` after a recovery and
 * `investigating` otherwise, never `identified` (which would claim a cause was known then).
 */
function updateStatus(incident: IncidentRecord, event: EventRecord, newest: boolean): SpIncidentStatus {
  if (newest) return incident.phase;
  return event.state === 'resolved' || event.state === 'operational' ? 'monitoring' : 'investigating';
}

function latest(values: readonly (string | null | undefined)[]): string | null {
  return values.filter((v): v is string => typeof v === 'string' && v.length > 0).sort().at(-1) ?? null;
}

/** When the record last changed: its newest event, its end, or the day it was last edited. */
export function incidentUpdatedAt(incident: IncidentRecord): string {
  const edited = /^\d{4}-\d{2}-\d{2}$/.test(incident.lastUpdated) ? `${incident.lastUpdated}T00:00:00Z` : incident.lastUpdated;
  return latest([incident.startUtc, incident.endUtc, edited, ...incident.events.map((e) => e.timeUtc)]) ?? incident.startUtc;
}

export function updateBody(event: EventRecord, lang: Locale, sourceLabel: string): string {
  const parts: string[] = [];
  if (event.timeUtc === null) parts.push(`${TIME_NOT_CONFIRMED[lang]}.`);
  parts.push(event.claimOnly ? `${CLAIMED_NOT_VERIFIED[lang]}: ${event.summary[lang]}` : event.summary[lang]);
  if (event.source) parts.push(`${sourceLabel}: ${event.source}`);
  return parts.join('\n');
}

/** Events in time order, an untimed one at the incident's start (the data lists events grouped, not sorted). */
export function eventsInTimeOrder(incident: Pick<IncidentRecord, 'events' | 'startUtc'>): { event: EventRecord; at: string }[] {
  return incident.events
    .map((event, position) => ({ event, position, at: event.timeUtc ?? incident.startUtc }))
    .sort((a, b) => a.at.localeCompare(b.at) || a.position - b.position)
    .map(({ event, at }) => ({ event, at }));
}

export function statuspageIncident(incident: IncidentRecord, context: StatuspageContext, incidentUrl: string): SpIncident {
  const lang = context.lang;
  const events = eventsInTimeOrder(incident);
  const updates = events
    .map(({ event, at }, i): SpIncidentUpdate => {
      return {
        id: event.id,
        status: updateStatus(incident, event, i === events.length - 1),
        body: updateBody(event, lang, context.labels.source),
        incident_id: incident.slug,
        created_at: at,
        updated_at: at,
        display_at: at,
        affected_components: null,
        deliver_notifications: false,
        custom_tweet: null,
        tweet_id: null,
      };
    })
    .reverse();
  // What the editors wrote and decided, each an update labelled "from Marsad's editors" (plain text, never HTML).
  const words = context.labels.review;
  if (incident.review && words) {
    const reviewUpdates = incident.review.entries.map((e, i): SpIncidentUpdate => ({
      id: `${incident.slug}-review-${i + 1}`,
      status: incident.phase,
      body: `${words.label}: ${words.kinds[e.kind]}${e.text ? `. ${e.text[lang] ?? e.text.ar}` : ''}`,
      incident_id: incident.slug,
      created_at: e.atUtc,
      updated_at: e.atUtc,
      display_at: e.atUtc,
      affected_components: null,
      deliver_notifications: false,
      custom_tweet: null,
      tweet_id: null,
    }));
    updates.push(...reviewUpdates);
    updates.sort((a, b) => b.created_at.localeCompare(a.created_at));
  }
  const resolvedAt = incident.phase === 'resolved' ? (incident.endUtc ?? incident.endBounds?.latestUtc ?? incidentUpdatedAt(incident)) : null;
  const recovered = incident.events.filter((e) => e.state === 'resolved' || e.state === 'operational').map((e) => e.timeUtc);
  return {
    id: incident.slug,
    name: incident.title[lang],
    status: incident.phase,
    created_at: incident.startUtc,
    updated_at: incidentUpdatedAt(incident),
    monitoring_at: incident.phase === 'monitoring' || incident.phase === 'resolved' ? latest(recovered) : null,
    resolved_at: resolvedAt,
    // A detection the editors dismissed as a false positive had no real impact (it stays listed).
    impact: incident.review?.verdict === 'dismissed' ? 'none' : incidentImpact(incident),
    shortlink: incidentUrl,
    started_at: incident.startUtc,
    page_id: PAGE_ID,
    incident_updates: updates,
    components: [],
  };
}

export function isUnresolved(incident: Pick<IncidentRecord, 'phase'>): boolean {
  return incident.phase !== 'resolved';
}
