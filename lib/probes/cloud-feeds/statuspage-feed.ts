// A cloud whose feed is an Atlassian Statuspage (Cloudflare): its unresolved incidents. Its components are
// hundreds of data centres, many re-routed at any time, so only incidents count; regions are found by name
// in the incident's title and its components' names.
import { parseJsonWith } from '../request';
import { openIncidents, statuspageSummarySchema, toReportedIncident } from '../statuspage-summary';
import { regionsNamedIn, type CloudFeedReader } from './reader';

export const statuspageFeedReader: CloudFeedReader = {
  accept: 'application/json',
  readOpenIncidents(body, { watchedRegions }) {
    const summary = parseJsonWith(body, statuspageSummarySchema);
    return openIncidents(summary).map((incident) => ({
      ...toReportedIncident(incident, summary.page?.url),
      regions: regionsNamedIn([incident.name, ...(incident.components ?? []).map((c) => c.name ?? '')].join(' \n '), watchedRegions),
    }));
  },
};
