// Azure status RSS (azure.status.microsoft/en-us/status/feed/): it carries items only while incidents are
// active, so every item is an open incident. Regions are only in the prose: found by name in title,
// description and categories.
import type { ReportedIncident } from '../types';
import { regionsNamedIn, type CloudFeedReader } from './reader';
import { readRssItems } from './rss';

export const azureRssReader: CloudFeedReader = {
  accept: 'application/rss+xml, application/xml;q=0.9, */*;q=0.5',
  readOpenIncidents(body, { watchedRegions }) {
    return readRssItems(body).map((item): ReportedIncident => {
      const incident: ReportedIncident = {
        id: item.guid ?? item.title,
        title: item.title,
        phase: 'open',
        regions: regionsNamedIn([item.title, item.description, ...item.categories].join(' \n '), watchedRegions),
      };
      if (item.pubDateMs !== undefined) incident.createdAt = new Date(item.pubDateMs).toISOString();
      if (item.link) incident.url = item.link;
      return incident;
    });
  },
};
