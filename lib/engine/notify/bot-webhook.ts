// The bot's webhook (MARSAD_TELEGRAM_UPDATES=webhook): Telegram POSTs each update to
// /api/telegram/webhook (app/api/telegram/webhook/route.ts) with the secret it was given by setWebhook
// (bot-receiver.ts) in X-Telegram-Bot-Api-Secret-Token, and tries the same update again until it gets a 2xx.
// grammY's webhookCallback does the same job, but it asks getMe before it checks the secret (a stranger's
// POST would make us call Telegram), its comparison returns early on a length mismatch, and a body that is
// not JSON, or an update taking over 10 s, becomes a 500; so we check first and answer each case ourselves:
// 404 when this process is not in webhook mode, 401 without the expected secret (compared in constant time,
// as digests of equal length), 413 for a body over 1 MB, 400 for one that is not an update, 503 when the
// bot cannot start (Telegram tries again), 200 once the update is handled. An update already handled by
// this process (Telegram repeats one whose answer it missed) is acknowledged without handling it again.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { Log } from '@/lib/scheduler/scheduler';

export const TELEGRAM_SECRET_HEADER = 'x-telegram-bot-api-secret-token';
/** Telegram's updates are a few kilobytes; a megabyte leaves room for a long message with entities. */
const MAX_BODY_BYTES = 1_048_576;
/** The update ids handled lately, to acknowledge a repeat without handling it twice. */
const REMEMBERED = 1000;

export interface TelegramWebhookOptions {
  /** The bot (built once, on the first update with the expected secret). */
  bot: () => Promise<Bot>;
  secret: string;
  log: Log;
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Whether `given` is the secret: compared as SHA-256 digests, so neither its bytes nor its length leak by timing. */
export function isTelegramSecret(given: string | null, secret: string): boolean {
  if (given === null) return false;
  return timingSafeEqual(digest(given), digest(secret));
}

const answer = (status: number, message?: string) =>
  new Response(message === undefined ? null : JSON.stringify({ error: message }), {
    status,
    headers: { 'cache-control': 'no-store', ...(message !== undefined && { 'content-type': 'application/json' }) },
  });

function isUpdate(value: unknown): value is Update {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Number.isSafeInteger((value as { update_id?: unknown }).update_id);
}

export function createTelegramWebhookHandler(options: TelegramWebhookOptions): (request: Request) => Promise<Response> {
  const handled = new Set<number>();
  let ready: Promise<Bot> | null = null;
  const bot = () => {
    ready ??= options.bot().then(async (b) => {
      await b.init();
      return b;
    });
    // A failed start is tried again at the next update.
    ready.catch(() => (ready = null));
    return ready;
  };

  return async (request) => {
    if (request.method !== 'POST') return answer(405, 'Telegram POSTs its updates here.');
    if (!isTelegramSecret(request.headers.get(TELEGRAM_SECRET_HEADER), options.secret)) return answer(401, 'The X-Telegram-Bot-Api-Secret-Token header is missing or wrong.');
    if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return answer(413, 'An update is at most 1 MB.');
    const text = await request.text();
    if (Buffer.byteLength(text) > MAX_BODY_BYTES) return answer(413, 'An update is at most 1 MB.');
    let update: unknown;
    try {
      update = JSON.parse(text);
    } catch {
      return answer(400, 'The body is not JSON.');
    }
    if (!isUpdate(update)) return answer(400, 'The body is not a Telegram update (no whole-number update_id).');
    if (handled.has(update.update_id)) return answer(200);
    let b: Bot;
    try {
      b = await bot();
    } catch (error) {
      options.log('warn', 'the Telegram bot could not start to handle a webhook update; Telegram will send it again', { error });
      return answer(503, 'The bot is not ready; try again.');
    }
    // Errors inside the bot's handlers are logged by its bot.catch and the update counts as handled.
    await b.handleUpdate(update);
    handled.add(update.update_id);
    if (handled.size > REMEMBERED) handled.delete(handled.values().next().value!);
    return answer(200);
  };
}
