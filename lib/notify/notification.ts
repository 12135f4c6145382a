// What a notification says, whatever channel carries it: the change of an incident (detected for one
// service, or a cloud-outage event) as a versioned event (docs/notifications.md). Pure: the engine builds
// these from its rounds, the outbox stores them, webhooks send them as JSON and Telegram renders them.
import { createHash } from 'node:crypto';
import type { Locale } from '@/lib/i18n/routing';
import type { Status } from '@/lib/status/vocabulary';

export const NOTIFICATION_EVENT_TYPES = ['incident.created', 'incident.updated', 'incident.resolved'] as const;
export type NotificationEventType = (typeof NOTIFICATION_EVENT_TYPES)[number];
/** The payload's version: a receiver reads `version` before `data`; a breaking change raises it. */
export const NOTIFICATION_VERSION = 1;

export const INCIDENT_CHANGES = ['opened', 'reopened', 'worsened', 'acknowledged', 'updated', 'resolved'] as const;
export type IncidentChangeKind = (typeof INCIDENT_CHANGES)[number];

export interface NotificationData {
  /** The incident's slug (its page is /incidents/<id>). */
  id: string;
  kind: 'service' | 'cloud-event';
  change: IncidentChangeKind;
  title: Record<Locale, string>;
  serviceId: string | null;
  provider: string | null;
  region: string | null;
  /** The service's status now (a cloud-outage event: its worst member's). */
  status: Status;
  startedAt: string;
  endedAt: string | null;
  /** Absolute links to the incident's page in each language, and to its API entry. */
  url: Record<Locale, string>;
  api: string;
}

/** The webhook body (Standard Webhooks' `type`, `timestamp`, `data`), stored once per change. */
export interface NotificationPayload {
  type: NotificationEventType;
  version: typeof NOTIFICATION_VERSION;
  timestamp: string;
  data: NotificationData;
}

export interface Notification {
  /** `<incident>:<digest>`: equal for every worker that evaluates the same change, so it is queued once. */
  changeKey: string;
  subjectId: string;
  occurredAt: number;
  payload: NotificationPayload;
}

export function eventTypeOf(change: IncidentChangeKind): NotificationEventType {
  if (change === 'opened') return 'incident.created';
  if (change === 'resolved') return 'incident.resolved';
  return 'incident.updated';
}

/**
 * The change's key: the incident and a digest of what a reader is told (not the round's time, which differs
 * between workers). Two rounds that tell the same thing share a key, so the second is not sent again.
 */
export function changeKeyOf(subjectId: string, told: unknown): string {
  const digest = createHash('sha256').update(JSON.stringify(told)).digest('base64url').slice(0, 16);
  return `${subjectId}:${digest}`;
}

export interface IncidentLinks {
  /** The public origin (lib/open-data/seo.ts siteOrigin), without a trailing slash. */
  origin: string;
}

export function incidentUrls(origin: string, id: string): Pick<NotificationData, 'url' | 'api'> {
  return {
    url: { ar: `${origin}/incidents/${id}`, en: `${origin}/en/incidents/${id}` },
    api: `${origin}/api/v1/incidents/${id}`,
  };
}

export function buildNotification(input: { data: Omit<NotificationData, 'url' | 'api'>; told: unknown; occurredAt: number; origin: string }): Notification {
  const { data, occurredAt, origin } = input;
  return {
    changeKey: changeKeyOf(data.id, input.told),
    subjectId: data.id,
    occurredAt,
    payload: {
      type: eventTypeOf(data.change),
      version: NOTIFICATION_VERSION,
      timestamp: new Date(occurredAt).toISOString(),
      data: { ...data, ...incidentUrls(origin, data.id) },
    },
  };
}
