// GET /api/v2/scheduled-maintenances/upcoming.json?lang=ar|en: Statuspage v2, the windows still scheduled.
import { maintenanceRoute } from '../respond';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return maintenanceRoute(request, 'upcoming', 'GET /api/v2/scheduled-maintenances/upcoming.json');
}
