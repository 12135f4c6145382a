// GET /api/v1/services/{id}: one service's status now and its uptime over 24 h, 7, 30 and 90 days.
import { apiError, parsePathParam, parseQuery, respondJson, withErrors } from '@/lib/open-data/api-response';
import { noQuery, serviceIdSchema } from '@/lib/open-data/api-params';
import { getV1Service } from '@/lib/open-data/v1';

export const dynamic = 'force-dynamic';

export function GET(request: Request, { params }: RouteContext<'/api/v1/services/[id]'>) {
  return withErrors(request, 'GET /api/v1/services/{id}', async () => {
    const id = parsePathParam(request, 'id', (await params).id, serviceIdSchema);
    if (!id.ok) return id.response;
    const query = parseQuery(request, noQuery.keys, noQuery.schema);
    if (!query.ok) return query.response;
    const body = await getV1Service(id.data);
    if (!body) return apiError(request, 404, 'service_not_found', `No service has the id "${id.data}". See /api/v1/services for the list.`, 'id');
    return respondJson(request, body);
  });
}
