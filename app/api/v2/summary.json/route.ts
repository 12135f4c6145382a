// GET /api/v2/summary.json?lang=ar|en: Statuspage v2 summary (page, components, unresolved incidents, status).
import { respondJson, withErrors } from '@/lib/open-data/api-response';
import { getRecentIncidentRecords } from '@/lib/open-data/v1';
import { statuspageComponents, statuspagePage, statuspageStatus } from '@/lib/open-data/statuspage';
import { INCIDENT_LIMIT, statuspageContext, v2Incidents } from '../context';
import { getStatusSnapshot } from '@/lib/read-models/snapshot';
import { statuspageMaintenances } from '../scheduled-maintenances/respond';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return withErrors(request, 'GET /api/v2/summary.json', async () => {
    const context = await statuspageContext(request);
    if (!context.ok) return context.response;
    const [snapshot, incidents] = await Promise.all([getStatusSnapshot(), getRecentIncidentRecords(INCIDENT_LIMIT)]);
    const { components, marsad } = statuspageComponents(snapshot, context.data);
    return respondJson(
      request,
      {
        page: statuspagePage(snapshot, context.data),
        components,
        incidents: await v2Incidents(context.data, incidents, true),
        // The windows scheduled or under way, as Statuspage's summary lists them.
        scheduled_maintenances: await statuspageMaintenances('ahead', context.data, snapshot),
        status: statuspageStatus(snapshot, context.data.labels),
        marsad,
      }
    );
  });
}
