// What the live parts of a page read, and exactly what GET /api/status answers: the status snapshot
// plus what the clouds' own feeds report open (count and regions), so the home banner can say where.
import { getReportedCloudIncidents } from '@/lib/read-models/cloud-incidents';
import { getStatusSnapshot } from '@/lib/read-models/snapshot';
import type { LiveStatus } from '@/lib/view-types';

export async function getLiveStatus(): Promise<LiveStatus> {
  const [snapshot, cloudIncidents] = await Promise.all([getStatusSnapshot(), getReportedCloudIncidents()]);
  return { ...snapshot, cloudIncidents };
}
