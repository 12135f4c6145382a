// The incidents a service was part of: those Marsad detected for it (from the database) and the past,
// reconstructed incidents whose events name it (from lib/incidents). The service page lists both; the
// uptime bars mark their days.
import { z } from 'zod';
import { getDatabase } from '@/lib/db/client';
import { readDetectedIncidentsOf } from '@/lib/db/history-queries';
import { findService, getCatalog } from '@/lib/catalog';
import { providerKey } from '@/lib/correlation/dependencies';
import { PAST_INCIDENTS, pastEventsForService } from '@/lib/incidents/past';
import { REASONS, STATUS_SEVERITY, STATUSES } from '@/lib/status';
import type { DetectedIncidentSummary, PastIncidentEntry, ServiceIncidents } from '@/lib/view-types';

/** What the scheduler keeps in a detected incident's `data` (lib/status MeasuredIncident), as far as pages need it. */
const detectedDataSchema = z.object({
  worstStatus: z.enum(STATUSES).catch('unknown'),
  reason: z.enum(REASONS).nullable().catch(null),
  precisionSec: z.number().nonnegative().catch(0),
});

// The incident data names one service differently from the catalog.
const INCIDENT_ALIASES: Readonly<Record<string, string>> = { 'rabby-wallet': 'rabby' };

/**
 * The past incidents whose events name the service; for a cloud (`cloudProvider`, its name as incidents give
 * their provider), also every incident of that cloud, even one whose events name only the services it took
 * down (AWS's own page lists May 2026).
 */
export function pastEntriesFor(serviceId: string, cloudProvider?: string): PastIncidentEntry[] {
  const ids = [serviceId, ...(INCIDENT_ALIASES[serviceId] ? [INCIDENT_ALIASES[serviceId]] : [])];
  const bySlug = new Map<string, PastIncidentEntry>();
  if (cloudProvider) {
    const key = providerKey(cloudProvider);
    for (const incident of PAST_INCIDENTS) {
      if (providerKey(incident.provider) !== key) continue;
      bySlug.set(incident.slug, { slug: incident.slug, title: incident.title, provider: incident.provider, region: incident.region, startUtc: incident.startUtc, events: [] });
    }
  }
  for (const { incident, event } of ids.flatMap((id) => pastEventsForService(id))) {
    const entry = bySlug.get(incident.slug) ?? {
      slug: incident.slug,
      title: incident.title,
      provider: incident.provider,
      region: incident.region,
      startUtc: incident.startUtc,
      events: [],
    };
    if (!entry.events.some((e) => e.id === event.id)) {
      entry.events.push({ id: event.id, timeUtc: event.timeUtc, state: event.state, summary: event.summary, provenance: event.provenance });
    }
    bySlug.set(incident.slug, entry);
  }
  return [...bySlug.values()].sort((a, b) => b.startUtc.localeCompare(a.startUtc));
}

/** A cloud-outage event's worst status is its members' worst (it stores no status of its own). */
const cloudEventSchema = z.object({ kind: z.literal('cloud-event'), members: z.array(z.object({ worstStatus: z.enum(STATUSES).catch('unknown') })).catch([]) });

function detectedSummary(row: { id: string; startedAt: Date; endedAt: Date | null; data: unknown }): DetectedIncidentSummary {
  const event = cloudEventSchema.safeParse(row.data);
  if (event.success) {
    const worst = event.data.members.map((m) => m.worstStatus).sort((a, b) => STATUS_SEVERITY[b] - STATUS_SEVERITY[a])[0] ?? 'unknown';
    return { slug: row.id, startedAt: row.startedAt.toISOString(), endedAt: row.endedAt?.toISOString() ?? null, worstStatus: worst, reason: null, precisionSec: 0 };
  }
  const data = detectedDataSchema.parse(row.data ?? {});
  return { slug: row.id, startedAt: row.startedAt.toISOString(), endedAt: row.endedAt?.toISOString() ?? null, ...data };
}

/** Incidents Marsad detected for the service, and past (reconstructed) incidents whose events name it. */
export async function getServiceIncidents(serviceId: string): Promise<ServiceIncidents> {
  const { db } = await getDatabase();
  const rows = await readDetectedIncidentsOf(db, serviceId);
  const service = findService(getCatalog(), serviceId);
  const cloud = service?.category === 'cloud' ? service.shortName : undefined;
  return { detected: rows.map(detectedSummary), past: pastEntriesFor(serviceId, cloud) };
}
