// A maintenance window scheduled on the desk, as a webhook event (`maintenance.scheduled`, docs/notifications.md).
// Pure: the desk queues it in the transaction that writes the window. Webhooks only: the Telegram posts are
// written for incidents (edited in place as they change) and do not carry maintenance.
import type { Locale } from '@/lib/i18n/routing';
import { changeKeyOf, NOTIFICATION_VERSION } from './notification';

export const MAINTENANCE_EVENT_TYPES = ['maintenance.scheduled'] as const;
export type MaintenanceEventType = (typeof MAINTENANCE_EVENT_TYPES)[number];

export interface MaintenanceNotificationData {
  /** The window's id (its entry in /api/v2/scheduled-maintenances.json). */
  id: string;
  kind: 'maintenance';
  source: 'editor' | 'company';
  serviceIds: string[];
  startsAt: string;
  endsAt: string;
  announcedAt: string;
  description: Record<Locale, string | null>;
  /** The home page in each language (the window is shown there ahead of time), and the API's list. */
  url: Record<Locale, string>;
  api: string;
}

export interface MaintenanceNotification {
  changeKey: string;
  subjectId: string;
  occurredAt: number;
  payload: { type: MaintenanceEventType; version: typeof NOTIFICATION_VERSION; timestamp: string; data: MaintenanceNotificationData };
}

export function maintenanceScheduledNotification(
  window: { id: string; source: 'editor' | 'company'; serviceIds: string[]; startsAt: Date; endsAt: Date; announcedAt: Date; description: Record<Locale, string | null> },
  occurredAt: number,
  origin: string,
): MaintenanceNotification {
  const data: MaintenanceNotificationData = {
    id: window.id,
    kind: 'maintenance',
    source: window.source,
    serviceIds: window.serviceIds,
    startsAt: window.startsAt.toISOString(),
    endsAt: window.endsAt.toISOString(),
    announcedAt: window.announcedAt.toISOString(),
    description: window.description,
    url: { ar: `${origin}/`, en: `${origin}/en` },
    api: `${origin}/api/v2/scheduled-maintenances.json`,
  };
  return {
    changeKey: changeKeyOf(window.id, ['scheduled', data.serviceIds, data.startsAt, data.endsAt]),
    subjectId: window.id,
    occurredAt,
    payload: { type: 'maintenance.scheduled', version: NOTIFICATION_VERSION, timestamp: new Date(occurredAt).toISOString(), data },
  };
}
