// Incidents in time (docs/methodology.md § Incidents): a reducer over one target's went_down / came_up
// events. An incident starts at the first failing check and ends at the first success (both with their
// confirmed_at), ± one check interval; failing again within 15 minutes of recovery reopens it.
import { detectedIncidentSlug } from '@/lib/incidents/slugs';
import type { StatusEvent } from './shared';
import { STATUS_SEVERITY, type Reason, type Status } from './vocabulary';

export const REOPEN_WINDOW_MS = 15 * 60_000;

export interface MeasuredIncident {
  /** Stable: the target and the first failing check's minute (lib/incidents/slugs.ts), for permalinks. */
  id: string;
  targetId: string;
  startedAt: number;
  startConfirmedAt: number;
  endedAt: number | null;
  endConfirmedAt: number | null;
  /** Both ends are known to ± this: one check interval. */
  precisionSec: number;
  worstStatus: Status;
  reason: Reason | null;
  reopenCount: number;
  /**
   * When Marsad first read the company's own status page or feed saying something is wrong during this
   * incident (null: not yet, or the company has no feed). Set by the engine, not by this reducer.
   */
  acknowledgedAt?: number | null;
  /** The company's own creation time of the incident it reported, when its feed gives one. */
  acknowledgedCreatedAt?: number | null;
}

/** Per target: the open incident, and the last closed one (which a quick relapse reopens). */
export interface IncidentLog {
  open: MeasuredIncident | null;
  last: MeasuredIncident | null;
}

export interface IncidentContext {
  targetId: string;
  intervalSec: number;
  /** Failing again within this long of a recovery reopens the incident (default REOPEN_WINDOW_MS; the lab compresses it). */
  reopenWindowMs?: number;
}

/**
 * Set by the engine (lib/engine/evaluator.ts), not by this reducer: `acknowledged`, the company's own page
 * admitted the incident; `updated`, its timeline grew (a status change within it) and the row is rewritten.
 */
export type IncidentChange = { type: 'opened' | 'reopened' | 'worsened' | 'resolved' | 'acknowledged' | 'updated'; incident: MeasuredIncident };

export interface IncidentStep {
  log: IncidentLog;
  change?: IncidentChange;
}

export function stepIncidents(prev: IncidentLog | undefined, event: StatusEvent, ctx: IncidentContext): IncidentStep {
  const log: IncidentLog = prev ?? { open: null, last: null };
  if (event.type === 'came_up') {
    if (!log.open) return { log };
    const incident = { ...log.open, endedAt: event.firstCheckAt, endConfirmedAt: event.confirmedAt };
    return { log: { open: null, last: incident }, change: { type: 'resolved', incident } };
  }
  if (log.open) {
    if (STATUS_SEVERITY[event.status] <= STATUS_SEVERITY[log.open.worstStatus]) return { log };
    const incident = { ...log.open, worstStatus: event.status, reason: event.reason ?? log.open.reason };
    return { log: { ...log, open: incident }, change: { type: 'worsened', incident } };
  }
  const last = log.last;
  if (last?.endedAt != null && event.firstCheckAt - last.endedAt <= (ctx.reopenWindowMs ?? REOPEN_WINDOW_MS)) {
    const incident: MeasuredIncident = {
      ...last,
      endedAt: null,
      endConfirmedAt: null,
      worstStatus: STATUS_SEVERITY[event.status] > STATUS_SEVERITY[last.worstStatus] ? event.status : last.worstStatus,
      reopenCount: last.reopenCount + 1,
    };
    return { log: { open: incident, last: null }, change: { type: 'reopened', incident } };
  }
  const incident: MeasuredIncident = {
    id: detectedIncidentSlug(ctx.targetId, event.firstCheckAt, last?.id),
    targetId: ctx.targetId,
    startedAt: event.firstCheckAt,
    startConfirmedAt: event.confirmedAt,
    endedAt: null,
    endConfirmedAt: null,
    precisionSec: ctx.intervalSec,
    worstStatus: event.status,
    reason: event.reason,
    reopenCount: 0,
  };
  return { log: { open: incident, last }, change: { type: 'opened', incident } };
}
