// What the live parts of a page read, and exactly what GET /api/status answers: the status snapshot
// plus what the clouds' own feeds report open (count and regions), so the home banner can say where.
import { getReportedCloudIncidents, type CloudIncidentSummary } from '@/lib/read-models/service-history';
import { getStatusSnapshot, type StatusSnapshot } from '@/lib/read-models/snapshot';

export interface LiveStatus extends StatusSnapshot {
  /** Cloud service id → its feed's open incidents (count and regions) at the newest read. */
  cloudIncidents: Record<string, CloudIncidentSummary>;
}

export async function getLiveStatus(): Promise<LiveStatus> {
  const [snapshot, cloudIncidents] = await Promise.all([getStatusSnapshot(), getReportedCloudIncidents()]);
  return { ...snapshot, cloudIncidents };
}
