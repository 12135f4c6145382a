// GET /api/v2/scheduled-maintenances/active.json?lang=ar|en: Statuspage v2, the windows under way now.
import { maintenanceRoute } from '../respond';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return maintenanceRoute(request, 'active', 'GET /api/v2/scheduled-maintenances/active.json');
}
