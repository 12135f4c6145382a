// POST /api/subscribe/confirm: the confirmation page's button (lib/notify/email-routes.ts).
import { confirmSubscription, subscribeDeps } from '@/lib/subscribe/routes';

export const dynamic = 'force-dynamic';
export async function POST(request: Request): Promise<Response> {
  return confirmSubscription(request, await subscribeDeps());
}
