// Rollups the database stores (Gatus-style): per target and UTC hour or day, time spent in each
// confirmed status plus raw check counts. Uptime bars and figures read these, never raw results,
// which are kept RAW_RESULTS_RETENTION_DAYS; rollups are kept forever.
import type { ProbeResult } from '@/lib/probes/types';
import { isIneligibleResult } from './confirmation';
import { worstStatus, type Status } from './vocabulary';

export const RAW_RESULTS_RETENTION_DAYS = 14;
/** null: never deleted (uptime history is the record journalists cite). */
export const ROLLUPS_RETENTION_DAYS = null;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** A span of the confirmed status timeline, [startMs, endMs). */
export interface TimelineSegment {
  startMs: number;
  endMs: number;
  status: Status;
  /** For `maintenance`: announced in advance (see maintenance.ts). Unannounced maintenance counts as major. */
  announced?: boolean;
}

export interface StatusChange {
  at: number;
  status: Status;
  announced?: boolean;
}

export interface StatusDurations {
  operationalMs: number;
  degradedMs: number;
  partialMs: number;
  majorMs: number;
  /** Announced maintenance only. */
  maintenanceMs: number;
  unknownMs: number;
}

export interface CheckCounts {
  checks: number;
  checksUp: number;
  checksDegraded: number;
  checksDown: number;
  checksIneligible: number;
  latencySumMs: number;
  latencyCount: number;
  latencyMaxMs: number;
}

export interface Rollup extends StatusDurations, CheckCounts {
  targetId: string;
  periodStart: number;
  /** Exclusive; for a period still in progress, the time it was built up to. */
  periodEnd: number;
  /** Worst status held for any time in the period (unknown ranks lowest, so it hides nothing). */
  worst: Status;
}

export function rawResultsCutoff(now: number): number {
  return now - RAW_RESULTS_RETENTION_DAYS * DAY_MS;
}

export function floorUtcHour(ms: number): number {
  return Math.floor(ms / HOUR_MS) * HOUR_MS;
}

export function floorUtcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** Status changes (in time order) → contiguous segments; the last one runs to `endMs`. */
export function buildTimeline(changes: readonly StatusChange[], endMs: number): TimelineSegment[] {
  const sorted = [...changes].sort((a, b) => a.at - b.at);
  return sorted.flatMap((c, i) => {
    const next = sorted[i + 1]?.at ?? endMs;
    const end = Math.min(next, endMs);
    if (end <= c.at) return [];
    return [{ startMs: c.at, endMs: end, status: c.status, ...(c.announced !== undefined && { announced: c.announced }) }];
  });
}

export function buildRollup(
  targetId: string,
  periodStart: number,
  periodEnd: number,
  segments: readonly TimelineSegment[],
  results: readonly ProbeResult[] = [],
): Rollup {
  const d: StatusDurations = { operationalMs: 0, degradedMs: 0, partialMs: 0, majorMs: 0, maintenanceMs: 0, unknownMs: 0 };
  const held: Status[] = [];
  for (const seg of segments) {
    const ms = Math.min(seg.endMs, periodEnd) - Math.max(seg.startMs, periodStart);
    if (ms <= 0) continue;
    const counted: Status = seg.status === 'maintenance' && !seg.announced ? 'major_outage' : seg.status;
    held.push(counted);
    d[DURATION_KEY[counted]] += ms;
  }
  const c = countChecks(results.filter((r) => r.startedAt >= periodStart && r.startedAt < periodEnd));
  return { targetId, periodStart, periodEnd, ...d, ...c, worst: worstStatus(held) };
}

const DURATION_KEY: Record<Status, keyof StatusDurations> = {
  operational: 'operationalMs',
  degraded: 'degradedMs',
  partial_outage: 'partialMs',
  major_outage: 'majorMs',
  maintenance: 'maintenanceMs',
  unknown: 'unknownMs',
};

function countChecks(results: readonly ProbeResult[]): CheckCounts {
  const c: CheckCounts = { checks: 0, checksUp: 0, checksDegraded: 0, checksDown: 0, checksIneligible: 0, latencySumMs: 0, latencyCount: 0, latencyMaxMs: 0 };
  for (const r of results) {
    c.checks += 1;
    if (isIneligibleResult(r)) c.checksIneligible += 1;
    else if (r.outcome === 'down') c.checksDown += 1;
    else {
      if (r.outcome === 'up') c.checksUp += 1;
      else c.checksDegraded += 1;
      c.latencySumMs += r.latencyMs;
      c.latencyCount += 1;
      c.latencyMaxMs = Math.max(c.latencyMaxMs, r.latencyMs);
    }
  }
  return c;
}

/** One rollup per UTC hour overlapping [fromMs, toMs); the last is cut at `toMs` (pass `now`). */
export function buildHourlyRollups(
  targetId: string,
  segments: readonly TimelineSegment[],
  results: readonly ProbeResult[],
  fromMs: number,
  toMs: number,
): Rollup[] {
  const rollups: Rollup[] = [];
  for (let h = floorUtcHour(fromMs); h < toMs; h += HOUR_MS) rollups.push(buildRollup(targetId, h, Math.min(h + HOUR_MS, toMs), segments, results));
  return rollups;
}

/**
 * Daily rollups from hourly ones. A day spans all 24 hours (or up to `now`), so hours with no rollup
 * (Marsad was not running) lower its coverage instead of vanishing.
 */
export function buildDailyRollups(hourly: readonly Rollup[], now: number): Rollup[] {
  const byDay = new Map<string, Rollup[]>();
  for (const r of hourly) {
    const key = `${r.targetId}\u0000${floorUtcDay(r.periodStart)}`;
    byDay.set(key, [...(byDay.get(key) ?? []), r]);
  }
  return [...byDay.values()].map((group) => {
    const dayStart = floorUtcDay(group[0]!.periodStart);
    return combineRollups(group[0]!.targetId, group, dayStart, Math.min(dayStart + DAY_MS, now));
  });
}

/** Sums rollups into one covering [periodStart, periodEnd). */
export function combineRollups(targetId: string, rollups: readonly Rollup[], periodStart: number, periodEnd: number): Rollup {
  const sum: Rollup = {
    targetId,
    periodStart,
    periodEnd,
    ...{ operationalMs: 0, degradedMs: 0, partialMs: 0, majorMs: 0, maintenanceMs: 0, unknownMs: 0 },
    ...{ checks: 0, checksUp: 0, checksDegraded: 0, checksDown: 0, checksIneligible: 0, latencySumMs: 0, latencyCount: 0, latencyMaxMs: 0 },
    worst: worstStatus(rollups.map((r) => r.worst)),
  };
  for (const r of rollups) {
    for (const key of SUMMED) sum[key] += r[key];
    sum.latencyMaxMs = Math.max(sum.latencyMaxMs, r.latencyMaxMs);
  }
  return sum;
}

const SUMMED = [
  'operationalMs',
  'degradedMs',
  'partialMs',
  'majorMs',
  'maintenanceMs',
  'unknownMs',
  'checks',
  'checksUp',
  'checksDegraded',
  'checksDown',
  'checksIneligible',
  'latencySumMs',
  'latencyCount',
] as const satisfies readonly (keyof StatusDurations | keyof CheckCounts)[];
