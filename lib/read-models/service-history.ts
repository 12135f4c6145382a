// A service's history as pages and the JSON API show it: response time and head age over a chosen
// range, the vantages that see each monitor, the incidents it was part of, the 90-day uptime bars of
// every service, and the regions named by the clouds' open incidents. Inputs and stored JSON are
// validated with zod here, so callers get typed values or a clear error, never a half-read row.
import { z } from 'zod';
import { findService, getCatalog, type Service } from '@/lib/catalog';
import { getDatabase } from '@/lib/db/client';
import {
  readCheckBuckets,
  readDetectedIncidentsBetween,
  readDetectedIncidentsOf,
  readHeadAgeBuckets,
  readLatestResults,
  readMonitorVantages,
  readRollupsSince,
} from '@/lib/db/history-queries';
import { pastEventsForService } from '@/lib/incidents/past';
import { GLOBAL_REGION } from '@/lib/probes/cloud-feeds/reader';
import type { EventState, Localized } from '@/lib/incidents/types';
import {
  DAY_MS,
  RAW_RESULTS_RETENTION_DAYS,
  STATUSES,
  REASONS,
  deriveUptimeDays,
  deriveUptimeWindows,
  floorUtcDay,
  type Rollup,
  type Status,
  type Reason,
  type UptimeDay,
  type UptimeFigure,
} from '@/lib/status';
import { rollupFromRow } from '@/lib/engine/rollups';

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

export interface HistoryPoint {
  /** Start of the bucket, ISO 8601 UTC. */
  t: string;
  checks: number;
  /** Eligible checks that failed (blocked, rate-limited and impaired-vantage checks are not failures). */
  failures: number;
  /** Checks that got an answer: their response times are the figures below. */
  answered: number;
  latencyAvgMs: number | null;
  /** Null where it is not known (rollups keep no percentile). */
  latencyP95Ms: number | null;
  latencyMaxMs: number | null;
  /**
   * Chains: the head age of the freshest endpoint, at its worst in the bucket (per endpoint the oldest
   * head it reported, then the best endpoint): a chain is alive if any healthy endpoint sees a fresh head.
   */
  headAgeSec: number | null;
}

export interface ServiceHistory {
  serviceId: string;
  range: HistoryRange;
  resolution: HistoryResolution;
  /** [from, to), ISO 8601 UTC; points run oldest first, one per bucket, empty buckets included. */
  from: string;
  to: string;
  bucketSec: number;
  source: 'checks' | 'rollups';
  /** The monitors measured: a service's own access or liveness endpoints, never its status page. */
  monitorIds: string[];
  /** Whether head age applies (chains) and is available at this range (raw checks only). */
  headAge: boolean;
  points: HistoryPoint[];
}

function measuredMonitorIds(service: Service): string[] {
  // A status page's response time says nothing about the service itself.
  return service.monitors.filter((m) => m.role !== 'reported').map((m) => m.id);
}

function isChain(service: Service): boolean {
  return service.chain !== undefined;
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
      isChain(service) ? readHeadAgeBuckets(db, window) : Promise.resolve([]),
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
    headAge: isChain(service) && source === 'checks',
    points: [...points.values()],
  };
}

function roundOrNull(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : Math.round(value);
}

// ---------------------------------------------------------------------------------------------------
// Which vantages see each monitor

export interface MonitorVantage {
  vantage: string;
  checks: number;
  answered: number;
  failures: number;
  lastAt: string;
  lastOutcome: 'up' | 'degraded' | 'down' | 'ineligible';
  lastReason: Reason | null;
  lastLatencyMs: number;
}

const OUTCOME_VALUES = ['up', 'degraded', 'down', 'ineligible'] as const;

/** Per monitor id, the vantages that checked it in the last 24 hours (none: not probed here lately). */
export async function getMonitorVantages(serviceId: string, now: number = Date.now()): Promise<Record<string, MonitorVantage[]>> {
  const { db } = await getDatabase();
  const rows = await readMonitorVantages(db, serviceId, new Date(now - DAY_MS));
  const out: Record<string, MonitorVantage[]> = {};
  for (const r of rows) {
    (out[r.monitorId] ??= []).push({
      vantage: r.vantage,
      checks: r.checks,
      answered: r.answered,
      failures: r.failures,
      lastAt: r.lastAt.toISOString(),
      lastOutcome: z.enum(OUTCOME_VALUES).catch('ineligible').parse(r.lastOutcome),
      lastReason: z.enum(REASONS).nullable().catch(null).parse(r.lastReason),
      lastLatencyMs: r.lastLatencyMs,
    });
  }
  for (const list of Object.values(out)) list.sort((a, b) => a.vantage.localeCompare(b.vantage, 'en'));
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Incidents a service was part of

/** What the scheduler keeps in a detected incident's `data` (lib/status MeasuredIncident), as far as pages need it. */
const detectedDataSchema = z.object({
  worstStatus: z.enum(STATUSES).catch('unknown'),
  reason: z.enum(REASONS).nullable().catch(null),
  precisionSec: z.number().nonnegative().catch(0),
});

export interface DetectedIncidentSummary {
  slug: string;
  startedAt: string;
  endedAt: string | null;
  worstStatus: Status;
  reason: Reason | null;
  /** Both ends are known to ± this many seconds (one check interval). */
  precisionSec: number;
}

export interface PastIncidentEntry {
  slug: string;
  title: Localized;
  provider: string;
  region: string;
  startUtc: string;
  events: { id: string; timeUtc: string | null; state: EventState; summary: Localized; provenance: 'reported' | 'reconstructed' }[];
}

export interface ServiceIncidents {
  detected: DetectedIncidentSummary[];
  past: PastIncidentEntry[];
}

// The incident data names one service differently from the catalog.
const INCIDENT_ALIASES: Readonly<Record<string, string>> = { 'rabby-wallet': 'rabby' };

function pastEntriesFor(serviceId: string): PastIncidentEntry[] {
  const ids = [serviceId, ...(INCIDENT_ALIASES[serviceId] ? [INCIDENT_ALIASES[serviceId]] : [])];
  const bySlug = new Map<string, PastIncidentEntry>();
  for (const { incident, event } of ids.flatMap((id) => pastEventsForService(id))) {
    const entry = bySlug.get(incident.slug) ?? {
      slug: incident.slug,
      title: incident.title,
      provider: incident.provider,
      region: incident.region,
      startUtc: incident.startUtc,
      events: [],
    };
    if (!entry.events.some((e) => e.id === event.id)) {
      entry.events.push({ id: event.id, timeUtc: event.timeUtc, state: event.state, summary: event.summary, provenance: event.provenance });
    }
    bySlug.set(incident.slug, entry);
  }
  return [...bySlug.values()].sort((a, b) => b.startUtc.localeCompare(a.startUtc));
}

function detectedSummary(row: { id: string; startedAt: Date; endedAt: Date | null; data: unknown }): DetectedIncidentSummary {
  const data = detectedDataSchema.parse(row.data ?? {});
  return { slug: row.id, startedAt: row.startedAt.toISOString(), endedAt: row.endedAt?.toISOString() ?? null, ...data };
}

/** Incidents Marsad detected for the service, and past (reconstructed) incidents whose events name it. */
export async function getServiceIncidents(serviceId: string): Promise<ServiceIncidents> {
  const { db } = await getDatabase();
  const rows = await readDetectedIncidentsOf(db, serviceId);
  return { detected: rows.map(detectedSummary), past: pastEntriesFor(serviceId) };
}

// ---------------------------------------------------------------------------------------------------
// 90-day uptime of every service (the home page's bars)

export interface UptimeBarDay extends UptimeDay {
  /** Incidents (detected, or past events) that touched this UTC day. */
  incidents: number;
}

export interface UptimeOverview {
  days: UptimeBarDay[];
  /** The whole span's figure, from the same daily rollups. */
  total: UptimeFigure;
}

function emptyDay(day: string): UptimeDay {
  return { day, uptimePercent: null, coverage: 0, notEnoughData: true, worst: 'unknown', checksSuccessShare: null };
}


const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Per monitored service (or only `serviceId`), `days` UTC days oldest first (today last), with incidents
 * per day and the whole span's uptime.
 */
export async function getUptimeOverview(days = 90, now: number = Date.now(), serviceId?: string): Promise<Map<string, UptimeOverview>> {
  const from = floorUtcDay(now) - (days - 1) * DAY_MS;
  const { db } = await getDatabase();
  const [rows, detected] = await Promise.all([
    readRollupsSince(db, { resolution: 'day', from: new Date(from), ...(serviceId && { serviceId }) }),
    readDetectedIncidentsBetween(db, { from: new Date(from), to: new Date(now), ...(serviceId && { serviceId }) }),
  ]);
  const rollups = rows.map(rollupFromRow);
  const incidentDays = new Map<string, Map<string, Set<string>>>();
  const mark = (serviceId: string, day: string, slug: string) => {
    const perService = incidentDays.get(serviceId) ?? new Map<string, Set<string>>();
    perService.set(day, (perService.get(day) ?? new Set()).add(slug));
    incidentDays.set(serviceId, perService);
  };
  for (const row of detected) {
    if (!row.serviceId) continue;
    const end = Math.min(row.endedAt?.getTime() ?? now, now);
    for (let d = Math.max(floorUtcDay(row.startedAt.getTime()), from); d <= end; d += DAY_MS) mark(row.serviceId, dayOf(d), row.id);
  }
  const result = new Map<string, UptimeOverview>();
  for (const service of getCatalog().services) {
    if (!service.monitored || (serviceId && service.id !== serviceId)) continue;
    for (const entry of pastEntriesFor(service.id)) {
      for (const e of entry.events) if (e.timeUtc && Date.parse(e.timeUtc) >= from) mark(service.id, e.timeUtc.slice(0, 10), entry.slug);
    }
    const own = rollups.filter((r) => r.targetId === service.id);
    const known = new Map(deriveUptimeDays(own).map((d) => [d.day, d]));
    const marks = incidentDays.get(service.id);
    const series: UptimeBarDay[] = [];
    for (let t = from; t <= now; t += DAY_MS) {
      const day = dayOf(t);
      series.push({ ...(known.get(day) ?? emptyDay(day)), incidents: marks?.get(day)?.size ?? 0 });
    }
    const total = deriveUptimeWindows({ targetId: service.id, hourly: [], daily: own, now })['90d'];
    result.set(service.id, { days: series, total });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Regions named by the clouds' open incidents

const reportedIncidentsSchema = z
  .array(z.object({ regions: z.array(z.string()).optional() }).passthrough())
  .catch([]);

export interface CloudIncidentSummary {
  /** Open incidents the cloud's feed lists at its newest read. */
  count: number;
  /** The regions they name (the feed's own codes), without "global". */
  regions: string[];
}

/** Cloud service id → what its newest feed read (within 15 minutes) lists as open. */
export async function getReportedCloudIncidents(now: number = Date.now()): Promise<Record<string, CloudIncidentSummary>> {
  const clouds = getCatalog().services.filter((s) => s.category === 'cloud');
  const monitorToService = new Map(clouds.flatMap((s) => s.monitors.filter((m) => m.kind === 'cloud-feed').map((m) => [m.id, s.id] as const)));
  if (monitorToService.size === 0) return {};
  const { db } = await getDatabase();
  const rows = await readLatestResults(db, [...monitorToService.keys()], new Date(now - 15 * 60_000));
  const out: Record<string, CloudIncidentSummary> = {};
  for (const row of rows) {
    const serviceId = monitorToService.get(row.monitorId);
    if (!serviceId) continue;
    const incidents = reportedIncidentsSchema.parse((row.facts as { incidents?: unknown } | null)?.incidents ?? []);
    const summary = (out[serviceId] ??= { count: 0, regions: [] });
    summary.count += incidents.length;
    for (const region of incidents.flatMap((i) => i.regions ?? [])) {
      if (region.toLowerCase() !== GLOBAL_REGION && !summary.regions.includes(region)) summary.regions.push(region);
    }
  }
  return out;
}
