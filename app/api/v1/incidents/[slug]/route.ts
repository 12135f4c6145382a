// GET /api/v1/incidents/{slug}: one incident, every event with its time, state, source and confidence.
import { apiError, parsePathParam, parseQuery, respondJson, withErrors } from '@/lib/open-data/api-response';
import { noQuery, slugSchema } from '@/lib/open-data/api-params';
import { getV1Incident } from '@/lib/open-data/v1';

export const dynamic = 'force-dynamic';

export function GET(request: Request, { params }: RouteContext<'/api/v1/incidents/[slug]'>) {
  return withErrors(request, 'GET /api/v1/incidents/{slug}', async () => {
    const slug = parsePathParam(request, 'slug', (await params).slug, slugSchema);
    if (!slug.ok) return slug.response;
    const query = parseQuery(request, noQuery.keys, noQuery.schema);
    if (!query.ok) return query.response;
    const body = await getV1Incident(slug.data);
    if (!body) return apiError(request, 404, 'incident_not_found', `No incident has the slug "${slug.data}". See /api/v1/incidents for the list.`, 'slug');
    return respondJson(request, body);
  });
}
