// GET /api/v1/status: everything at a glance, one status overall and one per group.
import { CACHE, parseQuery, respondJson, withErrors } from '@/lib/server/api-response';
import { noQuery } from '@/lib/server/api-params';
import { getV1Status } from '@/lib/server/open-data';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return withErrors(request, 'GET /api/v1/status', async () => {
    const query = parseQuery(request, noQuery.keys, noQuery.schema);
    if (!query.ok) return query.response;
    return respondJson(request, await getV1Status(), CACHE.live);
  });
}
