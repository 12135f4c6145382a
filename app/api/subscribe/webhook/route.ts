// POST /api/subscribe/webhook: a person registers an endpoint and their email (lib/notify/email-routes.ts).
import { registerWebhook, subscribeDeps } from '@/lib/subscribe/routes';

export const dynamic = 'force-dynamic';
export async function POST(request: Request): Promise<Response> {
  return registerWebhook(request, await subscribeDeps());
}
