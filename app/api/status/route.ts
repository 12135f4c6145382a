// GET /api/status: the live status snapshot plus the clouds' reported incidents, exactly what the pages'
// live parts poll. Its lifetime (fresh 5 s) is the route table's (lib/route-table.ts).
import { respondJson, withErrors } from '@/lib/open-data/api-response';
import { getLiveStatus } from '@/lib/read-models/live-status';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return withErrors(request, 'GET /api/status', async () => respondJson(request, await getLiveStatus()));
}
