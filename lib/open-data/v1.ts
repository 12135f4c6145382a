// What the open-data routes read (API v1, Statuspage v2, feeds, badges, embeds, share images): the one
// status snapshot, uptime, history and incidents, shaped into public resources with their links. The
// routes validate their input and choose the format; this module is where the data comes together.
import { CATEGORIES, type Category } from '@/lib/catalog/schema';
import type { Status } from '@/lib/status/vocabulary';
import { summarizeSet, type SetSummary } from '@/lib/read-models/group-status';
import { getUptimeWindows } from '@/lib/read-models/uptime-windows';
import { getIncident, getIncidentJson, listIncidents } from '@/lib/read-models/incidents';
import { getEditorIncident, listEditorIncidents } from '@/lib/read-models/editor-incidents';
import { getPublishedPostmortem } from '@/lib/read-models/postmortems';
import type { EditorIncident, PublishedPostmortem } from '@/lib/view-types';
import { localizedPath } from '@/lib/open-data/seo';
import { getServiceHistory, type HistoryOptions } from '@/lib/read-models/service-history';
import { getStatusSnapshot } from '@/lib/read-models/snapshot';
import type { IncidentRecord, ServiceHistory, ServiceSnapshot, StatusSnapshot } from '@/lib/view-types';

const V1 = '/api/v1';

export function serviceLinks(id: string) {
  return {
    self: `${V1}/services/${id}`,
    history: `${V1}/services/${id}/history`,
    page: { ar: localizedPath('ar', `/services/${id}`), en: localizedPath('en', `/services/${id}`) },
    badge: { ar: `/badge/service/${id}.svg?lang=ar`, en: `/badge/service/${id}.svg?lang=en` },
    embed: { ar: localizedPath('ar', `/embed/service/${id}`), en: localizedPath('en', `/embed/service/${id}`) },
  };
}

export function groupLinks(id: Category) {
  return {
    badge: { ar: `/badge/group/${id}.svg?lang=ar`, en: `/badge/group/${id}.svg?lang=en` },
    embed: { ar: localizedPath('ar', `/embed/group/${id}`), en: localizedPath('en', `/embed/group/${id}`) },
  };
}

function envelope(snapshot: StatusSnapshot) {
  return { generatedAt: snapshot.generatedAt, dataAsOf: snapshot.dataAsOf, late: snapshot.late, methodologyVersion: snapshot.methodologyVersion };
}

export type ServiceResource = ServiceSnapshot & { links: ReturnType<typeof serviceLinks> };

function toResource(service: ServiceSnapshot): ServiceResource {
  return { ...service, links: serviceLinks(service.id) };
}

export interface GroupSummary extends SetSummary {
  id: Category;
  services: string[];
  links: ReturnType<typeof groupLinks>;
}

/** The page at a glance: one status for everything, one per group; stale data counts as unknown. */
export async function getV1Status() {
  const snapshot = await getStatusSnapshot();
  const groups: GroupSummary[] = CATEGORIES.map((id) => {
    const members = snapshot.services.filter((s) => s.category === id);
    return { id, ...summarizeSet(members, snapshot.late), services: members.map((s) => s.id), links: groupLinks(id) };
  });
  return {
    ...envelope(snapshot),
    overall: summarizeSet(snapshot.services, snapshot.late),
    groups,
    links: { services: `${V1}/services`, incidents: `${V1}/incidents`, openapi: `${V1}/openapi.json` },
  };
}

export async function getV1Services(filter: { category?: Category; status?: Status }) {
  const snapshot = await getStatusSnapshot();
  const services = snapshot.services.filter((s) => (!filter.category || s.category === filter.category) && (!filter.status || s.status === filter.status));
  return { ...envelope(snapshot), filter: { category: filter.category ?? null, status: filter.status ?? null }, services: services.map(toResource) };
}

/** One service with its uptime over 24 h, 7, 30 and 90 days; null when no service has that id. */
export async function getV1Service(id: string) {
  const snapshot = await getStatusSnapshot();
  const service = snapshot.services.find((s) => s.id === id);
  if (!service) return null;
  const uptime = service.monitored ? await getUptimeWindows(id) : null;
  return { ...envelope(snapshot), service: { ...toResource(service), uptime } };
}

export async function getV1History(id: string, options: HistoryOptions): Promise<(ServiceHistory & { links: { service: string } }) | null> {
  const history = await getServiceHistory(id, options);
  return history ? { ...history, links: { service: `${V1}/services/${id}` } } : null;
}

function incidentLinks(slug: string) {
  return {
    self: `${V1}/incidents/${slug}`,
    page: { ar: localizedPath('ar', `/incidents/${slug}`), en: localizedPath('en', `/incidents/${slug}`) },
    json: `/api/incidents/${slug}.json`,
    csv: { ar: `/api/incidents/${slug}.csv?lang=ar`, en: `/api/incidents/${slug}.csv?lang=en` },
    shareImage: { ar: `/og/ar/incident/${slug}.png`, en: `/og/en/incident/${slug}.png` },
  };
}

export async function getV1Incidents(filter: { provider?: string; year?: number; origin?: string }) {
  const query: Record<string, string> = {};
  if (filter.origin) query.origin = filter.origin;
  if (filter.provider) query.provider = filter.provider;
  if (filter.year !== undefined) query.year = String(filter.year);
  const list = await listIncidents(query);
  // The editors' incidents have no provider nor a measured/rebuilt origin: listed when neither is asked for.
  const editors = filter.origin || filter.provider ? [] : await listEditorIncidents();
  return {
    filter: list.filter,
    incidents: list.items.map((item) => ({ ...item, links: incidentLinks(item.slug) })),
    editorIncidents: editors
      .filter((e) => filter.year === undefined || Number(e.startUtc.slice(0, 4)) === filter.year)
      .map((e) => editorResource(e, false)),
  };
}

/** An editor's incident as the API gives it: `origin` and `provenance` "editor", never mixed with measured facts. */
function editorResource(e: EditorIncident, withUpdates: boolean) {
  const impacts = (list: EditorIncident['impacts']) => list.map((i) => ({ serviceId: i.service.id, impact: i.impact }));
  return {
    slug: e.slug,
    origin: 'editor' as const,
    provenance: 'editor' as const,
    title: e.title,
    phase: e.phase,
    startUtc: e.startUtc,
    resolvedUtc: e.resolvedUtc,
    updatedUtc: e.updatedUtc,
    impacts: impacts(e.impacts),
    ...(withUpdates && { updates: e.updates.map((u) => ({ atUtc: u.atUtc, phase: u.phase, body: u.body, impacts: impacts(u.impacts) })) }),
    links: { self: `${V1}/incidents/${e.slug}`, page: { ar: localizedPath('ar', `/incidents/${e.slug}`), en: localizedPath('en', `/incidents/${e.slug}`) } },
  };
}

/** A published postmortem as the API gives it: the editors' Markdown in both languages (English may be null), provenance "editor". */
function postmortemResource(p: PublishedPostmortem | null) {
  return p ? { provenance: 'editor' as const, body: p.body, publishedUtc: p.publishedUtc, revisedUtc: p.revisedUtc } : null;
}

/** One incident as its export carries it, with its phase, story, postmortem and links; null for an unknown slug. */
export async function getV1Incident(slug: string) {
  const [detail, postmortem] = await Promise.all([getIncident(slug), getPublishedPostmortem(slug)]);
  if (!detail) {
    const editor = await getEditorIncident(slug);
    return editor ? { incident: { ...editorResource(editor, true), postmortem: postmortemResource(postmortem) } } : null;
  }
  const exported = await getIncidentJson(slug);
  if (!exported) return null;
  const { incident } = detail;
  return {
    incident: {
      ...exported,
      phase: incident.phase,
      summary: incident.summary,
      rootCause: incident.rootCause,
      endBounds: incident.endBounds ?? null,
      // A detected incident's measured facts: precision, worst status, the company's acknowledgement.
      measured: incident.measured ?? null,
      // What the editors wrote and decided about a detection, labelled apart (a dismissal stays, as a correction).
      review: incident.review ? { provenance: 'editor' as const, ...incident.review } : null,
      services: detail.services,
      postmortem: postmortemResource(postmortem),
      links: incidentLinks(slug),
    },
  };
}

/** The newest incidents with their events, newest first: what the feeds and the Statuspage page list. */
export async function getRecentIncidentRecords(limit: number): Promise<IncidentRecord[]> {
  const list = await listIncidents({});
  const details = await Promise.all(list.items.slice(0, limit).map((item) => getIncident(item.slug)));
  return details.flatMap((d) => (d ? [d.incident] : []));
}

