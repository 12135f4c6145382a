// /api/subscribe/unsubscribe?token=…: RFC 8058 one-click unsubscribe (POST deletes the address's data);
// GET leads to the page with a button, so a link scanner that opens it unsubscribes nobody.
import { subscribeDeps, unsubscribeOneClick, unsubscribePageRedirect } from '@/lib/subscribe/routes';

export const dynamic = 'force-dynamic';
export async function POST(request: Request): Promise<Response> {
  return unsubscribeOneClick(request, await subscribeDeps());
}
export async function GET(request: Request): Promise<Response> {
  return unsubscribePageRedirect(request, await subscribeDeps());
}
