// Cloud-outage events (docs/methodology.md § Cloud-outage events): when services that run on one cloud region
// fail together, one event groups them, live. A reducer: the previous events, the services' statuses, the
// clouds' reports per region and the connectivity guard go in with `now`; the events and what changed come
// out. Pure (no clock, database or network), so tests and the lab run it on a compressed clock.
//
// The rules:
// - open for provider P and region R when P's feed reports an incident naming R and at least one service
//   that depends on R is failing; or, with no such report, when at least K of them fail within W while this
//   vantage's connectivity guard is healthy (then "not acknowledged by P" until P reports);
// - members join when they fail and are marked recovered when they recover; failing again within the rejoin
//   window continues the same spell (and reopens an event that had just resolved);
// - resolve when P reports resolution and every member has recovered, or, never reported, after the quiet
//   period with no member failing;
// - one event per provider and region at a time, keyed by provider, region and start, so several workers
//   name it alike; a vantage whose guard says it lost its own network opens nothing and adds no member.
// Failing together is said as "coincided with", never "caused by".
import { cloudEventSlug } from '@/lib/incidents/slugs';
import { ACK_DEADLINE_MS, deriveVendorLag, type VendorLag } from '@/lib/status/reported';
import { isOutage } from '@/lib/status/shared';
import { STATUS_SEVERITY, type Reason, type Status } from '@/lib/status/vocabulary';
import { DEPENDENCY_BASES, dependentsByRegion, regionId, type Dependency, type DependencyBasis, type DependencyLink } from './dependencies';
import { reportFor, type CloudRegionReport } from './reports';
import type { CorrelationSettings } from './settings';

export type ChainLayer = 'l1' | 'l2';
export type ChainLiveness = 'producing' | 'stalled' | 'unknown';

/** A service's confirmed status now, as the evaluator derived it. */
export interface ServiceObservation {
  serviceId: string;
  status: Status;
  /** When this status began: for an outage its first failing check; after one, the first good check. */
  since: number;
  /** The service's own detected incident while it is failing (lib/incidents/slugs detectedIncidentSlug). */
  incidentSlug?: string | null;
}

/** A layer-1 or layer-2 chain's block production now (chainLiveness). */
export interface ChainObservation {
  serviceId: string;
  layer: ChainLayer;
  liveness: ChainLiveness;
}

/** One stretch of a member's failure: from its first failing check to its first good one. */
export interface MemberSpell {
  failedAt: number;
  recoveredAt: number | null;
  incidentSlug: string | null;
}

export interface EventMember {
  serviceId: string;
  /** How the dependency on the event's region is known: stated (catalog, with its source), measured (exposure map), or both. */
  basis: DependencyBasis[];
  source: string | null;
  measuredAt: number | null;
  /** The first spell's start, and the last spell's end (null while failing). */
  failedAt: number;
  recoveredAt: number | null;
  worstStatus: Status;
  /** The member's own detected incident (its first spell's). */
  incidentSlug: string | null;
  spells: MemberSpell[];
}

export interface EventChain {
  serviceId: string;
  layer: ChainLayer;
  /** The first round of the event that measured it producing blocks; null: never measured so. */
  producingSince: number | null;
  /** The first round of the event that measured it stalled; null: never. */
  stalledAt: number | null;
}

/** The cloud's own word: when it reported (a range: its `created_at` and our first reading), which incidents. */
export interface CloudAcknowledgement {
  createdAt: number | null;
  firstSeenAt: number;
  /** The report's region: the event's, or `global` when the cloud spoke of all regions. */
  region: string;
  incidentIds: string[];
  url: string | null;
  impact: string | null;
}

export const CLOUD_EVENT_TRIGGERS = ['cloud_report', 'correlated_failures'] as const;
export type CloudEventTrigger = (typeof CLOUD_EVENT_TRIGGERS)[number];

export interface CloudEvent {
  /** cloudEventSlug(provider, region, start). */
  id: string;
  providerId: string;
  region: string;
  trigger: CloudEventTrigger;
  /** The earliest member's first failing check. */
  startedAt: number;
  /** A failure that began before this is a separate story and never joins. */
  joinFrom: number;
  /** When Marsad opened it. */
  openedAt: number;
  /** The later of the last member's recovery and the cloud's resolution (when it reported); null while open. */
  endedAt: number | null;
  /** When Marsad resolved it. */
  closedAt: number | null;
  acknowledgement: CloudAcknowledgement | null;
  cloudResolvedAt: number | null;
  members: EventMember[];
  chains: EventChain[];
  settings: CorrelationSettings;
}

export interface CorrelationInput {
  now: number;
  settings: CorrelationSettings;
  dependencies: readonly Dependency[];
  services: readonly ServiceObservation[];
  reports: readonly CloudRegionReport[];
  /** This vantage's connectivity guard says its own network is fine. */
  guardHealthy: boolean;
  chains: readonly ChainObservation[];
  /** The events of the previous round (open ones, and resolved ones still within the rejoin window). */
  events: readonly CloudEvent[];
}

export type CloudEventChangeType = 'opened' | 'updated' | 'resolved' | 'reopened';
export interface CloudEventChange {
  type: CloudEventChangeType;
  event: CloudEvent;
}

export interface CorrelationStep {
  events: CloudEvent[];
  changes: CloudEventChange[];
}

/** A chain's block production from its evaluation: fresh head → producing; stalled by the chain rule → stalled. */
export function chainLiveness(input: { status: Status; reason: Reason | null; headAgeSec: number | null; hardLimitSec: number }): ChainLiveness {
  if (input.status === 'major_outage' && input.reason === 'stale_head') return 'stalled';
  if (input.headAgeSec !== null && input.headAgeSec <= input.hardLimitSec && input.status !== 'unknown') return 'producing';
  return 'unknown';
}

/** Vendor lag of the cloud for this event: its acknowledgement − the event's start, as a range (lib/status). */
export function cloudEventVendorLag(event: Pick<CloudEvent, 'startedAt' | 'acknowledgement'>, now: number): VendorLag {
  return deriveVendorLag({ firstFailAt: event.startedAt, incidentCreatedAt: event.acknowledgement?.createdAt ?? null, firstSeenAt: event.acknowledgement?.firstSeenAt ?? null, now });
}

export function isOpenEvent(event: Pick<CloudEvent, 'endedAt'>): boolean {
  return event.endedAt === null;
}

const worse = (a: Status, b: Status): Status => (STATUS_SEVERITY[b] > STATUS_SEVERITY[a] ? b : a);

function copy(event: CloudEvent): CloudEvent {
  return structuredClone(event);
}

/** The first K failures (sorted by start) that begin within W of each other: the start of the earliest such run. */
function correlatedStart(starts: readonly number[], settings: CorrelationSettings): number | null {
  for (let i = 0; i + settings.minServices - 1 < starts.length; i += 1) {
    if (starts[i + settings.minServices - 1]! - starts[i]! <= settings.windowMs) return starts[i]!;
  }
  return null;
}

function newMember(link: DependencyLink | undefined, o: ServiceObservation): EventMember {
  return {
    serviceId: o.serviceId,
    basis: link ? [...link.basis] : [],
    source: link?.source ?? null,
    measuredAt: link?.measuredAt ?? null,
    failedAt: o.since,
    recoveredAt: null,
    worstStatus: o.status,
    incidentSlug: o.incidentSlug ?? null,
    spells: [{ failedAt: o.since, recoveredAt: null, incidentSlug: o.incidentSlug ?? null }],
  };
}

/** A member's flat fields from its spells. */
function settle(member: EventMember): void {
  const first = member.spells[0]!;
  const last = member.spells[member.spells.length - 1]!;
  member.failedAt = first.failedAt;
  member.recoveredAt = last.recoveredAt;
  member.incidentSlug = first.incidentSlug;
}

/** One member against its status now. */
function observeMember(member: EventMember, o: ServiceObservation, input: CorrelationInput): void {
  const last = member.spells[member.spells.length - 1]!;
  if (isOutage(o.status)) {
    if (last.recoveredAt === null) {
      member.worstStatus = worse(member.worstStatus, o.status);
      last.incidentSlug ??= o.incidentSlug ?? null;
    } else if (input.guardHealthy && o.since >= last.recoveredAt) {
      // Failing again: within the rejoin window the same spell goes on; later, a new spell.
      if (o.since - last.recoveredAt <= input.settings.rejoinMs) last.recoveredAt = null;
      else member.spells.push({ failedAt: o.since, recoveredAt: null, incidentSlug: o.incidentSlug ?? null });
      member.worstStatus = worse(member.worstStatus, o.status);
    }
  } else if (o.status !== 'unknown' && last.recoveredAt === null) {
    // Not knowing is not recovering; any known status that is not an outage is.
    last.recoveredAt = Math.min(input.now, Math.max(last.failedAt, o.since));
  }
  settle(member);
}

function observeCloud(event: CloudEvent, input: CorrelationInput): void {
  const report = reportFor(input.reports, event.providerId, event.region);
  if (report?.open) {
    if (!event.acknowledgement) {
      event.acknowledgement = { createdAt: report.createdAt, firstSeenAt: report.firstSeenAt, region: report.region, incidentIds: [...report.incidentIds], url: report.url, impact: report.impact };
    } else {
      const ids = [...new Set([...event.acknowledgement.incidentIds, ...report.incidentIds])];
      if (ids.length !== event.acknowledgement.incidentIds.length) event.acknowledgement.incidentIds = ids;
    }
    event.cloudResolvedAt = null;
  } else if (report && report.resolvedAt !== null && event.acknowledgement && event.cloudResolvedAt === null && report.resolvedAt >= event.acknowledgement.firstSeenAt) {
    event.cloudResolvedAt = report.resolvedAt;
  }
}

function observeChains(event: CloudEvent, input: CorrelationInput): void {
  for (const c of input.chains) {
    if (c.liveness === 'unknown') continue;
    let chain = event.chains.find((x) => x.serviceId === c.serviceId);
    if (!chain) event.chains.push((chain = { serviceId: c.serviceId, layer: c.layer, producingSince: null, stalledAt: null }));
    if (c.liveness === 'producing') chain.producingSince ??= input.now;
    else chain.stalledAt ??= input.now;
  }
}

function maybeResolve(event: CloudEvent, input: CorrelationInput): void {
  if (!input.guardHealthy || event.members.some((m) => m.recoveredAt === null)) return;
  const lastRecovery = Math.max(...event.members.map((m) => m.recoveredAt!));
  if (event.acknowledgement) {
    if (event.cloudResolvedAt === null) return;
    event.endedAt = Math.max(lastRecovery, event.cloudResolvedAt);
  } else {
    if (input.now - lastRecovery < input.settings.quietMs) return;
    event.endedAt = lastRecovery;
  }
  event.closedAt = input.now;
}

/** Dependents of the event's region (and its members, even if no longer listed there) against their statuses now. */
function observeEvent(event: CloudEvent, links: ReadonlyMap<string, DependencyLink>, obs: ReadonlyMap<string, ServiceObservation>, input: CorrelationInput): void {
  for (const member of event.members) {
    const link = links.get(member.serviceId);
    if (link && link.basis.some((b) => !member.basis.includes(b))) {
      member.basis = DEPENDENCY_BASES.filter((b) => member.basis.includes(b) || link.basis.includes(b));
      member.source ??= link.source;
      member.measuredAt ??= link.measuredAt;
    }
    const o = obs.get(member.serviceId);
    if (o) observeMember(member, o, input);
  }
  if (input.guardHealthy) {
    for (const link of links.values()) {
      const o = obs.get(link.serviceId);
      if (!o || !isOutage(o.status) || o.since < event.joinFrom || event.members.some((m) => m.serviceId === link.serviceId)) continue;
      event.members.push(newMember(link, o));
    }
  }
  event.members.sort((a, b) => a.failedAt - b.failedAt || a.serviceId.localeCompare(b.serviceId));
  observeCloud(event, input);
  observeChains(event, input);
}

/** The failing dependents that would open an event for this region now, with its trigger; null when none would. */
function wouldOpen(providerId: string, region: string, links: ReadonlyMap<string, DependencyLink>, obs: ReadonlyMap<string, ServiceObservation>, input: CorrelationInput) {
  const failing = [...links.values()]
    .flatMap((link) => {
      const o = obs.get(link.serviceId);
      return o && isOutage(o.status) ? [{ link, o }] : [];
    })
    .sort((a, b) => a.o.since - b.o.since || a.o.serviceId.localeCompare(b.o.serviceId));
  if (failing.length === 0) return null;
  const report = reportFor(input.reports, providerId, region, true);
  if (report?.open) {
    // The cloud named this region: every dependent failing since up to a day before it spoke (the deadline
    // after which a vendor's silence counts as no acknowledgement) coincided with it.
    const joinFrom = Math.min(report.createdAt ?? report.firstSeenAt, report.firstSeenAt) - ACK_DEADLINE_MS;
    const members = failing.filter((f) => f.o.since >= joinFrom);
    return members.length ? { trigger: 'cloud_report' as const, joinFrom, members } : null;
  }
  const start = correlatedStart(failing.map((f) => f.o.since), input.settings);
  if (start === null) return null;
  // Failures up to W before the first K joined them; earlier ones were already a separate story.
  const joinFrom = start - input.settings.windowMs;
  return { trigger: 'correlated_failures' as const, joinFrom, members: failing.filter((f) => f.o.since >= joinFrom) };
}

function changeOf(prev: CloudEvent | undefined, next: CloudEvent): CloudEventChangeType | null {
  if (!prev) return 'opened';
  if (prev.endedAt !== null && next.endedAt === null) return 'reopened';
  if (prev.endedAt === null && next.endedAt !== null) return 'resolved';
  return JSON.stringify(prev) === JSON.stringify(next) ? null : 'updated';
}

export function stepCloudEvents(input: CorrelationInput): CorrelationStep {
  const { now, settings } = input;
  const regions = dependentsByRegion(input.dependencies);
  const obs = new Map(input.services.map((s) => [s.serviceId, s]));
  const previous = new Map(input.events.map((e) => [e.id, e]));
  const next = new Map<string, CloudEvent>();
  /** Regions with an open event this round: one at a time per provider and region. */
  const active = new Set<string>();

  for (const prev of [...input.events].sort((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id))) {
    const key = regionId(prev.providerId, prev.region);
    const links = regions.get(key)?.links ?? new Map<string, DependencyLink>();
    if (prev.endedAt !== null) {
      if (now - (prev.closedAt ?? prev.endedAt) > settings.rejoinMs) continue; // past the rejoin window: done
      const relapse =
        input.guardHealthy &&
        !active.has(key) &&
        prev.members.some((m) => {
          const o = obs.get(m.serviceId);
          return o !== undefined && m.recoveredAt !== null && isOutage(o.status) && o.since >= m.recoveredAt && o.since - m.recoveredAt <= settings.rejoinMs;
        });
      if (!relapse) {
        next.set(prev.id, prev);
        continue;
      }
    } else if (active.has(key)) {
      // A second open event for one region (two writers before they met): the earlier one carries on.
      continue;
    }
    const event = copy(prev);
    event.endedAt = null;
    event.closedAt = null;
    active.add(key);
    observeEvent(event, links, obs, input);
    maybeResolve(event, input);
    next.set(event.id, event);
  }

  if (input.guardHealthy) {
    for (const [key, { providerId, region, links }] of regions) {
      if (active.has(key)) continue;
      const opening = wouldOpen(providerId, region, links, obs, input);
      if (!opening) continue;
      const startedAt = opening.members[0]!.o.since;
      const id = cloudEventSlug(providerId, region, startedAt);
      const event: CloudEvent = {
        id,
        providerId,
        region,
        trigger: opening.trigger,
        startedAt,
        joinFrom: opening.joinFrom,
        openedAt: now,
        endedAt: null,
        closedAt: null,
        acknowledgement: null,
        cloudResolvedAt: null,
        members: opening.members.map(({ link, o }) => newMember(link, o)),
        chains: [],
        settings: { ...settings },
      };
      observeCloud(event, input);
      observeChains(event, input);
      active.add(key);
      next.set(id, event);
    }
  }

  const events = [...next.values()];
  const changes: CloudEventChange[] = [];
  for (const event of events) {
    const type = changeOf(previous.get(event.id), event);
    if (type) changes.push({ type, event });
  }
  return { events, changes };
}
