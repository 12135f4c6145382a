// Incidents in time (docs/methodology.md § Incidents): a reducer over one target's went_down / came_up
// events. An incident starts at the first failing check and ends at the first success (both with their
// confirmed_at), ± one check interval; failing again within 15 minutes of recovery reopens it.
import type { StatusEvent } from './shared';
import { STATUS_SEVERITY, type Reason, type Status } from './vocabulary';

export const REOPEN_WINDOW_MS = 15 * 60_000;

export interface MeasuredIncident {
  /** Stable: the target and the first failing check, for permalinks. */
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
}

/** Per target: the open incident, and the last closed one (which a quick relapse reopens). */
export interface IncidentLog {
  open: MeasuredIncident | null;
  last: MeasuredIncident | null;
}

export interface IncidentContext {
  targetId: string;
  intervalSec: number;
}

export type IncidentChange = { type: 'opened' | 'reopened' | 'worsened' | 'resolved'; incident: MeasuredIncident };

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
  if (last?.endedAt != null && event.firstCheckAt - last.endedAt <= REOPEN_WINDOW_MS) {
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
    id: `${ctx.targetId}:${new Date(event.firstCheckAt).toISOString()}`,
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
