// POST /api/telegram/webhook: the subscription bot's updates when MARSAD_TELEGRAM_UPDATES=webhook
// (lib/engine/notify/bot-webhook.ts checks the secret and answers; bot-receiver.ts told Telegram this URL).
// Uncached, the only public route besides the desk that takes a body (lib/route-table.ts); 404 in any
// other mode.
import { getCatalog } from '@/lib/catalog';
import { getDatabase } from '@/lib/db/client';
import { createSubscriptionBot } from '@/lib/engine/notify/bot';
import { createTelegramWebhookHandler } from '@/lib/engine/notify/bot-webhook';
import { log } from '@/lib/log';
import { readNotifySettings } from '@/lib/notify/settings';

export const dynamic = 'force-dynamic';

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

export async function POST(request: Request): Promise<Response> {
  const handle = webhookHandler();
  if (!handle) return Response.json({ error: { code: 'not_found', message: 'The Telegram bot does not receive updates by webhook here.' } }, { status: 404, headers: { 'cache-control': 'no-store' } });
  return handle(request);
}
