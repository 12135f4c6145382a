// GET /desk/api/users: the team's accounts (admin). POST: create one; its generated password is in
// this answer only (a page for the form, JSON otherwise).
import { createUser, listUsers } from '@/lib/desk/team-routes';
import { createdAccountPage } from '@/app/desk/[lang]/users/created-page';

export const dynamic = 'force-dynamic';
export const GET = listUsers;
export function POST(request: Request) {
  return createUser(request, createdAccountPage);
}
