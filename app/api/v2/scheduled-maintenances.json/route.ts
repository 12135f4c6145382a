// GET /api/v2/scheduled-maintenances.json?lang=ar|en: Statuspage v2, the 50 newest maintenance windows (all phases).
import { maintenanceRoute } from '../scheduled-maintenances/respond';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return maintenanceRoute(request, 'all', 'GET /api/v2/scheduled-maintenances.json');
}
