// POST /desk/api/sign-out: ends this session (`everywhere=1`: every session of the account).
import { signOut } from '@/lib/desk/routes';

export const dynamic = 'force-dynamic';
export const POST = signOut;
