// The notification outbox (lib/db/schema.ts notificationOutbox) and what delivery keeps beside it: webhook
// endpoints and the Telegram channel posts edited in place. Rows are written in the transaction of the
// change they announce (enqueueNotifications takes the caller's transaction) and claimed by senders with
// FOR UPDATE SKIP LOCKED and a lease, so several processes on PostgreSQL share the work without sending a
// row twice, and a sender killed mid-delivery leaves its rows to be claimed again once the lease ends. On
// PGlite there is one process and one connection: the same statements run, nothing waits on a lock.
import { and, asc, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { Locale } from '@/lib/i18n/routing';
import type { Category } from '@/lib/catalog/schema';
import type { Notification } from '@/lib/notify/notification';
import { scopesOf } from '@/lib/notify/subscriptions';
import { chatsFollowing } from './subscribers';
import { emailTargetsFollowing } from './email-subscribers';
import type { Db } from './client';
import { notificationOutbox, telegramPosts, webhookEndpoints } from './schema';

export type OutboxChannel = (typeof notificationOutbox.$inferSelect)['channel'];
export type OutboxState = (typeof notificationOutbox.$inferSelect)['state'];
export type OutboxRow = typeof notificationOutbox.$inferSelect;
export type WebhookEndpoint = typeof webhookEndpoints.$inferSelect;

export interface OutboxTargets {
  /** The languages whose Telegram channel gets posts (none without a bot). */
  telegramChannels: readonly Locale[];
  /** With a bot: each change also goes to the subscribers following it (all, its service's group, the service). */
  telegramSubscribers?: { groupOf: (serviceId: string) => Category | null };
  /** With SMTP configured: each change also goes to the confirmed email subscribers following it, once per address. */
  emailSubscribers?: { groupOf: (serviceId: string) => Category | null };
}

/** Rows per INSERT: nine parameters a row stays far below PostgreSQL's 65,535. */
const INSERT_CHUNK = 2000;

/**
 * In the caller's transaction: one row per notification and target (every enabled webhook endpoint, every
 * Telegram channel), ON CONFLICT DO NOTHING on (change, channel, target). Returns how many were new.
 */
export async function enqueueNotifications(tx: Db, notifications: readonly Notification[], targets: OutboxTargets): Promise<number> {
  if (notifications.length === 0) return 0;
  const endpoints = await tx.select({ id: webhookEndpoints.id }).from(webhookEndpoints).where(eq(webhookEndpoints.enabled, true));
  const rows: (typeof notificationOutbox.$inferInsert)[] = [];
  for (const n of notifications) {
    const base = { changeKey: n.changeKey, subjectId: n.subjectId, eventType: n.payload.type, payload: n.payload as unknown as Record<string, unknown>, createdAt: new Date(n.occurredAt), nextAttemptAt: new Date(n.occurredAt) };
    for (const e of endpoints) rows.push({ ...base, channel: 'webhook', target: e.id });
    for (const locale of targets.telegramChannels) rows.push({ ...base, channel: 'telegram-channel', target: locale });
    if (targets.telegramSubscribers) {
      const { serviceId } = n.payload.data;
      const chats = await chatsFollowing(tx, scopesOf({ serviceId, group: serviceId ? targets.telegramSubscribers.groupOf(serviceId) : null }));
      for (const chatId of chats) rows.push({ ...base, channel: 'telegram-dm', target: chatId });
    }
    if (targets.emailSubscribers) {
      const { serviceId } = n.payload.data;
      const subscribers = await emailTargetsFollowing(tx, scopesOf({ serviceId, group: serviceId ? targets.emailSubscribers.groupOf(serviceId) : null }));
      for (const id of subscribers) rows.push({ ...base, channel: 'email', target: id });
    }
  }
  let added = 0;
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const inserted = await tx
      .insert(notificationOutbox)
      .values(rows.slice(i, i + INSERT_CHUNK))
      .onConflictDoNothing({ target: [notificationOutbox.changeKey, notificationOutbox.channel, notificationOutbox.target] })
      .returning({ id: notificationOutbox.id });
    added += inserted.length;
  }
  return added;
}

/**
 * Claims up to `limit` due rows: pending ones whose time has come, and sending ones whose lease ended (their
 * sender died). A row waits while an earlier row of the same incident and target is unfinished, so each
 * target receives an incident's changes in order. Claiming bumps `attempts` and sets the lease.
 */
export async function claimDeliveries(db: Db, options: { now: Date; limit: number; leaseMs: number; channels?: readonly OutboxChannel[] }): Promise<OutboxRow[]> {
  const { now, limit, leaseMs } = options;
  const o = notificationOutbox;
  const due = db
    .select({ id: o.id })
    .from(o)
    .where(
      and(
        ...(options.channels ? [inArray(o.channel, [...options.channels])] : []),
        or(and(eq(o.state, 'pending'), lte(o.nextAttemptAt, now)), and(eq(o.state, 'sending'), lt(o.leaseUntil, now))),
        sql`not exists (select 1 from notification_outbox earlier where earlier.subject_id = ${o.subjectId} and earlier.channel = ${o.channel} and earlier.target = ${o.target} and earlier.id < ${o.id} and earlier.state in ('pending', 'sending'))`,
      ),
    )
    .orderBy(asc(o.id))
    .limit(limit)
    .for('update', { skipLocked: true });
  const claimed = await db
    .update(o)
    .set({ state: 'sending', attempts: sql`${o.attempts} + 1`, leaseUntil: new Date(now.getTime() + leaseMs) })
    .where(inArray(o.id, due))
    .returning();
  return claimed.sort((a, b) => a.id - b.id);
}

export async function markDelivered(db: Db, id: number, at: Date): Promise<void> {
  await db.update(notificationOutbox).set({ state: 'delivered', deliveredAt: at, leaseUntil: null, lastError: null }).where(eq(notificationOutbox.id, id));
}

/** A failed attempt: tried again at `nextAt`, or failed for good when `nextAt` is null (past the give-up window). */
export async function markAttemptFailed(db: Db, id: number, error: string, nextAt: Date | null): Promise<void> {
  await db
    .update(notificationOutbox)
    .set(nextAt ? { state: 'pending', nextAttemptAt: nextAt, leaseUntil: null, lastError: error.slice(0, 500) } : { state: 'failed', leaseUntil: null, lastError: error.slice(0, 500) })
    .where(eq(notificationOutbox.id, id));
}

/** What waits and what failed, by channel and state, with the oldest waiting change (for /api/metrics). */
export async function readOutboxBacklog(db: Db): Promise<{ channel: OutboxChannel; state: OutboxState; rows: number; oldest: Date | null }[]> {
  const o = notificationOutbox;
  const rows = await db
    .select({ channel: o.channel, state: o.state, rows: sql<number>`count(*)::int`, oldest: sql<string | null>`min(${o.createdAt})` })
    .from(o)
    .where(inArray(o.state, ['pending', 'sending', 'failed']))
    .groupBy(o.channel, o.state);
  return rows.map((r) => ({ channel: r.channel, state: r.state, rows: Number(r.rows), oldest: r.oldest === null ? null : new Date(r.oldest) }));
}

// Webhook endpoints.

export async function readWebhookEndpoint(db: Db, id: string): Promise<WebhookEndpoint | null> {
  const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id)).limit(1);
  return row ?? null;
}

export async function listWebhookEndpoints(db: Db): Promise<WebhookEndpoint[]> {
  return db.select().from(webhookEndpoints).orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
}

/** Adds an endpoint, or replaces its URL and secrets and enables it again (an operator's command or setting). */
export async function saveWebhookEndpoint(db: Db, endpoint: { id: string; url: string; secrets: string[] }): Promise<void> {
  await db
    .insert(webhookEndpoints)
    .values({ ...endpoint, enabled: true })
    .onConflictDoUpdate({ target: webhookEndpoints.id, set: { url: endpoint.url, secrets: endpoint.secrets, enabled: true, disabledReason: null, failingSince: null } });
}

/**
 * Disables an endpoint and cancels what still waits for it. Returns whether this call disabled it (false when
 * it already was): deliveries to one endpoint run side by side, and only one of them may tell its owner.
 */
export async function disableWebhookEndpoint(db: Db, id: string, reason: NonNullable<WebhookEndpoint['disabledReason']>): Promise<boolean> {
  return db.transaction(async (tx) => {
    const changed = await tx
      .update(webhookEndpoints)
      .set({ enabled: false, disabledReason: reason })
      .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.enabled, true)))
      .returning({ id: webhookEndpoints.id });
    await tx
      .update(notificationOutbox)
      .set({ state: 'cancelled', leaseUntil: null, lastError: `endpoint disabled (${reason})` })
      .where(and(eq(notificationOutbox.channel, 'webhook'), eq(notificationOutbox.target, id), inArray(notificationOutbox.state, ['pending', 'sending'])));
    return changed.length > 0;
  });
}

/** After an attempt: a success clears the failing streak; a failure starts one (returns when it started). */
export async function recordEndpointOutcome(db: Db, id: string, ok: boolean, at: Date): Promise<Date | null> {
  if (ok) {
    await db.update(webhookEndpoints).set({ failingSince: null }).where(eq(webhookEndpoints.id, id));
    return null;
  }
  const [row] = await db
    .update(webhookEndpoints)
    .set({ failingSince: sql`coalesce(${webhookEndpoints.failingSince}, ${at.toISOString()}::timestamptz)` })
    .where(eq(webhookEndpoints.id, id))
    .returning({ failingSince: webhookEndpoints.failingSince });
  return row?.failingSince ?? null;
}

// Telegram channel posts.

export async function readTelegramPost(db: Db, subjectId: string, chatId: string): Promise<number | null> {
  const [row] = await db
    .select({ messageId: telegramPosts.messageId })
    .from(telegramPosts)
    .where(and(eq(telegramPosts.subjectId, subjectId), eq(telegramPosts.chatId, chatId)))
    .limit(1);
  return row?.messageId ?? null;
}

export async function saveTelegramPost(db: Db, subjectId: string, chatId: string, messageId: number, at: Date): Promise<void> {
  await db
    .insert(telegramPosts)
    .values({ subjectId, chatId, messageId, updatedAt: at })
    .onConflictDoUpdate({ target: [telegramPosts.subjectId, telegramPosts.chatId], set: { messageId, updatedAt: at } });
}
