// GET /api/v1: where everything in the API is (the OpenAPI document describes each route).
import { parseQuery, respondJson } from '@/lib/open-data/api-response';
import { noQuery } from '@/lib/open-data/api-params';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  const query = parseQuery(request, noQuery.keys, noQuery.schema);
  if (!query.ok) return query.response;
  return respondJson(
    request,
    {
      name: 'Marsad API',
      version: '1',
      openapi: '/api/v1/openapi.json',
      documentation: { ar: '/open-data', en: '/en/open-data' },
      status: '/api/v1/status',
      services: '/api/v1/services',
      incidents: '/api/v1/incidents',
      statuspage: ['/api/v2/summary.json', '/api/v2/status.json', '/api/v2/components.json', '/api/v2/incidents.json'],
      feeds: ['/feeds/incidents.ar.rss', '/feeds/incidents.ar.atom', '/feeds/incidents.en.rss', '/feeds/incidents.en.atom'],
    }
  );
}
