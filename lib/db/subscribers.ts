// The bot's subscribers and what each follows. A chat id is personal data: read here to deliver and to
// answer the subscriber, never shown or exported; /stop and blocking the bot delete it with its subscriptions.
import { and, eq, inArray } from 'drizzle-orm';
import type { Locale } from '@/lib/i18n/routing';
import type { SubscriptionScope } from '@/lib/notify/subscriptions';
import type { Db } from './client';
import { telegramSubscribers, telegramSubscriptions } from './schema';

/** Subscribes a chat to a scope, in a language (the latest choice wins for all its messages). */
export async function subscribeChat(db: Db, chatId: string, locale: Locale, scope: SubscriptionScope): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(telegramSubscribers).values({ chatId, locale }).onConflictDoUpdate({ target: telegramSubscribers.chatId, set: { locale } });
    await tx.insert(telegramSubscriptions).values({ chatId, scope }).onConflictDoNothing();
  });
}

export async function readChatSubscriptions(db: Db, chatId: string): Promise<{ locale: Locale; scopes: SubscriptionScope[] } | null> {
  const [subscriber] = await db.select().from(telegramSubscribers).where(eq(telegramSubscribers.chatId, chatId)).limit(1);
  if (!subscriber) return null;
  const rows = await db.select({ scope: telegramSubscriptions.scope }).from(telegramSubscriptions).where(eq(telegramSubscriptions.chatId, chatId));
  return { locale: subscriber.locale, scopes: rows.map((r) => r.scope as SubscriptionScope) };
}

/** Deletes the chat and everything it follows (/stop, or the bot blocked). */
export async function deleteChat(db: Db, chatId: string): Promise<void> {
  await db.delete(telegramSubscribers).where(eq(telegramSubscribers.chatId, chatId));
}

/** The chats that follow any of these scopes, once each. */
export async function chatsFollowing(db: Db, scopes: readonly SubscriptionScope[]): Promise<string[]> {
  if (scopes.length === 0) return [];
  const rows = await db.selectDistinct({ chatId: telegramSubscriptions.chatId }).from(telegramSubscriptions).where(inArray(telegramSubscriptions.scope, [...scopes]));
  return rows.map((r) => r.chatId);
}

export async function readChatLocale(db: Db, chatId: string): Promise<Locale | null> {
  const [row] = await db.select({ locale: telegramSubscribers.locale }).from(telegramSubscribers).where(and(eq(telegramSubscribers.chatId, chatId))).limit(1);
  return row?.locale ?? null;
}
