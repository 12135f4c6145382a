// GET /api/v1/services/{id}/history?range=24h|7d|30d|90d&resolution=5m|1h|1d: response time, failures
// and (chains) head age over time, one point per bucket, oldest first.
import { apiError, parsePathParam, parseQuery, respondJson, withErrors } from '@/lib/open-data/api-response';
import { historyQuery, serviceIdSchema } from '@/lib/open-data/api-params';
import { getV1History } from '@/lib/open-data/v1';

export const dynamic = 'force-dynamic';

export function GET(request: Request, { params }: RouteContext<'/api/v1/services/[id]/history'>) {
  return withErrors(request, 'GET /api/v1/services/{id}/history', async () => {
    const id = parsePathParam(request, 'id', (await params).id, serviceIdSchema);
    if (!id.ok) return id.response;
    const query = parseQuery(request, historyQuery.keys, historyQuery.schema);
    if (!query.ok) return query.response;
    const body = await getV1History(id.data, query.data);
    if (!body) return apiError(request, 404, 'service_not_found', `No service has the id "${id.data}". See /api/v1/services for the list.`, 'id');
    return respondJson(request, body);
  });
}
