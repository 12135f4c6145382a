// What every cloud feed reader gives back: the feed's open incidents in Marsad's shape, each naming the
// regions it is about ('global' when it concerns all of them), so cloud-feed.ts can filter uniformly.
import type { ComponentRef } from '../statuspage-components';
import type { ReportedIncident } from '../types';

export interface FeedReadOptions {
  nowMs: number;
  /** The feed's own URL, to turn relative incident links into absolute ones. */
  feedUrl: string;
  /** Regions the monitor watches; text-only feeds look for these words in the incident text. */
  watchedRegions: readonly string[];
  /** Statuspage feeds: the components the catalog maps (by id, else name; see statuspage-components.ts). Empty: all. */
  components?: readonly ComponentRef[];
}

export interface CloudFeedReader {
  accept: string;
  /** Open incidents only; throws ProbeFailure(invalid_response) when the body is not the expected format. */
  readOpenIncidents(body: string, options: FeedReadOptions): ReportedIncident[];
}

export const GLOBAL_REGION = 'global';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The watched regions a free text names, as whole words with or without separators: "East US 2" names
 * eastus2 but not eastus. Words only: "North Central US" also names centralus; feeds give nothing better.
 */
export function regionsNamedIn(text: string, watched: readonly string[]): string[] {
  const lower = text.toLowerCase();
  const named = watched.filter((region) => {
    const chars = [...region.toLowerCase().replace(/[\s_-]+/g, '')].map(escapeRegExp);
    return chars.length > 0 && new RegExp(`(?<![a-z0-9])${chars.join('[\\s_-]?')}(?![a-z0-9])(?![\\s_-][0-9])`).test(lower);
  });
  if (/\b(global|all regions|multiple regions|worldwide)\b/i.test(text)) named.push(GLOBAL_REGION);
  return named;
}
