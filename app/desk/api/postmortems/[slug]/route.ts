// POST /desk/api/postmortems/{slug}: save an incident's postmortem as a draft, or publish it (editor).
import { savePostmortem } from '@/lib/desk/team-routes';

export const dynamic = 'force-dynamic';
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return savePostmortem(request, (await params).slug);
}
