// POST /desk/api/maintenance/{id}: change an editor's window (times, text, services).
import { editRoute } from '@/lib/desk/maintenance';

export const dynamic = 'force-dynamic';
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return editRoute(request, (await params).id);
}
