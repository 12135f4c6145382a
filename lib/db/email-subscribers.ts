// Email subscriptions and webhook registrations waiting for their emailed link. An address is personal
// data: read here to send and nowhere else, never shown or exported; unsubscribing deletes every row of
// the address and cancels what still waits for it. Tokens are random (32 bytes) and single-purpose: a
// confirmation token is stored only as its SHA-256 and stops working once used or expired.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Locale } from '@/lib/i18n/routing';
import type { SubscriptionScope } from '@/lib/notify/subscriptions';
import type { Db } from './client';
import { emailSubscribers, notificationOutbox, webhookRegistrations } from './schema';

export type EmailSubscriber = typeof emailSubscribers.$inferSelect;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** A token as it may arrive in a link: 43 base64url characters (32 bytes). Anything else is not looked up. */
export function isToken(token: unknown): token is string {
  return typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token);
}

export type SubscribeResult =
  /** A confirmation mail is to be sent with this token (and the row's unsubscribe token, for its List-Unsubscribe header). */
  | { kind: 'confirm'; token: string; id: string; unsubscribeToken: string }
  /** Already confirmed, or a confirmation went out moments ago: nothing is sent (the visitor is told the same). */
  | { kind: 'quiet' };

/**
 * Asks for a subscription: a new row, or a fresh token for one still unconfirmed (unless one was sent less
 * than `resendAfterMs` ago). Unconfirmed rows whose link expired are deleted on the way.
 */
export async function requestEmailSubscription(
  db: Db,
  input: { email: string; locale: Locale; scope: SubscriptionScope; now: Date; confirmWindowMs: number; resendAfterMs: number },
): Promise<SubscribeResult> {
  const { email, locale, scope, now } = input;
  const s = emailSubscribers;
  return db.transaction(async (tx) => {
    await tx.delete(s).where(and(isNull(s.confirmedAt), lt(s.confirmExpiresAt, now)));
    const [existing] = await tx.select().from(s).where(and(eq(s.email, email), eq(s.scope, scope))).limit(1);
    if (existing?.confirmedAt) return { kind: 'quiet' } as const;
    if (existing?.confirmSentAt && now.getTime() - existing.confirmSentAt.getTime() < input.resendAfterMs) return { kind: 'quiet' } as const;
    const token = newToken();
    const fields = { locale, confirmTokenHash: tokenHash(token), confirmExpiresAt: new Date(now.getTime() + input.confirmWindowMs), confirmSentAt: now };
    if (existing) {
      await tx.update(s).set(fields).where(eq(s.id, existing.id));
      return { kind: 'confirm', token, id: existing.id, unsubscribeToken: existing.unsubscribeToken } as const;
    }
    const id = `es_${randomBytes(12).toString('base64url')}`;
    const unsubscribeToken = newToken();
    await tx.insert(s).values({ id, email, scope, unsubscribeToken, createdAt: now, ...fields });
    return { kind: 'confirm', token, id, unsubscribeToken } as const;
  });
}

/** The subscription a confirmation token names while it still works (for the confirmation page). */
export async function readPendingByToken(db: Db, token: string, now: Date): Promise<EmailSubscriber | null> {
  const s = emailSubscribers;
  const [row] = await db.select().from(s).where(and(eq(s.confirmTokenHash, tokenHash(token)), isNull(s.confirmedAt), gt(s.confirmExpiresAt, now))).limit(1);
  return row ?? null;
}

/** Confirms: the token is used up. Null when it is unknown, used or expired. */
export async function confirmEmailSubscription(db: Db, token: string, now: Date): Promise<EmailSubscriber | null> {
  const s = emailSubscribers;
  const [row] = await db
    .update(s)
    .set({ confirmedAt: now, confirmTokenHash: null, confirmExpiresAt: null })
    .where(and(eq(s.confirmTokenHash, tokenHash(token)), isNull(s.confirmedAt), gt(s.confirmExpiresAt, now)))
    .returning();
  return row ?? null;
}

export async function readSubscriberByUnsubscribeToken(db: Db, token: string): Promise<EmailSubscriber | null> {
  const [row] = await db.select().from(emailSubscribers).where(eq(emailSubscribers.unsubscribeToken, token)).limit(1);
  return row ?? null;
}

/**
 * One-click unsubscribe: deletes every subscription of the token's address and cancels the messages still
 * waiting for them. Returns the language to answer in, or null when the token is unknown (already done).
 */
export async function unsubscribeByToken(db: Db, token: string): Promise<{ locale: Locale; removed: number } | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ email: emailSubscribers.email, locale: emailSubscribers.locale }).from(emailSubscribers).where(eq(emailSubscribers.unsubscribeToken, token)).limit(1);
    if (!row) return null;
    const removed = await tx.delete(emailSubscribers).where(eq(emailSubscribers.email, row.email)).returning({ id: emailSubscribers.id });
    const ids = removed.map((r) => r.id);
    if (ids.length) {
      await tx
        .update(notificationOutbox)
        .set({ state: 'cancelled', leaseUntil: null, lastError: 'unsubscribed' })
        .where(and(eq(notificationOutbox.channel, 'email'), inArray(notificationOutbox.target, ids), inArray(notificationOutbox.state, ['pending', 'sending'])));
    }
    return { locale: row.locale, removed: ids.length };
  });
}

/**
 * The confirmed subscriptions following any of these scopes, one per address (an address following both
 * all incidents and a service gets one message per change, not two): the oldest subscription stands for it.
 */
export async function emailTargetsFollowing(db: Db, scopes: readonly SubscriptionScope[]): Promise<string[]> {
  if (scopes.length === 0) return [];
  const s = emailSubscribers;
  const rows = await db
    .selectDistinctOn([s.email], { id: s.id })
    .from(s)
    .where(and(inArray(s.scope, [...scopes]), isNotNull(s.confirmedAt)))
    .orderBy(s.email, s.createdAt, s.id);
  return rows.map((r) => r.id);
}

export async function readEmailSubscriber(db: Db, id: string): Promise<EmailSubscriber | null> {
  const [row] = await db.select().from(emailSubscribers).where(eq(emailSubscribers.id, id)).limit(1);
  return row ?? null;
}

/** How many confirmed addresses and waiting confirmations there are (counts only: for metrics and the operator). */
export async function countEmailSubscribers(db: Db): Promise<{ confirmed: number; pending: number }> {
  const [row] = await db
    .select({
      confirmed: sql<number>`count(distinct ${emailSubscribers.email}) filter (where ${emailSubscribers.confirmedAt} is not null)::int`,
      pending: sql<number>`count(*) filter (where ${emailSubscribers.confirmedAt} is null)::int`,
    })
    .from(emailSubscribers);
  return { confirmed: Number(row?.confirmed ?? 0), pending: Number(row?.pending ?? 0) };
}

// Webhook endpoints registered by a person (the endpoint starts once the emailed link is followed).

export type WebhookRegistration = typeof webhookRegistrations.$inferSelect;

export async function requestWebhookRegistration(db: Db, input: { email: string; locale: Locale; url: string; now: Date; confirmWindowMs: number }): Promise<{ id: string; token: string }> {
  const r = webhookRegistrations;
  const token = newToken();
  const id = `wr_${randomBytes(12).toString('base64url')}`;
  await db.delete(r).where(lt(r.confirmExpiresAt, input.now));
  await db.insert(r).values({ id, email: input.email, locale: input.locale, url: input.url, confirmTokenHash: tokenHash(token), confirmExpiresAt: new Date(input.now.getTime() + input.confirmWindowMs), createdAt: input.now });
  return { id, token };
}

export async function readWebhookRegistration(db: Db, token: string, now: Date): Promise<WebhookRegistration | null> {
  const r = webhookRegistrations;
  const [row] = await db.select().from(r).where(and(eq(r.confirmTokenHash, tokenHash(token)), gt(r.confirmExpiresAt, now))).limit(1);
  return row ?? null;
}

/** Uses the token up (the registration is deleted): the caller creates the endpoint in the same transaction. */
export async function takeWebhookRegistration(db: Db, token: string, now: Date): Promise<WebhookRegistration | null> {
  const r = webhookRegistrations;
  const [row] = await db.delete(r).where(and(eq(r.confirmTokenHash, tokenHash(token)), gt(r.confirmExpiresAt, now))).returning();
  return row ?? null;
}
