// AWS Health Dashboard RSS (status.aws.amazon.com/rss/all.rss and the per-service-region feeds). The feed is
// a log of posts, not a list of incidents: posts are grouped by the service-region in their guid
// ("…#ec2-us-east-1_1507870380"), and a group is open while its newest post is not a resolution.
import type { ReportedIncident } from '../types';
import { GLOBAL_REGION, type CloudFeedReader } from './reader';
import { readRssItems, type RssItem } from './rss';

/** A thread with no post for this long is taken as over: AWS posts updates at least hourly while one lasts. */
export const AWS_STALE_THREAD_MS = 24 * 3600_000;

const GUID_KEY = /#([a-z0-9-]+?)(?:-((?:[a-z]{2}(?:-gov|-iso[a-z]?)?)-[a-z]+-\d+))?_(\d+)$/;

/**
 * Title prefixes AWS uses, in Statuspage's impact words (informational posts often announce real trouble).
 * "Service disruption:" is the wording of the 2021 and 2023 captures; "Service impact:" that of a 2026 fixture
 * (a regional disruption of ME-SOUTH-1) which is not independently confirmed: both read as major.
 */
const IMPACT_BY_PREFIX: [RegExp, string][] = [
  [/^service (disruption|impact)\b/i, 'major'],
  [/^service degradation/i, 'minor'],
  [/^(informational message|operational issue)/i, 'minor'],
];

/**
 * A post that closes its thread: "Service is operating normally: [RESOLVED] …" (2021 and 2023 captures), any
 * title carrying "[RESOLVED]", or one starting "Resolved:" / "Resolved -" (the 2026 fixture's wording, accepted
 * alongside the older one).
 */
function isResolution(item: RssItem): boolean {
  return /^service is operating normally/i.test(item.title) || /\[resolved\]/i.test(item.title) || /^resolved\s*[:\-–—]/i.test(item.title);
}

function threadOf(item: RssItem): { key: string; service: string; region: string } {
  const match = item.guid ? GUID_KEY.exec(item.guid) : null;
  if (!match) return { key: `title:${item.title}`, service: 'unknown', region: GLOBAL_REGION };
  const service = match[1]!;
  const region = match[2] ?? GLOBAL_REGION; // services without a region (IAM, Route 53, CloudFront) are global
  return { key: match[2] ? `${service}-${region}` : service, service, region };
}

function toIncident(posts: RssItem[], region: string): ReportedIncident {
  const first = posts[0]!;
  const last = posts[posts.length - 1]!;
  const impact = IMPACT_BY_PREFIX.find(([prefix]) => prefix.test(last.title))?.[1] ?? 'minor';
  const incident: ReportedIncident = {
    id: first.guid ?? `${region}:${first.title}`,
    title: last.title,
    phase: 'open', // AWS posts carry no phase words
    impact,
    regions: [region],
  };
  if (first.pubDateMs !== undefined) incident.createdAt = new Date(first.pubDateMs).toISOString();
  if (last.pubDateMs !== undefined) incident.updatedAt = new Date(last.pubDateMs).toISOString();
  if (last.link) incident.url = last.link;
  return incident;
}

export const awsRssReader: CloudFeedReader = {
  accept: 'application/rss+xml, application/xml;q=0.9, */*;q=0.5',
  readOpenIncidents(body, { nowMs }) {
    const threads = new Map<string, { region: string; posts: RssItem[] }>();
    for (const item of readRssItems(body)) {
      const { key, region } = threadOf(item);
      const thread = threads.get(key) ?? { region, posts: [] };
      thread.posts.push(item);
      threads.set(key, thread);
    }
    const open: ReportedIncident[] = [];
    for (const { region, posts } of threads.values()) {
      posts.sort((a, b) => (a.pubDateMs ?? 0) - (b.pubDateMs ?? 0));
      const lastResolution = posts.findLastIndex(isResolution);
      const current = posts.slice(lastResolution + 1);
      const newest = current[current.length - 1];
      if (!newest || nowMs - (newest.pubDateMs ?? 0) > AWS_STALE_THREAD_MS) continue;
      open.push(toIncident(current, region));
    }
    return open;
  },
};
