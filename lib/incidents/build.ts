// Turns hand-written incident data into validated PastIncident objects: maps the facts' free-text
// service to catalog ids, derives each event's stable anchor id, attaches the relevant not-verified
// items, and parses the result with the zod schema (throwing with a readable message if it is wrong).
import { z } from 'zod';
import { notVerifiedFor } from './not-verified';
import { serviceIdsFor } from './service-map';
import { FACTS_SOURCES } from './sources';
import {
  pastIncidentSchema,
  sourceRank,
  SOURCE_TYPES,
  type IncidentEvent,
  type NotVerified,
  type PastIncident,
  type SourceDescription,
  type SourceInfo,
  type SourceType,
} from './types';

/** An event as written in the data files: the facts' service label instead of ids, no id yet. */
export type EventInput = Omit<IncidentEvent, 'id' | 'serviceIds' | 'serviceLabel' | 'extraSources' | 'bestSourceType'> & {
  /** The facts' `service` text, verbatim; mapped through SERVICE_LABEL_MAP. */
  service: string;
  extraSources?: string[];
};

export type IncidentInput = Omit<PastIncident, 'events' | 'notVerified' | 'sourceInfo'> & { events: EventInput[] };

/**
 * Sources the data cites that the facts name only inside a sentence, untyped (a disagreement's links,
 * the items not verified). Typed here by Marsad, by what the page is; the publisher is the site's name.
 */
const UNTYPED_IN_FACTS: Readonly<Record<string, SourceDescription>> = {
  'https://quitemailingyourself.com/tags/aws/dynamodb/outage': { type: 'secondary', publisher: 'quitemailingyourself.com', title: null, published: null },
  'https://read2earn.xyz/articles/26192': { type: 'secondary', publisher: 'read2earn.xyz', title: null, published: null },
};

/** The description of a cited source: the facts' own, else Marsad's typing above; unknown throws. */
export function describeSource(url: string): SourceDescription {
  const found = FACTS_SOURCES[url] ?? UNTYPED_IN_FACTS[url];
  if (!found) throw new Error(`The source ${url} has no type: add it to the facts (or to UNTYPED_IN_FACTS in lib/incidents/build.ts)`);
  return found;
}

/** The strongest type among some sources. */
export function bestTypeOf(urls: readonly string[]): SourceType {
  const ranks = urls.map((url) => sourceRank(describeSource(url).type));
  return SOURCE_TYPES[Math.min(...ranks)] ?? 'mirror';
}

/** Every address an incident cites, in order of first appearance. */
export function citedUrls(incident: Omit<PastIncident, 'sourceInfo' | 'notVerified'>, notVerified: readonly NotVerified[]): string[] {
  const urls = [
    ...incident.sources,
    ...incident.rootCauseSources,
    ...incident.events.flatMap((e) => (e.source ? [e.source, ...e.extraSources] : e.extraSources)),
    ...incident.phases.flatMap((p) => p.sources),
    ...(incident.scale?.sources ?? []),
    ...incident.disagreements.flatMap((d) => [...(d.sources ?? []), ...d.figures.flatMap((f) => f.sources)]),
    ...notVerified.flatMap((n) => (n.source ? [n.source, ...n.extraSources] : n.extraSources)),
  ];
  return [...new Set(urls)];
}

/** The described sources of an incident, strongest type first, then by publisher. */
export function sourceInfoFor(urls: readonly string[]): SourceInfo[] {
  return urls
    .map((url) => ({ url, ...describeSource(url) }))
    .sort((a, b) => sourceRank(a.type) - sourceRank(b.type) || a.publisher.localeCompare(b.publisher, 'en') || (a.url < b.url ? -1 : 1));
}

/**
 * The anchor id of an event, without the ordinal that separates repeats:
 * `event-<UTC date>t<HHMM>-<services>` for a timed event (e.g. `event-2025-10-20t0648-aws`),
 * `event-<incident start date>-untimed-<services>` when the time is not confirmed.
 * Services are the catalog ids joined by dashes, `sector` for an aggregate row; `-claim` marks a claim.
 */
export function eventAnchorBase(
  incidentStartUtc: string,
  event: Pick<IncidentEvent, 'timeUtc' | 'serviceIds' | 'claimOnly'>,
): string {
  const services = event.serviceIds.length > 0 ? event.serviceIds.join('-') : 'sector';
  const who = event.claimOnly ? `${services}-claim` : services;
  if (event.timeUtc === null) return `event-${incidentStartUtc.slice(0, 10)}-untimed-${who}`;
  const date = event.timeUtc.slice(0, 10);
  const hhmm = event.timeUtc.slice(11, 13) + event.timeUtc.slice(14, 16);
  return `event-${date}t${hhmm}-${who}`;
}

/** Builds events in the given order; a repeated base id gets `-2`, `-3`… in order of appearance. */
export function buildEvents(incidentStartUtc: string, inputs: readonly EventInput[]): IncidentEvent[] {
  const counts = new Map<string, number>();
  return inputs.map(({ service, extraSources, ...rest }) => {
    const serviceIds = serviceIdsFor(service);
    const base = eventAnchorBase(incidentStartUtc, { timeUtc: rest.timeUtc, serviceIds, claimOnly: rest.claimOnly });
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    return {
      id: n === 1 ? base : `${base}-${n}`,
      ...rest,
      serviceIds,
      serviceLabel: service,
      extraSources: extraSources ?? [],
      bestSourceType: bestTypeOf([rest.source, ...(extraSources ?? [])]),
    };
  });
}

export function defineIncident(input: IncidentInput): PastIncident {
  const events = buildEvents(input.startUtc, input.events);
  const notVerified = notVerifiedFor(input.factsId);
  const candidate = {
    ...input,
    events,
    notVerified,
    sourceInfo: sourceInfoFor(citedUrls({ ...input, events }, notVerified)),
  };
  const parsed = pastIncidentSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new Error(`Past incident "${input.slug}" is invalid:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
