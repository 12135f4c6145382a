// The subscription bot's webhook route (POST /api/telegram/webhook) behind the app route: pages and
// routes never reach the database or the engine themselves (tests/unit/architecture.test.ts), so the
// wiring lives here. lib/engine/notify/bot-webhook.ts checks the secret and answers; bot-receiver.ts
// told Telegram this URL. 404 unless MARSAD_TELEGRAM_UPDATES=webhook.
import { getCatalog } from '@/lib/catalog';
import { getDatabase } from '@/lib/db/client';
import { createSubscriptionBot } from '@/lib/engine/notify/bot';
import { createTelegramWebhookHandler } from '@/lib/engine/notify/bot-webhook';
import { log } from '@/lib/log';
import { readNotifySettings } from '@/lib/notify/settings';

type Handler = (request: Request) => Promise<Response>;
let handler: Handler | null | undefined;

function webhookHandler(): Handler | null {
  if (handler !== undefined) return handler;
  const telegram = readNotifySettings().telegram;
  if (telegram?.updates !== 'webhook' || !telegram.webhookSecret) return (handler = null);
  return (handler = createTelegramWebhookHandler({
    secret: telegram.webhookSecret,
    log,
    bot: async () => createSubscriptionBot({ db: (await getDatabase()).db, settings: telegram, catalog: getCatalog(), log }),
  }));
}

export async function receiveTelegramUpdate(request: Request): Promise<Response> {
  const handle = webhookHandler();
  if (!handle) return Response.json({ error: { code: 'not_found', message: 'The Telegram bot does not receive updates by webhook here.' } }, { status: 404, headers: { 'cache-control': 'no-store' } });
  return handle(request);
}
