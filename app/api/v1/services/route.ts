// GET /api/v1/services?category=&status=: every service with its status now.
import { CACHE, parseQuery, respondJson, withErrors } from '@/lib/server/api-response';
import { servicesQuery } from '@/lib/server/api-params';
import { getV1Services } from '@/lib/server/open-data';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return withErrors(request, 'GET /api/v1/services', async () => {
    const query = parseQuery(request, servicesQuery.keys, servicesQuery.schema);
    if (!query.ok) return query.response;
    return respondJson(request, await getV1Services(query.data), CACHE.live);
  });
}
