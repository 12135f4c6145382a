// POST /api/subscribe/email: a subscription by email, confirmed by a mailed link (lib/notify/email-routes.ts).
import { subscribeDeps, subscribeEmail } from '@/lib/subscribe/routes';

export const dynamic = 'force-dynamic';
export async function POST(request: Request): Promise<Response> {
  return subscribeEmail(request, await subscribeDeps());
}
