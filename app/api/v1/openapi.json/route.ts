// GET /api/v1/openapi.json: the OpenAPI 3.1 description of the API (lib/open-data/openapi.ts).
import { respondJson } from '@/lib/open-data/api-response';
import { OPENAPI_DOCUMENT } from '@/lib/open-data/openapi';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return respondJson(request, OPENAPI_DOCUMENT);
}
