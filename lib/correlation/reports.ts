// What each cloud says about each of its regions, followed over its feed's readings: a region's report opens
// when a reading first lists an incident naming it, and is resolved at the first good reading that no longer
// lists one (the feeds list open incidents only). A failed reading (facts without incidents) changes nothing:
// a feed we cannot read says neither "still open" nor "resolved". Pure: the caller keeps the reports.
import type { ReportedIncident } from '@/lib/probes/types';
import { providerKey, regionKey } from './dependencies';

/** An incident that names no region, or says it concerns all of them (the feeds' `global`). */
export const ALL_REGIONS = 'global';

export interface CloudRegionReport {
  providerId: string;
  /** The provider's region code, or ALL_REGIONS. */
  region: string;
  /** Open at the newest good reading. */
  open: boolean;
  /** The earliest `created_at` of the incidents behind it (vendors can edit it): one end of the acknowledgement. */
  createdAt: number | null;
  /** Marsad's first reading that listed it: the other end. */
  firstSeenAt: number;
  /** The first good reading that no longer listed it; null while open. */
  resolvedAt: number | null;
  incidentIds: string[];
  /** The cloud's own page for it, when the feed gives one. */
  url: string | null;
  /** The cloud's words for how bad it is (none, minor, major, critical), worst first seen. */
  impact: string | null;
}

/** One good reading of a provider's feed: every open incident it listed. */
export interface FeedReading {
  providerId: string;
  readAt: number;
  incidents: readonly ReportedIncident[];
}

const reportKey = (providerId: string, region: string) => `${providerId}\u0000${region}`;
const IMPACT_RANK: Record<string, number> = { none: 0, minor: 1, major: 2, critical: 3 };

function regionsOf(incident: ReportedIncident): string[] {
  const named = (incident.regions ?? []).map(regionKey).filter((r) => r !== '');
  return named.length ? [...new Set(named)] : [ALL_REGIONS];
}

function earliest(times: (number | null)[]): number | null {
  const known = times.filter((t): t is number => t !== null);
  return known.length ? Math.min(...known) : null;
}

/** The worse of two impact words; a word we do not know ranks below every known one. */
function worse(a: string | null, b: string | null): string | null {
  return (IMPACT_RANK[b ?? ''] ?? -1) > (IMPACT_RANK[a ?? ''] ?? -1) ? b : (a ?? b);
}

function parseTime(iso: string | undefined): number | null {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(ms) ? null : ms;
}

/**
 * The reports after `readings` (each provider's newest good reading of this round, in any order). Reports
 * resolved more than `keepResolvedMs` before `now` are dropped; an open one is never dropped.
 */
export function stepCloudReports(previous: readonly CloudRegionReport[], readings: readonly FeedReading[], now: number, keepResolvedMs: number): CloudRegionReport[] {
  const reports = new Map(previous.map((r) => [reportKey(r.providerId, r.region), { ...r, incidentIds: [...r.incidentIds] }]));
  for (const reading of [...readings].sort((a, b) => a.readAt - b.readAt)) {
    const providerId = providerKey(reading.providerId);
    const listed = new Map<string, ReportedIncident[]>();
    for (const incident of reading.incidents) for (const region of regionsOf(incident)) listed.set(region, [...(listed.get(region) ?? []), incident]);

    for (const [region, incidents] of listed) {
      const key = reportKey(providerId, region);
      const prev = reports.get(key);
      const createdAt = incidents.map((i) => parseTime(i.createdAt)).filter((t): t is number => t !== null);
      const worstImpact = incidents.map((i) => i.impact?.toLowerCase() ?? null).reduce(worse, null);
      const continuing = prev?.open ? prev : null;
      reports.set(key, {
        providerId,
        region,
        open: true,
        createdAt: earliest([...createdAt, continuing?.createdAt ?? null]),
        firstSeenAt: continuing?.firstSeenAt ?? reading.readAt,
        resolvedAt: null,
        incidentIds: [...new Set([...(continuing?.incidentIds ?? []), ...incidents.map((i) => i.id)])],
        url: continuing?.url ?? incidents.find((i) => i.url)?.url ?? null,
        impact: worse(continuing?.impact ?? null, worstImpact),
      });
    }
    for (const [key, report] of reports) {
      if (report.providerId === providerId && report.open && !listed.has(report.region)) reports.set(key, { ...report, open: false, resolvedAt: reading.readAt });
    }
  }
  return [...reports.values()].filter((r) => r.open || (r.resolvedAt !== null && now - r.resolvedAt <= keepResolvedMs));
}

/**
 * The report that speaks for `region` of `providerId`: its own, else one about all regions (an open one
 * first, then the most recently resolved). `exact` leaves the all-regions report out.
 */
export function reportFor(reports: readonly CloudRegionReport[], providerId: string, region: string, exact = false): CloudRegionReport | null {
  const candidates = reports.filter((r) => r.providerId === providerKey(providerId) && (r.region === regionKey(region) || (!exact && r.region === ALL_REGIONS)));
  const open = candidates.filter((r) => r.open).sort((a, b) => (a.region === ALL_REGIONS ? 1 : 0) - (b.region === ALL_REGIONS ? 1 : 0));
  if (open.length) return open[0]!;
  return candidates.sort((a, b) => (b.resolvedAt ?? 0) - (a.resolvedAt ?? 0))[0] ?? null;
}
