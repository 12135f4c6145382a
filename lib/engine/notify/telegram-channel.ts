// The Telegram channel post of an incident (grammY's Api, against the API root of the settings): the first
// change sends the post and keeps its message id; every later change edits that post in place. A 429
// holds the chat for Telegram's retry_after; the row is tried again after it.
import { Api, GrammyError, HttpError } from 'grammy';
import type { Db } from '@/lib/db/client';
import { readTelegramPost, saveTelegramPost } from '@/lib/db/outbox';
import { deleteChat, readChatLocale } from '@/lib/db/subscribers';
import type { Locale } from '@/lib/i18n/routing';
import type { NotificationPayload } from '@/lib/notify/notification';
import type { TelegramLimiter } from '@/lib/notify/rate-limit';
import type { TelegramSettings } from '@/lib/notify/settings';
import { telegramPostText } from '@/lib/notify/telegram-text';
import type { DeliveryOutcome } from './outcome';
import { telegramFetch } from './telegram-fetch';

export function createTelegramApi(settings: TelegramSettings): Api {
  // Node's own fetch (undici) rather than grammY's bundled node-fetch; 15 s like the webhooks.
  return new Api(settings.token, { apiRoot: settings.apiRoot, timeoutSeconds: 15, fetch: telegramFetch as never });
}

const NO_PREVIEW = { link_preview_options: { is_disabled: true } } as const;

export interface ChannelPost {
  db: Db;
  api: Api;
  limiter: TelegramLimiter;
  chatId: string;
  locale: Locale;
  subjectId: string;
  payload: NotificationPayload;
  now: () => number;
}

/** A 429 holds the chat for Telegram's retry_after; other API errors and network failures are tried again. */
function failureOutcome(error: unknown, p: Pick<ChannelPost, 'limiter' | 'chatId' | 'now'>): DeliveryOutcome {
  if (error instanceof GrammyError) {
    if (error.error_code === 429) {
      const retryAfterMs = (error.parameters.retry_after ?? 1) * 1000;
      p.limiter.hold(p.now() + retryAfterMs, p.chatId);
      return { kind: 'retry', error: `Telegram 429: retry after ${retryAfterMs / 1000} s`, retryAfterMs };
    }
    return { kind: 'retry', error: `Telegram ${error.error_code}: ${error.description}` };
  }
  if (error instanceof HttpError) return { kind: 'retry', error: `Telegram unreachable: ${(error.error as Error)?.message ?? error.message}` };
  return { kind: 'retry', error: (error as Error).message };
}

/**
 * One message to a bot subscriber, in the language they chose: a new message per change (a private chat
 * is not a channel to keep tidy). A subscriber who blocked the bot (403) is unsubscribed and deleted.
 */
export async function deliverDirectMessage(p: Omit<ChannelPost, 'locale'>): Promise<DeliveryOutcome> {
  try {
    const locale = await readChatLocale(p.db, p.chatId);
    if (!locale) return { kind: 'failed', error: 'the subscriber unsubscribed' };
    await p.limiter.take(p.chatId);
    await p.api.sendMessage(p.chatId, telegramPostText(p.payload, locale, 'message'), NO_PREVIEW);
    return { kind: 'delivered' };
  } catch (error) {
    if (error instanceof GrammyError && error.error_code === 403) {
      await deleteChat(p.db, p.chatId);
      return { kind: 'failed', error: 'the subscriber blocked the bot: unsubscribed and deleted' };
    }
    return failureOutcome(error, p);
  }
}

export async function deliverChannelPost(p: ChannelPost): Promise<DeliveryOutcome> {
  const text = telegramPostText(p.payload, p.locale);
  try {
    const messageId = await readTelegramPost(p.db, p.subjectId, p.chatId);
    await p.limiter.take(p.chatId);
    if (messageId !== null) {
      try {
        await p.api.editMessageText(p.chatId, messageId, text, NO_PREVIEW);
        return { kind: 'delivered' };
      } catch (error) {
        if (error instanceof GrammyError && error.error_code === 400 && /not modified/i.test(error.description)) return { kind: 'delivered' };
        // The post was deleted by a channel admin: post again.
        if (!(error instanceof GrammyError && error.error_code === 400 && /not found/i.test(error.description))) throw error;
        await p.limiter.take(p.chatId);
      }
    }
    const sent = await p.api.sendMessage(p.chatId, text, NO_PREVIEW);
    await saveTelegramPost(p.db, p.subjectId, p.chatId, sent.message_id, new Date(p.now()));
    return { kind: 'delivered' };
  } catch (error) {
    return failureOutcome(error, p);
  }
}
