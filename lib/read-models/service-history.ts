// A service's response times (and head ages, for chains) over a chosen range, as its page and
// GET /api/v1/services/{id}/history show them, with the options that choose the range and resolution.
// Options are validated with zod here, so callers get typed values or a clear error.
import { z } from 'zod';
import { findService, getCatalog, type Service } from '@/lib/catalog';
import { isChainCategory } from '@/lib/catalog/categories';
import { getDatabase } from '@/lib/db/client';
import { readCheckBuckets, readHeadAgeBuckets, readRollupsSince } from '@/lib/db/history-queries';
import { DAY_MS, RAW_RESULTS_RETENTION_DAYS } from '@/lib/status';
import type { HistoryPoint, ServiceHistory } from '@/lib/view-types';

// ---------------------------------------------------------------------------------------------------
// Options: which range, at which resolution

export const HISTORY_RANGES = ['24h', '7d', '30d', '90d'] as const;
export type HistoryRange = (typeof HISTORY_RANGES)[number];
export const HISTORY_RESOLUTIONS = ['5m', '1h', '1d'] as const;
export type HistoryResolution = (typeof HISTORY_RESOLUTIONS)[number];

const RANGE_MS: Record<HistoryRange, number> = { '24h': DAY_MS, '7d': 7 * DAY_MS, '30d': 30 * DAY_MS, '90d': 90 * DAY_MS };
const RESOLUTION_MS: Record<HistoryResolution, number> = { '5m': 5 * 60_000, '1h': 3_600_000, '1d': DAY_MS };
/** What each range is drawn at unless asked otherwise: 288, 168, 30 and 90 points. */
export const DEFAULT_RESOLUTION: Record<HistoryRange, HistoryResolution> = { '24h': '5m', '7d': '1h', '30d': '1d', '90d': '1d' };
/** A week at five minutes: the most points one answer carries. */
export const MAX_HISTORY_POINTS = 2016;

/** Raw checks are kept RAW_RESULTS_RETENTION_DAYS: ranges within it read them, longer ones read rollups. */
function readsRawChecks(range: HistoryRange): boolean {
  return RANGE_MS[range] <= RAW_RESULTS_RETENTION_DAYS * DAY_MS;
}

export const historyOptionsSchema = z
  .object({
    range: z.enum(HISTORY_RANGES).default('24h'),
    resolution: z.enum(HISTORY_RESOLUTIONS).optional(),
  })
  .strict()
  .transform((o) => ({ range: o.range, resolution: o.resolution ?? DEFAULT_RESOLUTION[o.range] }))
  .refine((o) => RESOLUTION_MS[o.resolution] < RANGE_MS[o.range], { message: 'the resolution must be finer than the range', path: ['resolution'] })
  .refine((o) => RANGE_MS[o.range] / RESOLUTION_MS[o.resolution] <= MAX_HISTORY_POINTS, {
    message: `at most ${MAX_HISTORY_POINTS} points: choose a coarser resolution`,
    path: ['resolution'],
  })
  .refine((o) => readsRawChecks(o.range) || o.resolution !== '5m', {
    message: `five-minute points exist only for the last ${RAW_RESULTS_RETENTION_DAYS} days`,
    path: ['resolution'],
  });
export type HistoryOptionsInput = z.input<typeof historyOptionsSchema>;
export type HistoryOptions = z.output<typeof historyOptionsSchema>;

export interface HistoryQueryProblem {
  param: string;
  message: string;
}

/**
 * Reads `?range=&resolution=` from a page's or a route's query. A malformed or repeated value is reported
 * back and replaced by the default, never thrown, so a bad link still shows the page.
 */
export function parseHistoryQuery(query: Record<string, string | string[] | undefined>): { options: HistoryOptions; problems: HistoryQueryProblem[] } {
  const problems: HistoryQueryProblem[] = [];
  const input: Record<string, string> = {};
  for (const param of ['range', 'resolution'] as const) {
    const raw = query[param];
    if (raw === undefined || raw === '') continue;
    if (Array.isArray(raw)) problems.push({ param, message: 'given more than once' });
    else input[param] = raw;
  }
  const parsed = historyOptionsSchema.safeParse(input);
  if (parsed.success) return { options: parsed.data, problems };
  for (const issue of parsed.error.issues) problems.push({ param: String(issue.path[0] ?? 'query'), message: issue.message });
  // Keep a valid range if only the resolution was wrong.
  const range = historyOptionsSchema.safeParse({ range: input.range });
  return { options: range.success ? range.data : historyOptionsSchema.parse({}), problems };
}

// ---------------------------------------------------------------------------------------------------
// Response time and head age over time

function measuredMonitorIds(service: Service): string[] {
  // A status page's response time says nothing about the service itself.
  return service.monitors.filter((m) => m.role !== 'reported').map((m) => m.id);
}

function emptyPoint(t: number): HistoryPoint {
  return { t: new Date(t).toISOString(), checks: 0, failures: 0, answered: 0, latencyAvgMs: null, latencyP95Ms: null, latencyMaxMs: null, headAgeSec: null };
}

/**
 * One service's response times (and head ages, for chains) over a range; null for an unknown service id.
 * Invalid options throw a ZodError: check input with historyOptionsSchema.safeParse or parseHistoryQuery first.
 */
export async function getServiceHistory(serviceId: string, input: HistoryOptionsInput = {}, now: number = Date.now()): Promise<ServiceHistory | null> {
  const options = historyOptionsSchema.parse(input);
  const service = findService(getCatalog(), serviceId);
  if (!service) return null;
  const bucketMs = RESOLUTION_MS[options.resolution];
  const to = Math.ceil((now + 1) / bucketMs) * bucketMs;
  const from = to - RANGE_MS[options.range];
  const monitorIds = measuredMonitorIds(service);
  const source = readsRawChecks(options.range) ? 'checks' : 'rollups';
  const points = new Map<number, HistoryPoint>();
  for (let t = from; t < to; t += bucketMs) points.set(t, emptyPoint(t));

  const { db } = await getDatabase();
  const window = { serviceId, monitorIds, from: new Date(from), to: new Date(to), bucketSec: bucketMs / 1000 };
  if (source === 'checks') {
    const [buckets, heads] = await Promise.all([
      readCheckBuckets(db, window),
      isChainCategory(service.category) ? readHeadAgeBuckets(db, window) : Promise.resolve([]),
    ]);
    for (const b of buckets) {
      const point = points.get(b.bucketSec * 1000);
      if (!point) continue;
      Object.assign(point, {
        checks: b.checks,
        failures: b.failures,
        answered: b.answered,
        latencyAvgMs: roundOrNull(b.latencyAvgMs),
        latencyP95Ms: roundOrNull(b.latencyP95Ms),
        latencyMaxMs: roundOrNull(b.latencyMaxMs),
      });
    }
    for (const h of heads) {
      const point = points.get(h.bucketSec * 1000);
      if (!point || h.headAgeMaxSec === null) continue;
      const age = Math.round(h.headAgeMaxSec);
      point.headAgeSec = point.headAgeSec === null ? age : Math.min(point.headAgeSec, age);
    }
  } else {
    // Rollups count every check of the service (its status page's too): the closest record kept past the raw retention.
    const rows = await readRollupsSince(db, { resolution: options.resolution === '1d' ? 'day' : 'hour', from: new Date(from), to: new Date(to), serviceId });
    // One rollup per bucket: hour rollups for hourly points, day rollups for daily ones.
    for (const r of rows) {
      const point = points.get(r.periodStart.getTime());
      if (!point) continue;
      Object.assign(point, {
        checks: r.checks,
        failures: r.checksDown,
        answered: r.checksUp + r.checksDegraded,
        latencyAvgMs: r.latencyCount > 0 ? Math.round(r.latencySumMs / r.latencyCount) : null,
        latencyMaxMs: r.latencyCount > 0 ? Math.round(r.latencyMaxMs) : null,
      });
    }
  }
  return {
    serviceId,
    range: options.range,
    resolution: options.resolution,
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    bucketSec: bucketMs / 1000,
    source,
    monitorIds,
    headAge: isChainCategory(service.category) && source === 'checks',
    points: [...points.values()],
  };
}

function roundOrNull(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : Math.round(value);
}
