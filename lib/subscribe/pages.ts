// What the subscribe pages read for a mailed token (app/[locale]/(site)/subscribe): whether a confirmation
// or a webhook activation still works, and whether an unsubscribe token still names a subscriber. Only
// what the page shows leaves here (the scope, the language, the endpoint's URL), never an address.
import { getDatabase } from '@/lib/db/client';
import { isToken, readPendingByToken, readSubscriberByUnsubscribeToken, readWebhookRegistration } from '@/lib/db/email-subscribers';
import type { Locale } from '@/lib/i18n/routing';

/** The scope a working confirmation token would confirm, or null (unknown, used or expired). */
export async function pendingConfirmation(token: string, now = new Date()): Promise<{ scope: string } | null> {
  if (!isToken(token)) return null;
  const row = await readPendingByToken((await getDatabase()).db, token, now);
  return row ? { scope: row.scope } : null;
}

/** Whether an unsubscribe token still names a subscriber (and in which language). */
export async function unsubscribeTarget(token: string): Promise<{ locale: Locale } | null> {
  if (!isToken(token)) return null;
  const row = await readSubscriberByUnsubscribeToken((await getDatabase()).db, token);
  return row ? { locale: row.locale } : null;
}

/** The endpoint URL a working webhook activation token would start, or null. */
export async function pendingWebhook(token: string, now = new Date()): Promise<{ url: string } | null> {
  if (!isToken(token)) return null;
  const row = await readWebhookRegistration((await getDatabase()).db, token, now);
  return row ? { url: row.url } : null;
}
