// Google Cloud's status incidents.json: every incident since 2021 (a few MB: give the monitor a maxBytes to
// match). Open ones have no `end`; only those are validated in full, so one odd old record cannot fail the feed.
import { z } from 'zod';
import { describeZodError, invalidResponse } from '../failure';
import { parseJsonWith } from '../request';
import type { ReportedIncident } from '../types';
import { GLOBAL_REGION, type CloudFeedReader } from './reader';

const location = z.object({ id: z.string(), title: z.string().optional() });
const gcpIncident = z.object({
  id: z.string(),
  begin: z.string(),
  modified: z.string().optional(),
  external_desc: z.string(),
  severity: z.string().optional(),
  status_impact: z.string().optional(),
  uri: z.string().optional(),
  affected_products: z.array(z.object({ id: z.string(), title: z.string() })).default([]),
  currently_affected_locations: z.array(location).default([]),
  most_recent_update: z.object({ status: z.string().optional(), modified: z.string().optional() }).optional(),
});

const feedSchema = z.array(z.object({ end: z.string().nullish() }).loose());

function toIncident(raw: unknown, feedUrl: string): ReportedIncident {
  const parsed = gcpIncident.safeParse(raw);
  if (!parsed.success) throw invalidResponse(`open incident: ${describeZodError(parsed.error)}`);
  const i = parsed.data;
  const major = i.severity === 'high' || i.status_impact === 'SERVICE_OUTAGE';
  const locations = i.currently_affected_locations.map((l) => l.id);
  const incident: ReportedIncident = {
    id: i.id,
    title: i.external_desc,
    phase: (i.most_recent_update?.status ?? i.status_impact ?? 'open').toLowerCase(),
    impact: major ? 'major' : 'minor',
    createdAt: i.begin,
    // An open incident that names no location has not said where: treat it as everywhere.
    regions: locations.length ? locations : [GLOBAL_REGION],
    componentIds: i.affected_products.map((p) => p.id),
  };
  const updatedAt = i.most_recent_update?.modified ?? i.modified;
  if (updatedAt) incident.updatedAt = updatedAt;
  if (i.uri) incident.url = new URL(i.uri, feedUrl).href;
  return incident;
}

export const gcpIncidentsReader: CloudFeedReader = {
  accept: 'application/json',
  readOpenIncidents(body, { feedUrl }) {
    return parseJsonWith(body, feedSchema)
      .filter((i) => !i.end)
      .map((raw) => toIncident(raw, feedUrl));
  },
};
