// The subscription bot (grammY): a visitor opens `t.me/<bot>?start=<payload>` from a page and follows all
// incidents, a group or a service, in the language of the link (lib/notify/subscriptions.ts); /list says
// what they follow, /stop unsubscribes and deletes their data, and blocking the bot does the same. Private
// chats only. Updates reach it by long polling or by webhook, in exactly one process each
// (bot-receiver.ts, bot-webhook.ts); tests also hand it updates directly.
import { Bot } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Catalog } from '@/lib/catalog/schema';
import type { Db } from '@/lib/db/client';
import { deleteChat, readChatSubscriptions, subscribeChat } from '@/lib/db/subscribers';
import type { Locale } from '@/lib/i18n/routing';
import type { TelegramSettings } from '@/lib/notify/settings';
import { botText, parseStartPayload, scopeName, type SubscriptionScope } from '@/lib/notify/subscriptions';
import type { Log } from '@/lib/scheduler/scheduler';
import { telegramFetch } from './telegram-fetch';

export interface SubscriptionBotOptions {
  db: Db;
  settings: TelegramSettings;
  catalog: Catalog;
  log: Log;
  /** The bot's own identity; without it grammY asks getMe at the first update. */
  botInfo?: UserFromGetMe;
}

/** The updates the bot asks Telegram for (polling and webhook alike). */
export const BOT_ALLOWED_UPDATES = ['message', 'my_chat_member'] as const;

const localeOf = (languageCode: string | undefined): Locale => (languageCode?.toLowerCase().startsWith('en') ? 'en' : 'ar');

export function createSubscriptionBot(options: SubscriptionBotOptions): Bot {
  const { db, settings, catalog } = options;
  const bot = new Bot(settings.token, { client: { apiRoot: settings.apiRoot, timeoutSeconds: 15, fetch: telegramFetch as never }, ...(options.botInfo && { botInfo: options.botInfo }) });
  const serviceName = (id: string) => catalog.services.find((s) => s.id === id)?.shortName ?? null;
  const known = (scope: SubscriptionScope) => !scope.startsWith('service:') || serviceName(scope.slice('service:'.length)) !== null;
  const chats = bot.chatType('private');

  chats.command('start', async (ctx) => {
    const chatId = String(ctx.chat.id);
    const payload = ctx.match.trim();
    const parsed = payload === '' ? { locale: localeOf(ctx.from?.language_code), scope: 'all' as const } : parseStartPayload(payload);
    if (!parsed || !known(parsed.scope)) {
      await ctx.reply(botText('unknown', parsed?.locale ?? localeOf(ctx.from?.language_code)));
      return;
    }
    await subscribeChat(db, chatId, parsed.locale, parsed.scope);
    await ctx.reply(`${botText('subscribed', parsed.locale, { what: scopeName(parsed.scope, parsed.locale, serviceName) })}\n\n${botText('slow', parsed.locale)}`);
  });

  chats.command('list', async (ctx) => {
    const mine = await readChatSubscriptions(db, String(ctx.chat.id));
    const locale = mine?.locale ?? localeOf(ctx.from?.language_code);
    if (!mine || mine.scopes.length === 0) {
      await ctx.reply(botText('none', locale));
      return;
    }
    const items = mine.scopes.map((s) => scopeName(s, locale, serviceName)).join(locale === 'ar' ? '، ' : ', ');
    await ctx.reply(botText('list', locale, { items }));
  });

  chats.command('stop', async (ctx) => {
    const mine = await readChatSubscriptions(db, String(ctx.chat.id));
    await deleteChat(db, String(ctx.chat.id));
    await ctx.reply(botText('stopped', mine?.locale ?? localeOf(ctx.from?.language_code)));
  });

  // The visitor blocked the bot: nothing may be sent any more, and their data goes.
  bot.on('my_chat_member', async (ctx) => {
    if (ctx.chat.type === 'private' && ctx.myChatMember.new_chat_member.status === 'kicked') await deleteChat(db, String(ctx.chat.id));
  });

  bot.catch((error) => options.log('warn', 'the Telegram bot could not handle an update', { error: error.error }));
  return bot;
}
