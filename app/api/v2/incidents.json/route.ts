// GET /api/v2/incidents.json?lang=ar|en: Statuspage v2 incidents, the 50 newest, with their updates.
import { respondJson, withErrors } from '@/lib/open-data/api-response';
import { getRecentIncidentRecords } from '@/lib/open-data/v1';
import { statuspageIncident, statuspagePage } from '@/lib/open-data/statuspage';
import { incidentUrl, INCIDENT_LIMIT, statuspageContext } from '../context';
import { getStatusSnapshot } from '@/lib/read-models/snapshot';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return withErrors(request, 'GET /api/v2/incidents.json', async () => {
    const context = await statuspageContext(request);
    if (!context.ok) return context.response;
    const [snapshot, incidents] = await Promise.all([getStatusSnapshot(), getRecentIncidentRecords(INCIDENT_LIMIT)]);
    return respondJson(
      request,
      { page: statuspagePage(snapshot, context.data), incidents: incidents.map((i) => statuspageIncident(i, context.data, incidentUrl(context.data, i.slug))) }
    );
  });
}
