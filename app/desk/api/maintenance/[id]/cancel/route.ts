// POST /desk/api/maintenance/{id}/cancel: cancel an editor's window (it stays listed, marked cancelled).
import { cancelRoute } from '@/lib/desk/maintenance';

export const dynamic = 'force-dynamic';
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return cancelRoute(request, (await params).id);
}
