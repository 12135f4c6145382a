// The engine's changes as notifications: a detected incident's change (lib/status) and a cloud-outage event's
// (lib/correlation). What a reader is told decides the change's key, so two workers evaluating the same
// results queue one notification, and a round that changes nothing a reader sees queues none.
import type { CloudEventChange } from '@/lib/correlation';
import type { Locale } from '@/lib/i18n/routing';
import type { IncidentChange } from '@/lib/status/incidents';
import { STATUS_SEVERITY, type Status } from '@/lib/status/vocabulary';
import { buildNotification, type Notification } from './notification';

export interface DetectedChangeContext {
  title: Record<Locale, string>;
  /** The service's status after the round, and since when (both read from the results, so equal on every worker). */
  status: Status;
  since: number;
  at: number;
  origin: string;
}

export function notificationOfIncidentChange(change: IncidentChange & { serviceId: string }, ctx: DetectedChangeContext): Notification {
  const { incident } = change;
  return buildNotification({
    data: {
      id: incident.id,
      kind: 'service',
      change: change.type,
      title: ctx.title,
      serviceId: change.serviceId,
      provider: null,
      region: null,
      status: ctx.status,
      startedAt: new Date(incident.startedAt).toISOString(),
      endedAt: incident.endedAt === null ? null : new Date(incident.endedAt).toISOString(),
    },
    told: {
      open: incident.endedAt === null,
      status: ctx.status,
      since: ctx.since,
      worst: incident.worstStatus,
      reopened: incident.reopenCount,
      acknowledged: incident.acknowledgedAt != null,
    },
    occurredAt: ctx.at,
    origin: ctx.origin,
  });
}

export interface CloudEventChangeContext {
  title: Record<Locale, string>;
  /** The cloud's name as shown (AWS, LabCloud). */
  provider: string;
  at: number;
  origin: string;
}

/** The worst status among the members still failing (operational once all recovered). */
function eventStatus(change: CloudEventChange): Status {
  const failing = change.event.members.filter((m) => m.recoveredAt === null);
  if (change.event.endedAt !== null || failing.length === 0) return 'operational';
  return failing.map((m) => m.worstStatus).reduce((a, b) => (STATUS_SEVERITY[b] > STATUS_SEVERITY[a] ? b : a));
}

export function notificationOfCloudEventChange(change: CloudEventChange, ctx: CloudEventChangeContext): Notification {
  const { event } = change;
  return buildNotification({
    data: {
      id: event.id,
      kind: 'cloud-event',
      change: change.type,
      title: ctx.title,
      serviceId: null,
      provider: ctx.provider,
      region: event.region,
      status: eventStatus(change),
      startedAt: new Date(event.startedAt).toISOString(),
      endedAt: event.endedAt === null ? null : new Date(event.endedAt).toISOString(),
    },
    told: {
      open: event.endedAt === null,
      members: event.members.map((m) => [m.serviceId, m.spells.length, m.recoveredAt === null]),
      acknowledged: event.acknowledgement !== null,
      cloudResolved: event.cloudResolvedAt !== null,
    },
    occurredAt: ctx.at,
    origin: ctx.origin,
  });
}
