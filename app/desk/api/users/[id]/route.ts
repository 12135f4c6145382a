// POST /desk/api/users/{id}: change an account's role, disable it (all its sessions end at once) or
// enable it again (admin; never the last active admin).
import { changeUser } from '@/lib/desk/team-routes';

export const dynamic = 'force-dynamic';
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return changeUser(request, (await params).id);
}
