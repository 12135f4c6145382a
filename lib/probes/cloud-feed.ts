// The `cloud-feed` probe: a cloud provider's public feed → its open incidents in the watched regions.
// One reader per format (lib/probes/cloud-feeds). No open incident → `up`, which lib/status reads as
// "nothing reported", never as proof that the cloud is healthy.
import type { CloudFeedFormat, MonitorOf } from '@/lib/catalog/schema';
import { awsRssReader } from './cloud-feeds/aws-rss';
import { azureRssReader } from './cloud-feeds/azure-rss';
import { gcpIncidentsReader } from './cloud-feeds/gcp-incidents';
import { GLOBAL_REGION, type CloudFeedReader } from './cloud-feeds/reader';
import { statuspageFeedReader } from './cloud-feeds/statuspage-feed';
import { UP, runProbeSession, type ProbeSession, type Verdict } from './session';
import type { Probe, ReportedIncident } from './types';

export const CLOUD_FEED_READERS: Record<CloudFeedFormat, CloudFeedReader> = {
  'aws-rss': awsRssReader,
  'gcp-incidents-json': gcpIncidentsReader,
  'azure-rss': azureRssReader,
  statuspage: statuspageFeedReader,
};

const MAJOR_IMPACTS = new Set(['major', 'critical']);

/** With watched regions, an incident counts when it names one of them or is global. */
export function inWatchedRegions(incident: ReportedIncident, watched: readonly string[]): boolean {
  if (watched.length === 0) return true;
  const named = new Set((incident.regions ?? []).map((r) => r.toLowerCase()));
  return named.has(GLOBAL_REGION) || watched.some((r) => named.has(r.toLowerCase()));
}

async function inspectCloudFeed(session: ProbeSession, monitor: MonitorOf<'cloud-feed'>): Promise<Verdict> {
  const reader = CLOUD_FEED_READERS[monitor.format];
  const res = await session.fetchText({ url: monitor.url, accept: reader.accept });
  const incidents = reader
    .readOpenIncidents(res.text, { nowMs: session.ctx.now(), feedUrl: monitor.url, watchedRegions: monitor.regions, components: monitor.components })
    .filter((incident) => inWatchedRegions(incident, monitor.regions));
  session.facts.incidents = incidents;
  if (incidents.length === 0) return UP;
  const major = incidents.some((i) => i.impact !== undefined && MAJOR_IMPACTS.has(i.impact));
  const titles = incidents.map((i) => i.title).join(' | ');
  return { outcome: major ? 'down' : 'degraded', reason: 'reported_incident', detail: `${incidents.length} open: ${titles}`.slice(0, 300) };
}

export const cloudFeedProbe: Probe<'cloud-feed'> = {
  kind: 'cloud-feed',
  run: (monitor, ctx) => runProbeSession(monitor, ctx, (session) => inspectCloudFeed(session, monitor)),
};
