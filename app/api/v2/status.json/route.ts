// GET /api/v2/status.json?lang=ar|en: Statuspage v2 page status (indicator and description).
import { respondJson, withErrors } from '@/lib/open-data/api-response';
import { statuspagePage, statuspageStatus } from '@/lib/open-data/statuspage';
import { statuspageContext } from '../context';
import { getStatusSnapshot } from '@/lib/read-models/snapshot';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return withErrors(request, 'GET /api/v2/status.json', async () => {
    const context = await statuspageContext(request);
    if (!context.ok) return context.response;
    const snapshot = await getStatusSnapshot();
    return respondJson(request, { page: statuspagePage(snapshot, context.data), status: statuspageStatus(snapshot, context.data.labels) });
  });
}
