// Who receives the subscription bot's updates (/start, /list, /stop, a blocked bot), chosen by
// MARSAD_TELEGRAM_UPDATES (lib/notify/settings.ts), so that exactly one process handles each update however
// many instances run:
// - `polling`: only the process holding the receiver's lock polls (lib/db/session-lock.ts: a PostgreSQL
//   advisory lock on a connection of its own, freed by the server when that process dies or loses its
//   connection; the others try again every MARSAD_TELEGRAM_RECEIVER_RETRY_MS and one takes over). On PGlite
//   the one process holds it. Telegram also answers a second poller 409; grammY then stops polling, and
//   we let the lock go and try again later rather than give up.
// - `webhook`: Telegram POSTs each update once to MARSAD_PUBLIC_URL/api/telegram/webhook (retrying when the
//   answer is not 2xx); whichever instance answers handles it (bot-webhook.ts). Here we only tell Telegram
//   the URL and the secret (setWebhook, the same call from every instance, so any may start first).
import type { Catalog } from '@/lib/catalog/schema';
import type { DbHandle } from '@/lib/db/client';
import { tryTakeSessionLock } from '@/lib/db/session-lock';
import { logInfo } from '@/lib/log';
import type { TelegramSettings } from '@/lib/notify/settings';
import type { Log } from '@/lib/scheduler/scheduler';
import { BOT_ALLOWED_UPDATES, createSubscriptionBot } from './bot';
import { createTelegramApi } from './telegram-channel';

/** The advisory lock's key: a fixed number of our own, beside the migrations' 727_361_001. */
export const BOT_RECEIVER_LOCK_KEY = 727_361_017;

export interface BotReceiverOptions {
  handle: DbHandle;
  settings: TelegramSettings;
  catalog: Catalog;
  log: Log;
}

export interface BotReceiver {
  /** Polling: whether this process holds the lock and polls now. Webhook: whether Telegram accepted the URL. */
  readonly receiving: boolean;
  stop(): Promise<void>;
}

export function startBotReceiver(options: BotReceiverOptions): BotReceiver | null {
  const { settings, log } = options;
  if (settings.updates === 'off') return null;
  let stopped = false;
  let receiving = false;
  let wake: (() => void) | null = null;
  /** Waits `ms`, or less when stop() is called. */
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => ((wake = null), resolve()), ms);
      timer.unref?.();
      wake = () => (clearTimeout(timer), (wake = null), resolve());
    });

  if (settings.updates === 'webhook') {
    const api = createTelegramApi(settings);
    const register = async () => {
      while (!stopped) {
        try {
          await api.setWebhook(settings.webhookUrl!, { secret_token: settings.webhookSecret!, allowed_updates: [...BOT_ALLOWED_UPDATES], drop_pending_updates: false });
          receiving = true;
          logInfo('telegram bot receiving updates by webhook', { url: settings.webhookUrl });
          return;
        } catch (error) {
          log('warn', 'Telegram did not accept the bot\'s webhook; will try again', { error, url: settings.webhookUrl });
          await pause(settings.receiverRetryMs);
        }
      }
    };
    const running = register();
    return {
      get receiving() {
        return receiving;
      },
      async stop() {
        stopped = true;
        wake?.();
        await running;
      },
    };
  }

  let current: ReturnType<typeof createSubscriptionBot> | null = null;
  async function pollWhileHolding(lock: NonNullable<Awaited<ReturnType<typeof tryTakeSessionLock>>>): Promise<void> {
    const bot = createSubscriptionBot({ db: options.handle.db, settings, catalog: options.catalog, log });
    current = bot;
    // grammY's stop() ends with one more getUpdates to confirm what it handled; after losing the lock that
    // call would cut off the new holder's poll (Telegram answers it 409), so it is skipped: the new holder
    // gets any unconfirmed update again (at least once).
    let abandoned = false;
    bot.api.config.use((prev, method, payload, signal) => (abandoned && method === 'getUpdates' ? Promise.resolve({ ok: true, result: [] } as never) : prev(method, payload, signal)));
    // A holder that lost its connection lost its lock: another process may be polling already.
    const watchdog = setInterval(() => {
      void lock.stillHeld().then((held) => {
        if (held || !bot.isRunning()) return;
        log('warn', 'the bot\'s receiver lost its database lock: it stops polling (another process takes over)', {});
        abandoned = true;
        bot.stop().catch(() => undefined);
      });
    }, settings.receiverRetryMs);
    watchdog.unref?.();
    try {
      await bot.start({
        allowed_updates: [...BOT_ALLOWED_UPDATES],
        onStart: (me) => {
          receiving = true;
          logInfo('telegram bot receiving updates by polling', { bot: me.username });
        },
      });
    } catch (error) {
      // 409: something else polls this bot (or a webhook is set by a process in webhook mode).
      log('warn', 'the Telegram bot stopped receiving updates; will try again', { error });
    } finally {
      clearInterval(watchdog);
      receiving = false;
      current = null;
      await lock.release();
    }
  }

  async function loop(): Promise<void> {
    while (!stopped) {
      let lock: Awaited<ReturnType<typeof tryTakeSessionLock>> = null;
      try {
        lock = await tryTakeSessionLock(options.handle, BOT_RECEIVER_LOCK_KEY);
      } catch (error) {
        log('warn', 'could not ask the database for the bot\'s receiver lock; will try again', { error });
      }
      if (lock && !stopped) await pollWhileHolding(lock);
      else if (lock) await lock.release();
      if (!stopped) await pause(settings.receiverRetryMs);
    }
  }
  const running = loop();
  return {
    get receiving() {
      return receiving;
    },
    async stop() {
      stopped = true;
      wake?.();
      if (current?.isRunning()) await current.stop().catch((error: unknown) => log('warn', 'the Telegram bot did not stop cleanly', { error }));
      await running;
    },
  };
}
