// Queues `maintenance.scheduled` for every enabled webhook endpoint, in the desk's transaction that writes the
// window (the outbox: never one without the other). The notifier sends it like any other webhook row.
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { notificationOutbox, webhookEndpoints } from '@/lib/db/schema';
import { maintenanceScheduledNotification } from '@/lib/notify/maintenance';
import { siteOrigin } from '@/lib/open-data/seo';
import type { Locale } from '@/lib/i18n/routing';

export async function enqueueMaintenanceScheduled(
  tx: Db,
  window: { id: string; source: 'editor' | 'company'; serviceIds: string[]; startsAt: Date; endsAt: Date; announcedAt: Date; description: Record<Locale, string | null> },
  now: Date,
  origin?: string,
): Promise<number> {
  const n = maintenanceScheduledNotification(window, now.getTime(), origin ?? siteOrigin());
  const endpoints = await tx.select({ id: webhookEndpoints.id }).from(webhookEndpoints).where(eq(webhookEndpoints.enabled, true));
  if (endpoints.length === 0) return 0;
  const rows = endpoints.map((e) => ({
    changeKey: n.changeKey, subjectId: n.subjectId, eventType: n.payload.type, payload: n.payload as unknown as Record<string, unknown>,
    createdAt: now, nextAttemptAt: now, channel: 'webhook' as const, target: e.id,
  }));
  const inserted = await tx.insert(notificationOutbox).values(rows).onConflictDoNothing().returning({ id: notificationOutbox.id });
  return inserted.length;
}
