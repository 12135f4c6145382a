// POST /desk/api/incidents/{slug}/updates: a new update (phase, text, impact) of an editor's incident.
import { addUpdate } from '@/lib/desk/routes';

export const dynamic = 'force-dynamic';
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return addUpdate(request, (await params).slug);
}
