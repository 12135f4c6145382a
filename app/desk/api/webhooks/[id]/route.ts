// POST /desk/api/webhooks/{id}: disable (what waits for it is cancelled) or enable an endpoint.
import { changeWebhook } from '@/lib/desk/webhook-routes';

export const dynamic = 'force-dynamic';
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return changeWebhook(request, (await params).id);
}
