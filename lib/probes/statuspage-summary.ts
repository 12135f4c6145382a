// Atlassian Statuspage's public /api/v2/summary.json, as both the `statuspage` probe (a company's own page)
// and the Cloudflare cloud feed read it: the zod schema, and its unresolved incidents in Marsad's shape.
import { z } from 'zod';
import type { ReportedComponent, ReportedIncident, ReportedMaintenance } from './types';

const componentSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  group: z.boolean().optional(),
  group_id: z.string().nullish(),
});

const incidentSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  impact: z.string().nullish(),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
  shortlink: z.string().nullish(),
  components: z.array(z.object({ id: z.string(), name: z.string().optional(), group_id: z.string().nullish() })).optional(),
});

/** A scheduled maintenance: an incident's fields plus its window. One without both times is not a window. */
const maintenanceSchema = incidentSchema.extend({ scheduled_for: z.string().nullish(), scheduled_until: z.string().nullish() });

export const statuspageSummarySchema = z.object({
  page: z.object({ id: z.string().optional(), name: z.string().optional(), url: z.string().optional() }).optional(),
  components: z.array(componentSchema).default([]),
  incidents: z.array(incidentSchema).default([]),
  // A malformed list is read as none: the maintenances never decide the page's components or incidents.
  scheduled_maintenances: z.array(maintenanceSchema).default([]).catch([]),
});
export type StatuspageSummary = z.output<typeof statuspageSummarySchema>;
export type StatuspageIncident = StatuspageSummary['incidents'][number];

/** summary.json lists unresolved incidents only; the filter also guards against pages that keep resolved ones. */
const CLOSED_PHASES = new Set(['resolved', 'postmortem', 'completed']);

export function toReportedComponent(c: StatuspageSummary['components'][number]): ReportedComponent {
  return { id: c.id, name: c.name, status: c.status };
}

/**
 * A link we publish, always https: some pages' own `page.url` still says http (Cloudflare's is
 * "http://www.cloudflarestatus.com"), and Statuspage serves every page and stspg.io shortlink over https.
 */
export function httpsLink(url: string): string {
  return url.replace(/^http:\/\//i, 'https://');
}

export function toReportedIncident(incident: StatuspageIncident, pageUrl: string | undefined): ReportedIncident {
  const reported: ReportedIncident = { id: incident.id, title: incident.name, phase: incident.status };
  if (incident.impact) reported.impact = incident.impact;
  if (incident.created_at) reported.createdAt = incident.created_at;
  if (incident.updated_at) reported.updatedAt = incident.updated_at;
  const url = pageUrl ? `${pageUrl.replace(/\/+$/, '')}/incidents/${incident.id}` : incident.shortlink;
  if (url) reported.url = httpsLink(url);
  if (incident.components?.length) reported.componentIds = incident.components.map((c) => c.id);
  return reported;
}

/** The company's maintenances still ahead or under way, with both times, in Marsad's shape. */
export function announcedMaintenances(summary: StatuspageSummary, counts: (m: StatuspageIncident) => boolean = () => true): ReportedMaintenance[] {
  return summary.scheduled_maintenances.flatMap((m) => {
    if (!m.scheduled_for || !m.scheduled_until || CLOSED_PHASES.has(m.status) || !counts(m)) return [];
    const reported: ReportedMaintenance = { id: m.id, title: m.name, phase: m.status, scheduledFor: m.scheduled_for, scheduledUntil: m.scheduled_until };
    if (m.created_at) reported.createdAt = m.created_at;
    const url = summary.page?.url ? `${summary.page.url.replace(/\/+$/, '')}/incidents/${m.id}` : m.shortlink;
    if (url) reported.url = httpsLink(url);
    if (m.components?.length) reported.componentIds = m.components.map((c) => c.id);
    return [reported];
  });
}

export function openIncidents(summary: StatuspageSummary): StatuspageIncident[] {
  return summary.incidents.filter((i) => !CLOSED_PHASES.has(i.status));
}
