import { getReportedCloudIncidents } from '@/lib/server/service-history';
import { getStatusSnapshot } from '@/lib/server/snapshot';
import { jsonError, logError } from '@/lib/server/http';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    // The snapshot, plus the regions the clouds' open incidents name (the home banner says where).
    const [snapshot, cloudIncidents] = await Promise.all([getStatusSnapshot(), getReportedCloudIncidents()]);
    return Response.json(
      { ...snapshot, cloudIncidents },
      { headers: { 'Cache-Control': 'public, max-age=0, s-maxage=10, stale-while-revalidate=60' } },
    );
  } catch (error) {
    logError('GET /api/status failed', error);
    return jsonError(503, 'status_unavailable', 'The status snapshot cannot be read at the moment; try again shortly.');
  }
}
