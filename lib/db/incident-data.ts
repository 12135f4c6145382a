// The jsonb of the incident tables. `incidents.data` holds, per origin, the rest of a past incident
// (lib/incidents) or the engine's MeasuredIncident (lib/status); `incident_events.detail` a past
// event's label, cloud link and time note; `title` and `summary` a text in both languages. Readers
// parse with these schemas and fall back to what can be said without guessing.
import { z } from 'zod';
import { CHAIN_CATEGORIES } from '@/lib/catalog/categories';
import { CLOUD_LINKS, localizedSchema, SOURCE_TYPES, type IncidentEvent, type Localized, type PastIncident } from '@/lib/incidents/types';
import type { MeasuredIncident } from '@/lib/status/incidents';
import { INCIDENT_PHASES, REASONS, STATUSES } from '@/lib/status/vocabulary';
import { assertSame, lenient, type Same } from './jsonb';
import { CLOUD_EVENT_TRIGGERS, DEPENDENCY_BASES, type CloudEvent } from '@/lib/correlation';

/** What a past incident keeps in `incidents.data`: everything but the columns and the events. */
export type PastIncidentData = Omit<PastIncident, 'slug' | 'provider' | 'region' | 'title' | 'startUtc' | 'endUtc' | 'events'>;
/** What a detected incident keeps there: the engine's incident as lib/status shapes it. */
export type DetectedIncidentData = MeasuredIncident;
export type IncidentData = PastIncidentData | DetectedIncidentData | CloudEventData;

/** What a past event keeps in `incident_events.detail` (detected events keep a subset, or nothing). */
export type PastEventDetail = Pick<IncidentEvent, 'serviceLabel' | 'cloudLink' | 'timeNote' | 'timeApproximate' | 'bestSourceType'>;
/** A detected incident's timeline entry: what the evaluator saw (lib/engine/evaluator.ts IncidentTimelineEntry). */
export interface MeasuredEventDetail {
  kind: 'measured' | 'reported';
  reason: (typeof REASONS)[number] | null;
  failingVantages: number;
  vantageCount: number;
}
export type EventDetail = Partial<PastEventDetail & { measured: MeasuredEventDetail }>;

export const measuredIncidentSchema = z.object({
  id: z.string(),
  targetId: z.string(),
  startedAt: z.number(),
  startConfirmedAt: z.number(),
  endedAt: z.number().nullable(),
  endConfirmedAt: z.number().nullable(),
  precisionSec: z.number(),
  worstStatus: z.enum(STATUSES),
  reason: z.enum(REASONS).nullable(),
  reopenCount: z.number(),
  acknowledgedAt: z.number().nullable().optional(),
  acknowledgedCreatedAt: z.number().nullable().optional(),
});
assertSame<Same<z.output<typeof measuredIncidentSchema>, MeasuredIncident>>();

/** A detected incident's stored data, or null when it is not a whole MeasuredIncident. */
export function readMeasuredIncident(value: unknown): MeasuredIncident | null {
  const parsed = measuredIncidentSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The fields of `data` the incident list and a detected incident's page show, for either origin. */
export const incidentSummarySchema = z
  .object({
    zone: lenient(z.string()),
    regionName: lenient(localizedSchema),
    endBounds: lenient(z.object({ earliestUtc: z.string(), latestUtc: z.string() })),
    inScope: lenient(z.boolean()),
    phase: lenient(z.enum(INCIDENT_PHASES)),
  })
  .catch({});

/** Everything stored in `data` as plain fields, for the past-incident schema to validate whole. */
export const dataFieldsSchema = z.record(z.string(), z.unknown()).catch({});

export const eventDetailSchema = z
  .object({
    serviceLabel: lenient(z.string()),
    cloudLink: lenient(z.enum(CLOUD_LINKS)),
    timeNote: lenient(localizedSchema),
    timeApproximate: lenient(z.boolean()),
    bestSourceType: lenient(z.enum(SOURCE_TYPES)),
    measured: lenient(
      z.object({
        kind: z.enum(['measured', 'reported']),
        reason: z.enum(REASONS).nullable(),
        failingVantages: z.number(),
        vantageCount: z.number(),
      }),
    ),
  })
  .catch({});
assertSame<Same<z.output<typeof eventDetailSchema>, EventDetail>>();

/** A stored `{ ar, en }` text, or `fallback` when it is not one. */
export function readLocalized(value: unknown, fallback: Localized): Localized {
  const parsed = localizedSchema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

// --- Cloud-outage events (lib/correlation): a detected incident whose `data` says `kind: 'cloud-event'`. ---

/** What a cloud-outage event keeps in `incidents.data`: the rules' whole event, the cloud's display name and catalog id. */
export interface CloudEventData extends CloudEvent {
  kind: 'cloud-event';
  /** The cloud's short name as pages show it (`AWS`), and its catalog id (`aws`) when the catalog has it. */
  provider: string;
  cloudServiceId: string | null;
}

const epoch = z.number();
const cloudEventSettingsSchema = z.object({ minServices: z.number(), windowMs: z.number(), quietMs: z.number(), rejoinMs: z.number() });
const memberSpellSchema = z.object({ failedAt: epoch, recoveredAt: epoch.nullable(), incidentSlug: z.string().nullable() });
const eventMemberSchema = z.object({
  serviceId: z.string(),
  basis: z.array(z.enum(DEPENDENCY_BASES)),
  source: z.string().nullable(),
  measuredAt: epoch.nullable(),
  failedAt: epoch,
  recoveredAt: epoch.nullable(),
  worstStatus: z.enum(STATUSES),
  incidentSlug: z.string().nullable(),
  spells: z.array(memberSpellSchema).min(1),
});
const eventChainSchema = z.object({ serviceId: z.string(), layer: z.enum(CHAIN_CATEGORIES), producingSince: epoch.nullable(), stalledAt: epoch.nullable() });
const acknowledgementSchema = z.object({
  createdAt: epoch.nullable(),
  firstSeenAt: epoch,
  region: z.string(),
  incidentIds: z.array(z.string()),
  url: z.string().nullable(),
  impact: z.string().nullable(),
});

export const cloudEventDataSchema = z.object({
  kind: z.literal('cloud-event'),
  id: z.string(),
  providerId: z.string(),
  provider: z.string(),
  cloudServiceId: z.string().nullable(),
  region: z.string(),
  trigger: z.enum(CLOUD_EVENT_TRIGGERS),
  startedAt: epoch,
  joinFrom: epoch,
  openedAt: epoch,
  endedAt: epoch.nullable(),
  closedAt: epoch.nullable(),
  acknowledgement: acknowledgementSchema.nullable(),
  cloudResolvedAt: epoch.nullable(),
  members: z.array(eventMemberSchema),
  chains: z.array(eventChainSchema),
  settings: cloudEventSettingsSchema,
});
assertSame<Same<z.output<typeof cloudEventDataSchema>, CloudEventData>>();

/** True when a detected incident's `data` is a cloud-outage event (whole or not): never read it as a MeasuredIncident. */
export function isCloudEventData(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'cloud-event';
}

/** A cloud-outage event's stored data, or null when it is not a whole one (a hand edit, an older writer). */
export function readCloudEventData(value: unknown): CloudEventData | null {
  const parsed = cloudEventDataSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
