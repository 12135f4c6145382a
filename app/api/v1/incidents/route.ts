// GET /api/v1/incidents?provider=&year=: incidents newest first, past (rebuilt from reports) and detected.
import { parseQuery, respondJson, withErrors } from '@/lib/open-data/api-response';
import { incidentsQuery } from '@/lib/open-data/api-params';
import { getV1Incidents } from '@/lib/open-data/v1';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return withErrors(request, 'GET /api/v1/incidents', async () => {
    const query = parseQuery(request, incidentsQuery.keys, incidentsQuery.schema);
    if (!query.ok) return query.response;
    return respondJson(request, await getV1Incidents(query.data));
  });
}
