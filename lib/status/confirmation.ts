// Confirmation per (monitor, vantage) (docs/methodology.md § Confirmation): down after FAIL_THRESHOLD
// failed checks in a row, back after RECOVER_THRESHOLD answers in a row, so one lost packet changes
// nothing. Blocked, rate-limited or impaired checks are neither: they set this vantage aside.
import type { ProbeResult } from '@/lib/probes/types';
import { INELIGIBLE_REASONS, type StatusEvent } from './shared';
import type { Reason } from './vocabulary';

export const FAIL_THRESHOLD = 3;
export const RECOVER_THRESHOLD = 2;

/** `unknown` until the thresholds have confirmed one way or the other (a fresh start is not "up"). */
export type Reach = 'unknown' | 'up' | 'down';

export interface ConfirmationState {
  reach: Reach;
  /** First check of the streak that set `reach`: the first failing check when down, the first success when up. */
  reachSince: number | null;
  reachConfirmedAt: number | null;
  /** While down: the latest failure's reason. */
  reason: Reason | null;
  failStreak: number;
  failSince: number | null;
  okStreak: number;
  okSince: number | null;
  /** Answering but degraded (slow, lagging…): confirmed and cleared with the same two thresholds. */
  degraded: boolean;
  degradedSince: number | null;
  degradedReason: Reason | null;
  degradedStreak: number;
  degradedStreakSince: number | null;
  cleanStreak: number;
  /** True while this vantage's latest check was ineligible; the reason says why (null: cancelled). */
  ineligible: boolean;
  ineligibleReason: Reason | null;
  lastCheckAt: number | null;
  /** Latency of the latest answer (up or degraded). */
  lastLatencyMs: number | null;
}

export interface ConfirmationStep {
  state: ConfirmationState;
  /** Only on a confirmed change between up and down; the start from `unknown` to up is not an event. */
  event?: StatusEvent;
}

export function initialConfirmation(): ConfirmationState {
  return {
    reach: 'unknown',
    reachSince: null,
    reachConfirmedAt: null,
    reason: null,
    failStreak: 0,
    failSince: null,
    okStreak: 0,
    okSince: null,
    degraded: false,
    degradedSince: null,
    degradedReason: null,
    degradedStreak: 0,
    degradedStreakSince: null,
    cleanStreak: 0,
    ineligible: false,
    ineligibleReason: null,
    lastCheckAt: null,
    lastLatencyMs: null,
  };
}

/** Whether a result says nothing about the target (probes should say `ineligible`; the reason is checked too). */
export function isIneligibleResult(result: Pick<ProbeResult, 'outcome' | 'reason'>): boolean {
  return result.outcome === 'ineligible' || (result.reason !== null && INELIGIBLE_REASONS.has(result.reason));
}

/**
 * One check in, the new state out (never mutates `prev`). A result older than the last one seen is
 * ignored: results can arrive out of order from several workers.
 */
export function stepConfirmation(prev: ConfirmationState | undefined, result: ProbeResult): ConfirmationStep {
  const s: ConfirmationState = { ...(prev ?? initialConfirmation()) };
  const at = result.startedAt;
  if (s.lastCheckAt !== null && at < s.lastCheckAt) return { state: s };
  s.lastCheckAt = at;

  if (isIneligibleResult(result)) {
    // Streaks stay as they were: the check is skipped, as if it had not been made.
    s.ineligible = true;
    s.ineligibleReason = result.reason;
    return { state: s };
  }
  s.ineligible = false;
  s.ineligibleReason = null;

  if (result.outcome === 'down') return stepFailure(s, result, at);
  return stepAnswer(s, result, at);
}

function stepFailure(s: ConfirmationState, result: ProbeResult, at: number): ConfirmationStep {
  if (s.failStreak === 0) s.failSince = at;
  s.failStreak += 1;
  s.okStreak = 0;
  s.okSince = null;
  if (s.reach === 'down') {
    s.reason = result.reason ?? s.reason;
    return { state: s };
  }
  if (s.failStreak < FAIL_THRESHOLD) return { state: s };
  s.reach = 'down';
  s.reachSince = s.failSince;
  s.reachConfirmedAt = at;
  s.reason = result.reason;
  const event: StatusEvent = { type: 'went_down', firstCheckAt: s.failSince ?? at, confirmedAt: at, reason: s.reason, status: 'major_outage' };
  return { state: s, event };
}

function stepAnswer(s: ConfirmationState, result: ProbeResult, at: number): ConfirmationStep {
  s.lastLatencyMs = result.latencyMs;
  if (s.okStreak === 0) s.okSince = at;
  s.okStreak += 1;
  s.failStreak = 0;
  s.failSince = null;
  stepQuality(s, result, at);

  if (s.reach === 'up' || s.okStreak < RECOVER_THRESHOLD) return { state: s };
  const wasDown = s.reach === 'down';
  s.reach = 'up';
  s.reachSince = s.okSince;
  s.reachConfirmedAt = at;
  s.reason = null;
  if (!wasDown) return { state: s };
  const event: StatusEvent = {
    type: 'came_up',
    firstCheckAt: s.okSince ?? at,
    confirmedAt: at,
    reason: null,
    status: s.degraded ? 'degraded' : 'operational',
  };
  return { state: s, event };
}

/** The second, independent machine: is the answering target degraded? Same thresholds, same reasons. */
function stepQuality(s: ConfirmationState, result: ProbeResult, at: number): void {
  if (result.outcome === 'degraded') {
    s.cleanStreak = 0;
    if (s.degradedStreak === 0) s.degradedStreakSince = at;
    s.degradedStreak += 1;
    if (s.degraded) s.degradedReason = result.reason ?? s.degradedReason;
    else if (s.degradedStreak >= FAIL_THRESHOLD) {
      s.degraded = true;
      s.degradedSince = s.degradedStreakSince;
      s.degradedReason = result.reason;
    }
    return;
  }
  s.degradedStreak = 0;
  s.degradedStreakSince = null;
  s.cleanStreak += 1;
  if (s.degraded && s.cleanStreak >= RECOVER_THRESHOLD) {
    s.degraded = false;
    s.degradedSince = null;
    s.degradedReason = null;
  }
}
