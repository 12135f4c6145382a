// POST /desk/api/sign-in: email and password (form or JSON). Same-origin only, rate-limited per account
// and per address, one answer for every wrong email or password (no enumeration).
import { signIn } from '@/lib/desk/routes';

export const dynamic = 'force-dynamic';
export const POST = signIn;
