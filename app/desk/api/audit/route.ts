// GET /desk/api/audit: the audit log, newest first (admin role).
import { readAudit } from '@/lib/desk/routes';

export const dynamic = 'force-dynamic';
export const GET = readAudit;
