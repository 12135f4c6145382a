// A cloud whose feed is an Atlassian Statuspage (Cloudflare): its unresolved incidents. Its components are
// hundreds of data centres, many re-routed at any time, so only incidents count, and only those on the
// components the catalog maps (for Cloudflare: the CDN, DNS, the network and the regions' data centres; a
// billing incident is not an outage of the cloud). An incident that names no component cannot be placed and
// counts. Regions are found by name in the incident's title and its components' names.
import { parseJsonWith } from '../request';
import { componentMap } from '../statuspage-components';
import { openIncidents, statuspageSummarySchema, toReportedIncident } from '../statuspage-summary';
import { regionsNamedIn, type CloudFeedReader } from './reader';

export const statuspageFeedReader: CloudFeedReader = {
  accept: 'application/json',
  readOpenIncidents(body, { watchedRegions, components = [] }) {
    const summary = parseJsonWith(body, statuspageSummarySchema);
    const map = componentMap(components, summary.components);
    return openIncidents(summary).filter((incident) => map.countsIncident(incident.components)).map((incident) => ({
      ...toReportedIncident(incident, summary.page?.url),
      regions: regionsNamedIn([incident.name, ...(incident.components ?? []).map((c) => c.name ?? '')].join(' \n '), watchedRegions),
    }));
  },
};
