// The past incidents Marsad publishes, validated when this module loads: a wrong entry throws here
// (and in the unit tests), never on a page. Order: newest first.
import { defineIncident } from './build';
import { AWS_AP_NORTHEAST_1_2025_04_15 } from './past/aws-ap-northeast-1-2025-04-15';
import { AWS_US_EAST_1_2025_10_20 } from './past/aws-us-east-1-2025-10-20';
import { AWS_US_EAST_1_2026_05_07 } from './past/aws-us-east-1-2026-05-07';
import type { IncidentEvent, PastIncident } from './types';

function validateAll(incidents: PastIncident[]): PastIncident[] {
  const slugs = new Set<string>();
  const factsIds = new Set<string>();
  const eventIds = new Set<string>();
  for (const inc of incidents) {
    if (slugs.has(inc.slug)) throw new Error(`Past incident slug repeats: ${inc.slug}`);
    if (factsIds.has(inc.factsId)) throw new Error(`Past incident factsId repeats: ${inc.factsId}`);
    slugs.add(inc.slug);
    factsIds.add(inc.factsId);
    for (const e of inc.events) {
      if (eventIds.has(e.id)) throw new Error(`Event id ${e.id} repeats across incidents`);
      eventIds.add(e.id);
    }
  }
  return incidents;
}

export const PAST_INCIDENTS: readonly PastIncident[] = validateAll([
  defineIncident(AWS_US_EAST_1_2026_05_07),
  defineIncident(AWS_US_EAST_1_2025_10_20),
  defineIncident(AWS_AP_NORTHEAST_1_2025_04_15),
]);

export function findPastIncident(slug: string): PastIncident | undefined {
  return PAST_INCIDENTS.find((i) => i.slug === slug);
}

/** The incident and event behind a permalink anchor (`event-…`). */
export function findPastEvent(eventId: string): { incident: PastIncident; event: IncidentEvent } | undefined {
  for (const incident of PAST_INCIDENTS) {
    const event = incident.events.find((e) => e.id === eventId);
    if (event) return { incident, event };
  }
  return undefined;
}

/** Past events that name a catalog service, newest incident first (for a service's history). */
export function pastEventsForService(serviceId: string): { incident: PastIncident; event: IncidentEvent }[] {
  return PAST_INCIDENTS.flatMap((incident) =>
    incident.events.filter((e) => (e.serviceIds as readonly string[]).includes(serviceId)).map((event) => ({ incident, event })),
  );
}
