// GET /api/v1/openapi.json: the OpenAPI 3.1 description of the API (lib/server/openapi.ts).
import { CACHE, respondJson } from '@/lib/server/api-response';
import { OPENAPI_DOCUMENT } from '@/lib/server/openapi';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return respondJson(request, OPENAPI_DOCUMENT, CACHE.document);
}
