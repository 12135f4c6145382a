// The home banner's one sentence, decided from the snapshot: nothing measured (and why), or which clouds
// report an incident (and where), how many of the measured services are hit ("3 of 24") or that all of
// them work, and whether the layer-1 chains are producing blocks. Pure: the same answer on the server and
// in the browser.
import { STATUS_SEVERITY, type Status } from '@/lib/status/vocabulary';
import type { LiveStatus, ServiceSnapshot } from './live-types';

export type L1State = 'producing' | 'stalled' | 'unknown';

export type Headline =
  /** Nothing was ever measured (a fresh start). */
  | { kind: 'noData' }
  /** Every status is unknown because our own vantage lost its connection: that says nothing about the services. */
  | { kind: 'vantageImpaired' }
  /** Every status is unknown for other reasons (no recent checks). */
  | { kind: 'unmeasured' }
  | { kind: 'cloudIncident'; clouds: ServiceSnapshot[]; regions: string[]; hit: number; measured: number; l1: L1State; stalled: ServiceSnapshot[]; tone: Status }
  | { kind: 'servicesHit'; hit: number; measured: number; l1: L1State; stalled: ServiceSnapshot[]; tone: Status }
  | { kind: 'allWorking'; measured: number; l1: L1State; stalled: ServiceSnapshot[]; tone: Status };

const HIT: ReadonlySet<Status> = new Set(['degraded', 'partial_outage', 'major_outage']);

/** What a cloud says about itself (clouds are reported, never measured). */
export function cloudReportedStatus(cloud: ServiceSnapshot): Status {
  return cloud.reported?.status ?? cloud.status;
}

export function summarizeNow(snapshot: LiveStatus): Headline {
  const watched = snapshot.services.filter((s) => s.monitored && s.category !== 'cloud');
  if (snapshot.dataAsOf === null) return { kind: 'noData' };
  const known = watched.filter((s) => s.status !== 'unknown');
  if (known.length === 0) {
    const impaired = watched.filter((s) => s.reason === 'vantage_impaired').length;
    return impaired * 2 >= watched.length && impaired > 0 ? { kind: 'vantageImpaired' } : { kind: 'unmeasured' };
  }
  const l1s = watched.filter((s) => s.category === 'l1');
  const stalled = l1s.filter((s) => s.status === 'major_outage');
  const l1: L1State = stalled.length > 0 ? 'stalled' : l1s.some((s) => s.status !== 'unknown') ? 'producing' : 'unknown';
  const hitServices = watched.filter((s) => HIT.has(s.status));
  // "3 of 24": out of the services whose status is known now (unknown ones are neither hit nor working).
  const measured = known.length;
  const clouds = snapshot.services.filter((s) => s.category === 'cloud' && HIT.has(cloudReportedStatus(s)));
  const tone = [...hitServices.map((s) => s.status), ...clouds.map(cloudReportedStatus)].reduce<Status>(
    (worst, s) => (STATUS_SEVERITY[s] > STATUS_SEVERITY[worst] ? s : worst),
    'operational',
  );
  if (clouds.length > 0) {
    const regions = [...new Set(clouds.flatMap((c) => snapshot.cloudIncidents[c.id]?.regions ?? []))];
    return { kind: 'cloudIncident', clouds, regions, hit: hitServices.length, measured, l1, stalled, tone };
  }
  if (hitServices.length > 0) return { kind: 'servicesHit', hit: hitServices.length, measured, l1, stalled, tone };
  return { kind: 'allWorking', measured, l1, stalled, tone };
}
