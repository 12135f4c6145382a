// Turns hand-written incident data into validated PastIncident objects: maps the facts' free-text
// service to catalog ids, derives each event's stable anchor id, attaches the relevant not-verified
// items, and parses the result with the zod schema (throwing with a readable message if it is wrong).
import { z } from 'zod';
import { notVerifiedFor } from './not-verified';
import { serviceIdsFor } from './service-map';
import { pastIncidentSchema, type IncidentEvent, type PastIncident } from './types';

/** An event as written in the data files: the facts' service label instead of ids, no id yet. */
export type EventInput = Omit<IncidentEvent, 'id' | 'serviceIds' | 'serviceLabel' | 'extraSources'> & {
  /** The facts' `service` text, verbatim; mapped through SERVICE_LABEL_MAP. */
  service: string;
  extraSources?: string[];
};

export type IncidentInput = Omit<PastIncident, 'events' | 'notVerified'> & { events: EventInput[] };

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
    };
  });
}

export function defineIncident(input: IncidentInput): PastIncident {
  const candidate = {
    ...input,
    events: buildEvents(input.startUtc, input.events),
    notVerified: notVerifiedFor(input.factsId),
  };
  const parsed = pastIncidentSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new Error(`Past incident "${input.slug}" is invalid:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
