import { getLiveStatus } from '@/lib/read-models/live-status';
import { jsonError, logError } from '@/lib/server/http';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    return Response.json(await getLiveStatus(), { headers: { 'Cache-Control': 'public, max-age=0, s-maxage=10, stale-while-revalidate=60' } });
  } catch (error) {
    logError('GET /api/status failed', error);
    return jsonError(503, 'status_unavailable', 'The status snapshot cannot be read at the moment; try again shortly.');
  }
}
