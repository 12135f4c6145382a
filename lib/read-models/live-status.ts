// What the live parts of a page read, and exactly what GET /api/status answers: the status snapshot
// plus what the clouds' own feeds report open (count and regions), so the home banner can say where.
import { getActiveCloudEvents } from '@/lib/read-models/cloud-events';
import { getReportedCloudIncidents } from '@/lib/read-models/cloud-incidents';
import { getActiveIncidents } from '@/lib/read-models/incidents';
import { getStatusSnapshot } from '@/lib/read-models/snapshot';
import type { LiveStatus } from '@/lib/view-types';

export async function getLiveStatus(): Promise<LiveStatus> {
  const [snapshot, cloudIncidents, activeIncidents, cloudEvents] = await Promise.all([getStatusSnapshot(), getReportedCloudIncidents(), getActiveIncidents(), getActiveCloudEvents()]);
  return { ...snapshot, cloudIncidents, activeIncidents, cloudEvents };
}
