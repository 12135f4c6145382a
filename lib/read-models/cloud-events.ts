// Cloud-outage events as pages read them: the open ones (the home banner, and /api/status through the live
// snapshot), the one a service's own detected incident belongs to (its page links to it), and one event whole
// (its page). Built from the stored event (lib/db/cloud-events.ts, validated with zod) and the catalog's names.
import { getCatalog, type Catalog } from '@/lib/catalog';
import { cloudEventVendorLag } from '@/lib/correlation';
import { readCloudEvent, readCloudEvents, readCloudEventsOfIncident } from '@/lib/db/cloud-events';
import { getDatabase, type Db } from '@/lib/db/client';
import type { CloudEventData } from '@/lib/db/incident-data';
import type { CloudEventDetail, CloudEventMemberView, CloudEventServiceName, CloudEventSummary } from '@/lib/view-types';

export interface CloudEventReadOptions {
  db?: Db;
  catalog?: Catalog;
  now?: number;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function nameOf(catalog: Catalog, serviceId: string): CloudEventServiceName {
  const s = catalog.services.find((x) => x.id === serviceId);
  return { id: serviceId, shortName: s?.shortName ?? serviceId, name: s?.name ?? { ar: serviceId, en: serviceId } };
}

/** The banner's and the links' view of one event. Pure: the stored event, the catalog, `now`. */
export function summarizeCloudEvent(data: CloudEventData, catalog: Catalog, now: number): CloudEventSummary {
  const ack = data.acknowledgement;
  const chainsOf = (layer: 'l1' | 'l2', producing: boolean) =>
    data.chains.filter((c) => c.layer === layer && (producing ? c.producingSince !== null && c.stalledAt === null : c.stalledAt !== null)).map((c) => nameOf(catalog, c.serviceId));
  return {
    slug: data.id,
    provider: data.provider,
    region: data.region,
    startUtc: new Date(data.startedAt).toISOString(),
    endUtc: iso(data.endedAt),
    trigger: data.trigger,
    failing: data.members.filter((m) => m.recoveredAt === null).map((m) => nameOf(catalog, m.serviceId)),
    memberCount: data.members.length,
    cloud: !ack ? 'not_reported' : data.cloudResolvedAt === null ? 'reported' : 'resolved',
    acknowledgedUtc: ack ? { earliest: new Date(Math.min(ack.createdAt ?? ack.firstSeenAt, ack.firstSeenAt)).toISOString(), latest: new Date(ack.firstSeenAt).toISOString() } : null,
    vendorLag: cloudEventVendorLag(data, now),
    keptProducing: { l1: chainsOf('l1', true), l2: chainsOf('l2', true) },
    stalled: [...chainsOf('l1', false), ...chainsOf('l2', false)],
  };
}

function detailOf(data: CloudEventData, catalog: Catalog, now: number): CloudEventDetail {
  return {
    ...summarizeCloudEvent(data, catalog, now),
    members: data.members.map(
      (m): CloudEventMemberView => ({
        ...nameOf(catalog, m.serviceId),
        basis: m.basis,
        source: m.source,
        measuredUtc: iso(m.measuredAt),
        failedUtc: new Date(m.failedAt).toISOString(),
        recoveredUtc: iso(m.recoveredAt),
        worstStatus: m.worstStatus,
        incidentSlugs: [...new Set(m.spells.flatMap((s) => (s.incidentSlug ? [s.incidentSlug] : [])))],
        spells: m.spells.map((s) => ({ failedUtc: new Date(s.failedAt).toISOString(), recoveredUtc: iso(s.recoveredAt) })),
      }),
    ),
    cloudServiceId: data.cloudServiceId,
    cloudIncidentIds: data.acknowledgement?.incidentIds ?? [],
    cloudIncidentUrl: data.acknowledgement?.url ?? null,
    cloudResolvedUtc: iso(data.cloudResolvedAt),
    closedUtc: iso(data.closedAt),
    settings: {
      minServices: data.settings.minServices,
      windowSec: data.settings.windowMs / 1000,
      quietSec: data.settings.quietMs / 1000,
      rejoinSec: data.settings.rejoinMs / 1000,
    },
  };
}

async function dbOf(options: CloudEventReadOptions): Promise<Db> {
  return options.db ?? (await getDatabase()).db;
}

/** The events open now, earliest first: the home banner says one sentence for each. */
export async function getActiveCloudEvents(options: CloudEventReadOptions = {}): Promise<CloudEventSummary[]> {
  const now = options.now ?? Date.now();
  const { events } = await readCloudEvents(await dbOf(options), new Date(now));
  const catalog = options.catalog ?? getCatalog();
  return events
    .filter((e) => e.endedAt === null)
    .sort((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id))
    .map((e) => summarizeCloudEvent(e, catalog, now));
}

/** The event a service's own detected incident is part of (the newest, should it be in two), or null. */
export async function getCloudEventOfIncident(incidentSlug: string, options: CloudEventReadOptions = {}): Promise<CloudEventSummary | null> {
  const [event] = await readCloudEventsOfIncident(await dbOf(options), incidentSlug);
  return event ? summarizeCloudEvent(event, options.catalog ?? getCatalog(), options.now ?? Date.now()) : null;
}

/** One event whole, with its members and settings; null when the slug is not a cloud-outage event. */
export async function getCloudEvent(slug: string, options: CloudEventReadOptions = {}): Promise<CloudEventDetail | null> {
  const found = await readCloudEvent(await dbOf(options), slug);
  return found ? detailOf(found.data, options.catalog ?? getCatalog(), options.now ?? Date.now()) : null;
}
