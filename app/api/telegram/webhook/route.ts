// POST /api/telegram/webhook: the subscription bot's updates when MARSAD_TELEGRAM_UPDATES=webhook
// (lib/subscribe/telegram-webhook.ts). Uncached, one of the few public routes that take a body
// (lib/route-table.ts); 404 in any other mode.
import { receiveTelegramUpdate } from '@/lib/subscribe/telegram-webhook';

export const dynamic = 'force-dynamic';
export const POST = receiveTelegramUpdate;
