// GET /api/v2/components.json?lang=ar|en: Statuspage v2 components (groups and their known services).
import { respondJson, withErrors } from '@/lib/open-data/api-response';
import { statuspageComponents, statuspagePage } from '@/lib/open-data/statuspage';
import { statuspageContext } from '../context';
import { getStatusSnapshot } from '@/lib/read-models/snapshot';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return withErrors(request, 'GET /api/v2/components.json', async () => {
    const context = await statuspageContext(request);
    if (!context.ok) return context.response;
    const snapshot = await getStatusSnapshot();
    const { components, marsad } = statuspageComponents(snapshot, context.data);
    return respondJson(request, { page: statuspagePage(snapshot, context.data), components, marsad });
  });
}
