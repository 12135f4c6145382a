// A target's status over time: the caller keeps TargetMemory between rounds; each round's verdict goes
// in, `since` and, on entering, worsening or leaving an outage, a target-level event come out. Those
// events (not the per-vantage ones) feed incidents, so a single vantage's trouble opens none.
import { isOutage, type StatusEvent } from './shared';
import { STATUS_SEVERITY, type Reason, type Status } from './vocabulary';

export interface TargetMemory {
  status: Status;
  reason: Reason | null;
  since: number;
  /** The outage under way, kept through `unknown` rounds: not knowing is not recovering. */
  outage: Status | null;
}

export interface TargetObservation {
  status: Status;
  reason: Reason | null;
  /** For an outage: the first failing check behind it. */
  firstFailAt?: number | null;
  /** For a recovery: the first successful check behind it. */
  lastRecoveryAt?: number | null;
}

export interface TargetStep {
  memory: TargetMemory;
  event?: StatusEvent;
}

export function stepTarget(prev: TargetMemory | undefined, obs: TargetObservation, now: number): TargetStep {
  const changed = !prev || prev.status !== obs.status;
  const since = !changed ? prev.since : isOutage(obs.status) ? (obs.firstFailAt ?? now) : prev?.outage ? (obs.lastRecoveryAt ?? now) : now;
  const memory: TargetMemory = { status: obs.status, reason: obs.reason, since, outage: prev?.outage ?? null };
  if (obs.status === 'unknown') return { memory };

  if (isOutage(obs.status)) {
    const worse = !memory.outage || STATUS_SEVERITY[obs.status] > STATUS_SEVERITY[memory.outage];
    if (!worse) return { memory };
    const firstCheckAt = obs.firstFailAt ?? now;
    memory.outage = obs.status;
    return { memory, event: { type: 'went_down', firstCheckAt, confirmedAt: now, reason: obs.reason, status: obs.status } };
  }
  if (!memory.outage) return { memory };
  memory.outage = null;
  return { memory, event: { type: 'came_up', firstCheckAt: obs.lastRecoveryAt ?? now, confirmedAt: now, reason: null, status: obs.status } };
}
