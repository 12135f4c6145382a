// Small definitions every status module shares, so they agree on one meaning of each: the
// "failing from k of n vantages" count, when a reading is still recent, outages, events and a median.
import type { Reason, Status } from './vocabulary';

/** "Failing from k of n vantages": k failing among n eligible vantages. */
export interface VantageCount {
  k: number;
  n: number;
}

/**
 * A reading older than this many check intervals is no longer "recent" (docs/methodology.md § Statuses: `unknown` is "no
 * trustworthy recent data"). Three intervals tolerate one missed round plus a slow answer.
 */
export const STALE_AFTER_INTERVALS = 3;

export function isFresh(checkedAt: number | null | undefined, now: number, intervalSec: number): boolean {
  return checkedAt != null && now - checkedAt <= STALE_AFTER_INTERVALS * intervalSec * 1000;
}

export function isOutage(status: Status): boolean {
  return status === 'partial_outage' || status === 'major_outage';
}

/** A check that says nothing about the target's health: the vantage is set aside, not counted. */
export const INELIGIBLE_REASONS: ReadonlySet<Reason> = new Set<Reason>(['blocked', 'private_address', 'rate_limited', 'vantage_impaired']);

/**
 * A confirmed change of state, from one vantage (lib/status/confirmation) or for a whole target
 * (lib/status/transitions). Incidents are built from these.
 */
export interface StatusEvent {
  type: 'went_down' | 'came_up';
  /** went_down: the first failing check; came_up: the first successful check. */
  firstCheckAt: number;
  /** When the thresholds confirmed the change. */
  confirmedAt: number;
  reason: Reason | null;
  /** The status entered: an outage for went_down, operational or degraded for came_up. */
  status: Status;
}

/** Median (mean of the two middle values for an even count); null when empty. Infinity is allowed. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid]!;
  const lo = sorted[mid - 1]!;
  const hi = sorted[mid]!;
  return lo === hi ? lo : (lo + hi) / 2;
}

/** The most frequent non-null value (first seen wins a tie), or null. */
export function mostCommon<T>(values: readonly (T | null | undefined)[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let bestCount = 0;
  for (const v of values) {
    if (v == null) continue;
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}
