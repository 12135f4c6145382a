// The "blast radius" of a past cloud incident (docs/methodology.md § Blast radius): which services failed during it, per group,
// for how long (with the uncertainty kept as a min/max range), and which layer-1 chains kept producing
// blocks. Pure: no catalog import; the caller passes `categoryOf`.
//
// Rules, so a page never states more than the data:
// - A segment runs from a timed event of a service to that service's next timed event.
// - Events without a time are notes, never segments; a service known only from them has no duration.
// - A segment with nothing after it is open: its minimum is unknown (null); its maximum assumes it ended
//   by the incident's latest end (endBounds.latestUtc, else endUtc) and says so (`maxAssumesWindow`).
// - Claims (`claimOnly`) never count; aggregate rows (no serviceIds) belong to the incident.
import { worstStatus, type Status } from '@/lib/status/vocabulary';
import type { Confidence, EventState, IncidentEvent, PastIncident } from './types';

export const AFFECTED_STATES: readonly EventState[] = ['degraded', 'partial_outage', 'major_outage'];
export function isAffectedState(state: EventState): boolean {
  return AFFECTED_STATES.includes(state);
}

export const OTHER_CATEGORY = 'other';
export type CategoryOf<C extends string = string> = (serviceId: string) => C | undefined;

export type BlastRadiusInput = Pick<PastIncident, 'slug' | 'startUtc' | 'endUtc' | 'events'> &
  Partial<Pick<PastIncident, 'endBounds'>>;

/** Minutes; null where the data cannot bound it. */
export interface DurationRange {
  minMinutes: number | null;
  maxMinutes: number | null;
  /** The maximum assumes the impact ended by the incident's latest end (not stated by a source). */
  maxAssumesWindow: boolean;
  /** An endpoint is approximate (an approximate event time or an approximate incident end). */
  approximate: boolean;
}

export interface StateSegment {
  serviceId: string;
  state: EventState;
  eventId: string;
  startUtc: string;
  /** The service's next timed event; null when nothing later is known (an open segment). */
  endUtc: string | null;
  endEventId: string | null;
  /** For drawing an open segment: the incident's latest end, when known. Not a fact about the service. */
  openUntilUtc: string | null;
  duration: DurationRange;
}

export interface UntimedNote {
  serviceId: string;
  eventId: string;
  state: EventState;
  confidence: Confidence;
}

export interface ServiceImpact<C extends string = string> {
  serviceId: string;
  category: C | typeof OTHER_CATEGORY;
  /** Some event says degraded, partial or major outage. */
  affected: boolean;
  /** Worst state across its events (`resolved` counts as operational). */
  worstState: Status;
  segments: StateSegment[];
  /** Events without a confirmed time ("time not confirmed"). */
  untimed: UntimedNote[];
  /** Earliest known time it was affected; null when only untimed events say so. */
  firstAffectedUtc: string | null;
  /** Time spent degraded or worse. */
  impact: DurationRange;
}

export interface GroupImpact<C extends string = string> {
  category: C | typeof OTHER_CATEGORY;
  /** Every service of the group that an event names, in order of first appearance. */
  serviceIds: string[];
  affectedIds: string[];
  /** Services named only as working (e.g. a chain that kept producing blocks). */
  keptWorkingIds: string[];
  affectedCount: number;
  /** Affected services with at least one timed segment. */
  timedCount: number;
  /** Affected services known only from events without a time. */
  untimedOnlyCount: number;
  /** Affected services whose maximum duration cannot be bounded. */
  durationUnknownCount: number;
  /**
   * The longest impact in the group: `minMinutes` is the largest guaranteed minimum of any service,
   * `maxMinutes` the largest bounded maximum (services without one are counted in durationUnknownCount).
   */
  longest: DurationRange;
}

export interface BlastRadius<C extends string = string> {
  slug: string;
  window: { startUtc: string; endUtc: string | null; latestEndUtc: string | null };
  services: ServiceImpact<C>[];
  groups: GroupImpact<C>[];
  /** Rows about a whole sector (no serviceIds): they belong to the incident. */
  incidentEvents: IncidentEvent[];
  /** Claims, published only as "claimed, not verified": they count nowhere. */
  claims: IncidentEvent[];
}

const MINUTE = 60_000;
function minutesBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / MINUTE);
}

function toStatus(state: EventState): Status {
  return state === 'resolved' ? 'operational' : state;
}

function sumOrNull(values: (number | null)[]): number | null {
  let total = 0;
  for (const v of values) {
    if (v === null) return null;
    total += v;
  }
  return total;
}

function maxOf(values: number[]): number | null {
  return values.length === 0 ? null : Math.max(...values);
}

export function blastRadius<C extends string>(incident: BlastRadiusInput, categoryOf: CategoryOf<C>): BlastRadius<C> {
  const latestEndUtc = incident.endBounds?.latestUtc ?? incident.endUtc;
  const latestEndApproximate = incident.endBounds !== undefined;
  const counted = incident.events.filter((e) => !e.claimOnly && e.serviceIds.length > 0);

  // Services in order of first appearance.
  const order: string[] = [];
  const byService = new Map<string, IncidentEvent[]>();
  for (const e of counted) {
    for (const id of e.serviceIds) {
      if (!byService.has(id)) {
        byService.set(id, []);
        order.push(id);
      }
      byService.get(id)!.push(e);
    }
  }

  const services: ServiceImpact<C>[] = order.map((serviceId) => {
    const events = byService.get(serviceId)!;
    const timed = events
      .filter((e): e is IncidentEvent & { timeUtc: string } => e.timeUtc !== null)
      .map((e, i) => ({ e, i }))
      // Stable sort by time: events at the same minute keep their order in the data.
      .sort((a, b) => (a.e.timeUtc < b.e.timeUtc ? -1 : a.e.timeUtc > b.e.timeUtc ? 1 : a.i - b.i))
      .map(({ e }) => e);

    const segments: StateSegment[] = timed.map((e, i) => {
      const next = timed[i + 1];
      if (next) {
        const m = minutesBetween(e.timeUtc, next.timeUtc);
        return {
          serviceId,
          state: e.state,
          eventId: e.id,
          startUtc: e.timeUtc,
          endUtc: next.timeUtc,
          endEventId: next.id,
          openUntilUtc: null,
          duration: {
            minMinutes: m,
            maxMinutes: m,
            maxAssumesWindow: false,
            approximate: Boolean(e.timeApproximate || next.timeApproximate),
          },
        };
      }
      const bounded = latestEndUtc !== null && latestEndUtc > e.timeUtc;
      return {
        serviceId,
        state: e.state,
        eventId: e.id,
        startUtc: e.timeUtc,
        endUtc: null,
        endEventId: null,
        openUntilUtc: bounded ? latestEndUtc : null,
        duration: {
          minMinutes: null,
          maxMinutes: bounded ? minutesBetween(e.timeUtc, latestEndUtc) : null,
          maxAssumesWindow: bounded,
          approximate: Boolean(e.timeApproximate) || (bounded && latestEndApproximate),
        },
      };
    });

    const untimed: UntimedNote[] = events
      .filter((e) => e.timeUtc === null)
      .map((e) => ({ serviceId, eventId: e.id, state: e.state, confidence: e.confidence }));

    const affectedSegments = segments.filter((s) => isAffectedState(s.state));
    const untimedAffected = untimed.some((n) => isAffectedState(n.state));
    const affected = affectedSegments.length > 0 || untimedAffected;

    let impact: DurationRange;
    if (!affected) {
      impact = { minMinutes: 0, maxMinutes: 0, maxAssumesWindow: false, approximate: false };
    } else {
      const closed = affectedSegments.filter((s) => s.endUtc !== null);
      const minMinutes = closed.length > 0 ? closed.reduce((t, s) => t + (s.duration.minMinutes ?? 0), 0) : null;
      // An untimed failure may lie outside the timed segments: then the maximum is not known.
      const maxMinutes =
        affectedSegments.length > 0 && !untimedAffected ? sumOrNull(affectedSegments.map((s) => s.duration.maxMinutes)) : null;
      impact = {
        minMinutes,
        maxMinutes,
        maxAssumesWindow: maxMinutes !== null && affectedSegments.some((s) => s.duration.maxAssumesWindow),
        approximate: affectedSegments.some((s) => s.duration.approximate),
      };
    }

    return {
      serviceId,
      category: categoryOf(serviceId) ?? OTHER_CATEGORY,
      affected,
      worstState: worstStatus(events.map((e) => toStatus(e.state))),
      segments,
      untimed,
      firstAffectedUtc: affectedSegments[0]?.startUtc ?? null,
      impact,
    };
  });

  const groups: GroupImpact<C>[] = [];
  for (const s of services) {
    let g = groups.find((x) => x.category === s.category);
    if (!g) {
      g = {
        category: s.category,
        serviceIds: [],
        affectedIds: [],
        keptWorkingIds: [],
        affectedCount: 0,
        timedCount: 0,
        untimedOnlyCount: 0,
        durationUnknownCount: 0,
        longest: { minMinutes: null, maxMinutes: null, maxAssumesWindow: false, approximate: false },
      };
      groups.push(g);
    }
    g.serviceIds.push(s.serviceId);
    if (!s.affected) {
      if (s.worstState === 'operational') g.keptWorkingIds.push(s.serviceId);
      continue;
    }
    g.affectedIds.push(s.serviceId);
    g.affectedCount += 1;
    if (s.segments.some((x) => isAffectedState(x.state))) g.timedCount += 1;
    else g.untimedOnlyCount += 1;
    if (s.impact.maxMinutes === null) g.durationUnknownCount += 1;
  }
  for (const g of groups) {
    const impacts = services.filter((s) => s.category === g.category && s.affected).map((s) => s.impact);
    const mins = impacts.flatMap((i) => (i.minMinutes === null ? [] : [i.minMinutes]));
    const bounded = impacts.filter((i) => i.maxMinutes !== null);
    const maxMinutes = maxOf(bounded.map((i) => i.maxMinutes as number));
    const longestMax = bounded.find((i) => i.maxMinutes === maxMinutes);
    g.longest = {
      minMinutes: maxOf(mins),
      maxMinutes,
      maxAssumesWindow: longestMax?.maxAssumesWindow ?? false,
      approximate: impacts.some((i) => i.approximate),
    };
  }

  return {
    slug: incident.slug,
    window: { startUtc: incident.startUtc, endUtc: incident.endUtc, latestEndUtc },
    services,
    groups,
    incidentEvents: incident.events.filter((e) => !e.claimOnly && e.serviceIds.length === 0),
    claims: incident.events.filter((e) => e.claimOnly === true),
  };
}

export interface KeptProducing {
  serviceId: string;
  eventId: string;
  /** null: the source gives no time; the statement covers the incident window. */
  timeUtc: string | null;
  confidence: Confidence;
  source: string;
}

/**
 * Layer-1 chains with an event saying they kept producing blocks (state `operational`) during the
 * incident: the other half of the blast radius. Claims never count.
 */
export function l1KeptProducing<C extends string>(
  incident: Pick<PastIncident, 'events'>,
  categoryOf: CategoryOf<C>,
  l1Category: C = 'l1' as C,
): KeptProducing[] {
  return incident.events.flatMap((e) =>
    e.claimOnly || e.state !== 'operational'
      ? []
      : e.serviceIds
          .filter((id) => categoryOf(id) === l1Category)
          .map((serviceId) => ({ serviceId, eventId: e.id, timeUtc: e.timeUtc, confidence: e.confidence, source: e.source })),
  );
}
