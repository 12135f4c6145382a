// Across vantages (docs/methodology.md § Vantages): one target's status from its per-vantage confirmations.
// major_outage needs at least `quorum` eligible vantages failing and at least half of them; fewer
// failing for 5 minutes is a regional partial_outage. Every verdict says "failing from k of n".
import type { ConfirmationState } from './confirmation';
import { isFresh, median, mostCommon, type VantageCount } from './shared';
import type { Reason, Status } from './vocabulary';

/** docs/methodology.md § Vantages: major_outage needs at least 2 eligible vantages failing (and at least half of them). */
export const MAJOR_MIN_VANTAGES = 2;
/** docs/methodology.md § Vantages: fewer failing than that, for this long, is a regional partial_outage. */
export const REGIONAL_AFTER_MS = 5 * 60_000;

/**
 * The vantage quorum for a deployment that runs `configuredVantages` vantages: the methodology's 2, or 1
 * when only one vantage exists (the embedded default). With one vantage the rule "≥ 2 failing" could
 * never be met and a target that is down for everyone would read "partial (regional)", a claim about
 * regions one vantage cannot make. So one confirmed-failing vantage out of one is a major_outage shown
 * with `vantageCount: 1` ("seen from 1 vantage"); the connectivity guard's canaries are what keep that
 * vantage's own network trouble from reading as outages. The count is the deployment's configured
 * vantages, not the ones eligible at the moment: if two of three are blocked, the third alone never says major.
 */
export function defaultVantageQuorum(configuredVantages: number): number {
  return Math.max(1, Math.min(MAJOR_MIN_VANTAGES, configuredVantages));
}

export interface VantageState {
  vantage: string;
  state: ConfirmationState;
}

export interface AcrossVantagesOptions {
  /** The monitor's check interval: a vantage with no check in STALE_AFTER_INTERVALS of them is set aside. */
  intervalSec: number;
  /** Failing vantages needed for major_outage; MAJOR_MIN_VANTAGES unless the deployment says otherwise. */
  quorum?: number;
  /** Vantages the connectivity guard set aside this round. */
  impaired?: ReadonlySet<string>;
}

export interface SetAsideVantage {
  vantage: string;
  /** blocked, rate_limited, vantage_impaired, or no_data (no recent check, or not yet confirmed). */
  reason: Reason;
}

export interface TargetVerdict {
  status: Status;
  reason: Reason | null;
  failing: VantageCount;
  /** n: eligible vantages behind this verdict; 1 means "seen from 1 vantage". */
  vantageCount: number;
  /** The earliest first failing check among the vantages failing now. */
  firstFailAt: number | null;
  /** The latest first success among the answering vantages (when an outage ended, for came_up). */
  lastRecoveryAt: number | null;
  /** Median latency of the answering vantages' latest answers. */
  latencyMs: number | null;
  setAside: SetAsideVantage[];
}

export function aggregateVantages(vantages: readonly VantageState[], now: number, options: AcrossVantagesOptions): TargetVerdict {
  const quorum = options.quorum ?? MAJOR_MIN_VANTAGES;
  const eligible: VantageState[] = [];
  const setAside: SetAsideVantage[] = [];
  for (const v of vantages) {
    const reason = setAsideReason(v, now, options);
    if (reason) setAside.push({ vantage: v.vantage, reason });
    else eligible.push(v);
  }

  const failing = eligible.filter((v) => v.state.reach === 'down');
  const answering = eligible.filter((v) => v.state.reach === 'up');
  const k = failing.length;
  const n = eligible.length;
  const base = {
    failing: { k, n },
    vantageCount: n,
    firstFailAt: minOf(failing.map((v) => v.state.reachSince)),
    lastRecoveryAt: maxOf(answering.map((v) => v.state.reachSince)),
    latencyMs: median(answering.flatMap((v) => (v.state.lastLatencyMs === null ? [] : [v.state.lastLatencyMs]))),
    setAside,
  };

  if (n === 0) return { ...base, status: 'unknown', reason: mostCommon(setAside.map((v) => v.reason)) ?? 'no_data' };
  const failReason = mostCommon(failing.map((v) => v.state.reason));
  if (k >= quorum && 2 * k >= n) return { ...base, status: 'major_outage', reason: failReason };
  if (k > 0 && base.firstFailAt !== null && now - base.firstFailAt >= REGIONAL_AFTER_MS) {
    return { ...base, status: 'partial_outage', reason: failReason };
  }
  const degraded = answering.filter((v) => v.state.degraded);
  if (degraded.length > 0 && 2 * (degraded.length + k) >= n) {
    return { ...base, status: 'degraded', reason: mostCommon(degraded.map((v) => v.state.degradedReason)) };
  }
  // A minority failing for less than REGIONAL_AFTER_MS: still operational, and `failing` says k of n.
  return { ...base, status: 'operational', reason: null };
}

function setAsideReason(v: VantageState, now: number, options: AcrossVantagesOptions): Reason | null {
  if (options.impaired?.has(v.vantage)) return 'vantage_impaired';
  if (v.state.ineligible) return v.state.ineligibleReason ?? 'no_data';
  if (!isFresh(v.state.lastCheckAt, now, options.intervalSec)) return 'no_data';
  if (v.state.reach === 'unknown') return 'no_data';
  return null;
}

function minOf(values: readonly (number | null)[]): number | null {
  const xs = values.filter((x): x is number => x !== null);
  return xs.length ? Math.min(...xs) : null;
}

function maxOf(values: readonly (number | null)[]): number | null {
  const xs = values.filter((x): x is number => x !== null);
  return xs.length ? Math.max(...xs) : null;
}
