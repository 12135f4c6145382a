// GET /desk/api/maintenance: the maintenance windows (editor role). POST: schedule one.
import { listMaintenanceForDesk, scheduleRoute } from '@/lib/desk/maintenance';

export const dynamic = 'force-dynamic';
export const GET = listMaintenanceForDesk;
export const POST = scheduleRoute;
