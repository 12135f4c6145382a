// What the live parts of a page read, and exactly what GET /api/status answers: the status snapshot
// plus what the clouds' own feeds report open (count and regions), so the home banner can say where, and
// the incidents open now: detected by the probes or declared by the editors (each says which).
import { getActiveCloudEvents } from '@/lib/read-models/cloud-events';
import { getReportedCloudIncidents } from '@/lib/read-models/cloud-incidents';
import { getActiveIncidents } from '@/lib/read-models/incidents';
import { listEditorIncidents } from '@/lib/read-models/editor-incidents';
import { getStatusSnapshot } from '@/lib/read-models/snapshot';
import type { ActiveIncident, LiveStatus } from '@/lib/view-types';

export async function getLiveStatus(): Promise<LiveStatus> {
  const [snapshot, cloudIncidents, detected, editors, cloudEvents] = await Promise.all([
    getStatusSnapshot(),
    getReportedCloudIncidents(),
    getActiveIncidents(),
    listEditorIncidents(),
    getActiveCloudEvents(),
  ]);
  // What the editors declared and have not resolved rides beside what was detected, labelled apart.
  const declared: ActiveIncident[] = editors
    .filter((e) => e.phase !== 'resolved')
    .map((e) => ({ slug: e.slug, title: { ar: e.title.ar, en: e.title.en ?? e.title.ar }, startUtc: e.startUtc, kind: 'editor' }));
  const activeIncidents = [...detected, ...declared].sort((a, b) => b.startUtc.localeCompare(a.startUtc));
  return { ...snapshot, cloudIncidents, activeIncidents, cloudEvents };
}
