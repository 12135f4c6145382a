// GET /api/v1/status: everything at a glance, one status overall and one per group.
import { parseQuery, respondJson, withErrors } from '@/lib/open-data/api-response';
import { noQuery } from '@/lib/open-data/api-params';
import { getV1Status } from '@/lib/open-data/v1';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return withErrors(request, 'GET /api/v1/status', async () => {
    const query = parseQuery(request, noQuery.keys, noQuery.schema);
    if (!query.ok) return query.response;
    return respondJson(request, await getV1Status());
  });
}
