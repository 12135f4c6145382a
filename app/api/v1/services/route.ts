// GET /api/v1/services?category=&status=: every service with its status now.
import { parseQuery, respondJson, withErrors } from '@/lib/open-data/api-response';
import { servicesQuery } from '@/lib/open-data/api-params';
import { getV1Services } from '@/lib/open-data/v1';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return withErrors(request, 'GET /api/v1/services', async () => {
    const query = parseQuery(request, servicesQuery.keys, servicesQuery.schema);
    if (!query.ok) return query.response;
    return respondJson(request, await getV1Services(query.data));
  });
}
