// GET /desk/api/incidents: the editors' incidents (editor role). POST: declare one.
import { declare, listForDesk } from '@/lib/desk/routes';

export const dynamic = 'force-dynamic';
export const GET = listForDesk;
export const POST = declare;
