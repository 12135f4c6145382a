// GET /api/v2/incidents.json?lang=ar|en: Statuspage v2 incidents, the 50 newest (measured, rebuilt and the
// editors'), with their updates.
import { respondJson, withErrors } from '@/lib/open-data/api-response';
import { getRecentIncidentRecords } from '@/lib/open-data/v1';
import { statuspagePage } from '@/lib/open-data/statuspage';
import { INCIDENT_LIMIT, statuspageContext, v2Incidents } from '../context';
import { getStatusSnapshot } from '@/lib/read-models/snapshot';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return withErrors(request, 'GET /api/v2/incidents.json', async () => {
    const context = await statuspageContext(request);
    if (!context.ok) return context.response;
    const [snapshot, incidents] = await Promise.all([getStatusSnapshot(), getRecentIncidentRecords(INCIDENT_LIMIT)]);
    return respondJson(
      request,
      { page: statuspagePage(snapshot, context.data), incidents: await v2Incidents(context.data, incidents) }
    );
  });
}
