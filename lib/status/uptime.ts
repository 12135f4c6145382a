// Uptime (docs/methodology.md § Uptime): from the confirmed status timeline, weighted by time, per UTC day:
// 1 − (major + 0.3 × partial) / (known time − announced maintenance); degraded counts 0; rounded
// down; shown with its coverage and, beside it, the raw share of successful checks.
import { DAY_MS, HOUR_MS, combineRollups, floorUtcDay, floorUtcHour, type Rollup, type StatusDurations } from './rollups';
import type { Status } from './vocabulary';

/** docs/methodology.md § Uptime: a partial outage counts for 0.3 of its time (kept as 3/10 so the maths stays in integers). */
export const PARTIAL_WEIGHT_TENTHS = 3;
/** docs/methodology.md § Uptime: under 90 % of the period with trustworthy data is drawn as "not enough data". */
export const MIN_COVERAGE = 0.9;
/** Percent with two decimals: 99.93. */
export const UPTIME_DECIMALS = 2;

export interface UptimeFigure {
  /** Percent, floored to UPTIME_DECIMALS; null when no known time remains to judge. */
  uptimePercent: number | null;
  /** Share of the period (0–1) with a known status. */
  coverage: number;
  notEnoughData: boolean;
  worst: Status;
  /** Up or degraded among eligible checks (0–1), the raw figure published beside uptime; null without checks. */
  checksSuccessShare: number | null;
}

export interface UptimeDay extends UptimeFigure {
  /** UTC date, YYYY-MM-DD. */
  day: string;
}

export const UPTIME_WINDOWS = ['24h', '7d', '30d', '90d'] as const;
export type UptimeWindow = (typeof UPTIME_WINDOWS)[number];

/**
 * Rounded DOWN, never to nearest: one failed minute in a day is 99.93 %, and one failed 30-second
 * check is 99.96 %, but a short outage in a long period (30 s in 90 days = 99.9996 %) would round to
 * 100.00 % and erase an outage someone lived through. Flooring keeps any downtime below 100; exact
 * integer maths keeps a float error from flooring a true 99.95 to 99.94.
 */
export function computeUptimePercent(d: Pick<StatusDurations, 'operationalMs' | 'degradedMs' | 'partialMs' | 'majorMs' | 'maintenanceMs'>): number | null {
  const major = Math.round(d.majorMs);
  const partial = Math.round(d.partialMs);
  const maintenance = Math.round(d.maintenanceMs);
  const known = Math.round(d.operationalMs) + Math.round(d.degradedMs) + partial + major + maintenance;
  const base = known - maintenance;
  if (base <= 0) return null;
  const lostTenths = 10 * major + PARTIAL_WEIGHT_TENTHS * partial;
  const keptTenths = Math.max(0, 10 * base - lostTenths);
  const scale = 100 * 10 ** UPTIME_DECIMALS;
  const units = Math.floor((keptTenths * scale) / (10 * base));
  return units / 10 ** UPTIME_DECIMALS;
}

export function sumKnownMs(d: StatusDurations): number {
  return d.operationalMs + d.degradedMs + d.partialMs + d.majorMs + d.maintenanceMs;
}

export function summarizeUptime(r: Rollup): UptimeFigure {
  const span = r.periodEnd - r.periodStart;
  const coverage = span > 0 ? Math.min(1, sumKnownMs(r) / span) : 0;
  const eligibleChecks = r.checks - r.checksIneligible;
  return {
    uptimePercent: computeUptimePercent(r),
    coverage,
    notEnoughData: coverage < MIN_COVERAGE,
    worst: r.worst,
    checksSuccessShare: eligibleChecks > 0 ? (r.checksUp + r.checksDegraded) / eligibleChecks : null,
  };
}

/** Daily rollups → one figure per UTC day, in date order. */
export function deriveUptimeDays(daily: readonly Rollup[]): UptimeDay[] {
  return [...daily]
    .sort((a, b) => a.periodStart - b.periodStart)
    .map((r) => ({ day: new Date(floorUtcDay(r.periodStart)).toISOString().slice(0, 10), ...summarizeUptime(r) }));
}

/**
 * 24 h from hourly rollups (this hour and the 23 before it); 7/30/90 days from daily rollups (today
 * and the 6/29/89 UTC days before it). Each window runs up to `now`, so missing rollups lower coverage.
 */
export function deriveUptimeWindows(input: { targetId: string; hourly: readonly Rollup[]; daily: readonly Rollup[]; now: number }): Record<UptimeWindow, UptimeFigure> {
  const { targetId, hourly, daily, now } = input;
  const from24h = floorUtcHour(now) - 23 * HOUR_MS;
  const fromDays = (days: number) => floorUtcDay(now) - (days - 1) * DAY_MS;
  const within = (rs: readonly Rollup[], from: number) => rs.filter((r) => r.targetId === targetId && r.periodStart >= from && r.periodStart < now);
  const figure = (rs: readonly Rollup[], from: number) => summarizeUptime(combineRollups(targetId, within(rs, from), from, now));
  return {
    '24h': figure(hourly, from24h),
    '7d': figure(daily, fromDays(7)),
    '30d': figure(daily, fromDays(30)),
    '90d': figure(daily, fromDays(90)),
  };
}
