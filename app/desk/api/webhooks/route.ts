// GET /desk/api/webhooks: the webhook endpoints, never a secret. POST: register one; its generated
// secret is in this answer only (a page for the form, JSON otherwise).
import { addWebhook, listWebhooks } from '@/lib/desk/webhook-routes';
import { addedWebhookPage } from '@/app/desk/[lang]/webhooks/added-page';

export const dynamic = 'force-dynamic';
export const GET = listWebhooks;
export function POST(request: Request) {
  return addWebhook(request, addedWebhookPage);
}
