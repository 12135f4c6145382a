// POST /api/subscribe/webhook/confirm: starts the endpoint and shows its secret once (lib/notify/email-routes.ts).
import { confirmWebhook, subscribeDeps } from '@/lib/subscribe/routes';

export const dynamic = 'force-dynamic';
export async function POST(request: Request): Promise<Response> {
  return confirmWebhook(request, await subscribeDeps());
}
