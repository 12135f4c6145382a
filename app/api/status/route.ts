import { getStatusSnapshot } from '@/lib/server/snapshot';
import { jsonError, logError } from '@/lib/server/http';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    const snapshot = await getStatusSnapshot();
    return Response.json(snapshot, {
      headers: { 'Cache-Control': 'public, max-age=0, s-maxage=10, stale-while-revalidate=60' },
    });
  } catch (error) {
    logError('GET /api/status failed', error);
    return jsonError(503, 'status_unavailable', 'The status snapshot cannot be read right now; try again shortly.');
  }
}
