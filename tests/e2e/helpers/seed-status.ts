// Writes a believable history into a dedicated test server's embedded database BEFORE it starts (PGlite
// has one owner at a time): 90 days of daily rollups (the first 20 days missing, a half-covered day, a few
// degraded / partial / major days), the last 48 hourly rollups, current statuses, a week of raw checks for
// one chain and one exchange, a cloud feed naming a region, and one detected incident. Deterministic.
import { builtinCatalog } from '../../../lib/catalog/services';
import { parseCatalog } from '../../../lib/catalog';
import { openDatabase, readDbConfig } from '../../../lib/db/client';
import { checkResults, incidentEvents, incidents, rollups, serviceStates } from '../../../lib/db/schema';
import type { Reason, Status } from '../../../lib/status/vocabulary';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** The open detected incident the seeded history holds (Coinbase, started 20 minutes before the seed). */
export const SEEDED_OPEN_INCIDENT = 'coinbase-seeded-open';

export interface SeedOptions {
  now?: number;
  /** Statuses to write for some services (the rest are operational, measured from one vantage). */
  states?: Record<string, { status: Status; reason?: Reason | null; reported?: { status: Status; reason: Reason | null } }>;
  /** Also write raw checks and incidents (the service pages' charts); rollups and states always. */
  checks?: boolean;
  /** How long ago the statuses were last checked (default 5 s; over 2 minutes makes the page say "late"). */
  checkedAgoMs?: number;
}

/** The day kind of a service on day `d` (0 = oldest of 90): a fixed pattern, different per service. */
export function seededDayKind(serviceIndex: number, d: number): 'missing' | 'half' | Status {
  if (d < 20) return 'missing';
  if (d === 20) return 'half';
  const h = (serviceIndex * 31 + d * 17) % 53;
  if (h === 0) return 'major_outage';
  if (h === 1) return 'partial_outage';
  if (h === 2 || h === 3) return 'degraded';
  return 'operational';
}

function rollupRow(serviceId: string, resolution: 'hour' | 'day', start: number, end: number, kind: Status | 'half') {
  const span = end - start;
  const known = kind === 'half' ? span / 2 : span;
  const bad = kind === 'major_outage' || kind === 'partial_outage' || kind === 'degraded' ? Math.min(known, 45 * 60_000) : 0;
  const checks = Math.max(1, Math.round(known / 30_000));
  return {
    serviceId,
    resolution,
    periodStart: new Date(start),
    periodEnd: new Date(end),
    operationalMs: known - bad,
    degradedMs: kind === 'degraded' ? bad : 0,
    partialMs: kind === 'partial_outage' ? bad : 0,
    majorMs: kind === 'major_outage' ? bad : 0,
    maintenanceMs: 0,
    unknownMs: span - known,
    checks,
    checksUp: checks - (bad ? 90 : 0),
    checksDegraded: 0,
    checksDown: bad ? 90 : 0,
    checksIneligible: 0,
    latencySumMs: (checks - (bad ? 90 : 0)) * 180,
    latencyCount: checks - (bad ? 90 : 0),
    latencyMaxMs: 900,
    worst: kind === 'half' ? ('operational' as Status) : kind,
    updatedAt: new Date(end),
  };
}

export async function seedStatusHistory(dataDir: string, options: SeedOptions = {}): Promise<void> {
  const now = options.now ?? Date.now();
  const catalog = parseCatalog(builtinCatalog, 'built-in');
  const handle = await openDatabase({ ...readDbConfig({ MARSAD_DATA_DIR: dataDir }), databaseUrl: undefined });
  try {
    const { db } = handle;
    const today = Math.floor(now / DAY) * DAY;
    const monitored = catalog.services.filter((s) => s.monitored);
    const rows = monitored.flatMap((service, si) => {
      const out = [];
      for (let d = 0; d < 90; d++) {
        const start = today - (89 - d) * DAY;
        const kind = seededDayKind(si, d);
        if (kind === 'missing') continue;
        out.push(rollupRow(service.id, 'day', start, Math.min(start + DAY, now), kind));
      }
      for (let h = Math.floor(now / HOUR) * HOUR - 47 * HOUR; h < now; h += HOUR) out.push(rollupRow(service.id, 'hour', h, Math.min(h + HOUR, now), 'operational'));
      return out;
    });
    for (let i = 0; i < rows.length; i += 500) await db.insert(rollups).values(rows.slice(i, i + 500));

    await db.insert(serviceStates).values(
      monitored.map((service, si) => {
        const override = options.states?.[service.id];
        const cloud = service.category === 'cloud';
        const status = override?.status ?? 'operational';
        const chain = service.category === 'l1' || service.category === 'l2';
        return {
          serviceId: service.id,
          status,
          reason: override?.reason ?? (cloud && status !== 'operational' ? ('reported_incident' as const) : null),
          since: new Date(now - (si + 1) * 3 * HOUR),
          checkedAt: new Date(now - (options.checkedAgoMs ?? 5_000)),
          detail: {
            failingVantages: { k: status === 'major_outage' || status === 'partial_outage' ? 1 : 0, n: 1 },
            measured: !cloud,
            vantages: ['local'],
            ...(override?.reported ? { reported: override.reported } : cloud ? { reported: { status, reason: status === 'operational' ? null : ('reported_incident' as const) } } : {}),
            ...(cloud ? {} : { latencyMs: 120 + ((si * 37) % 300) }),
            ...(chain ? { headAgeSec: 2 + (si % 9), chain: { bestHeight: 20_000_000 + si } } : {}),
          },
        };
      }),
    );

    if (options.checks) await seedChecks(db, catalog, now);
  } finally {
    await handle.close();
  }
}

async function seedChecks(db: Awaited<ReturnType<typeof openDatabase>>['db'], catalog: ReturnType<typeof parseCatalog>, now: number): Promise<void> {
  const ethereum = catalog.services.find((s) => s.id === 'ethereum')!;
  const coinbase = catalog.services.find((s) => s.id === 'coinbase')!;
  const rows: (typeof checkResults.$inferInsert)[] = [];
  const step = 5 * 60_000;
  const from = Math.floor((now - 7 * DAY) / step) * step;
  const stallAt = now - 3 * DAY;
  for (let t = from; t < now; t += step) {
    const wave = Math.sin(t / (6 * HOUR));
    ethereum.monitors.forEach((m, i) => {
      if (m.role === 'reported') return;
      const stalled = t >= stallAt && t < stallAt + 40 * 60_000;
      const age = stalled ? Math.round((t - stallAt) / 1000) : 4 + ((t / step + i) % 9);
      rows.push({
        serviceId: 'ethereum',
        monitorId: m.id,
        kind: m.kind,
        vantage: 'local',
        startedAt: new Date(t + i * 1000),
        latencyMs: Math.round(150 + 60 * wave + i * 25),
        outcome: stalled ? 'degraded' : 'up',
        reason: stalled ? 'stale_head' : null,
        facts: { height: 20_000_000 + Math.floor((t - from) / 12_000), headTimestampSec: Math.floor((t + i * 1000) / 1000) - age },
      });
    });
    coinbase.monitors.forEach((m, i) => {
      if (m.role === 'reported') return;
      const down = t >= now - 2 * DAY && t < now - 2 * DAY + 40 * 60_000;
      rows.push({
        serviceId: 'coinbase',
        monitorId: m.id,
        kind: m.kind,
        vantage: 'local',
        startedAt: new Date(t + i * 1000),
        latencyMs: down ? 10_000 : Math.round(220 + 90 * wave + (t % (3 * HOUR) === 0 ? 700 : 0)),
        outcome: down ? 'down' : 'up',
        reason: down ? 'http_status' : null,
        facts: {},
      });
    });
  }
  rows.push({
    serviceId: 'aws',
    monitorId: 'aws-health-rss',
    kind: 'cloud-feed',
    vantage: 'local',
    startedAt: new Date(now - 20_000),
    latencyMs: 300,
    outcome: 'degraded',
    reason: 'reported_incident',
    facts: { incidents: [{ id: 'seeded-aws', title: 'Increased error rates', phase: 'investigating', regions: ['us-east-1'] }] },
  });
  for (let i = 0; i < rows.length; i += 500) await db.insert(checkResults).values(rows.slice(i, i + 500));
  const start = now - 2 * DAY;
  await db.insert(incidents).values({
    id: `coinbase-${start}`,
    origin: 'detected',
    serviceId: 'coinbase',
    title: { ar: 'coinbase', en: 'coinbase' },
    startedAt: new Date(start),
    endedAt: new Date(start + 40 * 60_000),
    confirmedAt: new Date(start + 90_000),
    data: { id: `coinbase-${start}`, targetId: 'coinbase', startedAt: start, startConfirmedAt: start + 90_000, endedAt: start + 40 * 60_000, endConfirmedAt: start + 41 * 60_000, precisionSec: 30, worstStatus: 'major_outage', reason: 'http_status', reopenCount: 0 },
  });
  // One still open (Coinbase is seeded in a major outage): the home page lists it first, its page shows
  // the measured block with the company's acknowledgement, and its timeline has one measured entry.
  const openStart = now - 20 * 60_000;
  await db.insert(incidents).values({
    id: SEEDED_OPEN_INCIDENT,
    origin: 'detected',
    serviceId: 'coinbase',
    title: { ar: 'coinbase', en: 'coinbase' },
    startedAt: new Date(openStart),
    confirmedAt: new Date(openStart + 90_000),
    data: {
      id: SEEDED_OPEN_INCIDENT, targetId: 'coinbase', startedAt: openStart, startConfirmedAt: openStart + 90_000, endedAt: null, endConfirmedAt: null,
      precisionSec: 30, worstStatus: 'major_outage', reason: 'http_status', reopenCount: 0, acknowledgedAt: openStart + 5 * 60_000,
    },
  });
  await db.insert(incidentEvents).values({
    id: `${SEEDED_OPEN_INCIDENT}-1`,
    incidentId: SEEDED_OPEN_INCIDENT,
    position: Math.floor(openStart / 1000),
    timeUtc: new Date(openStart),
    state: 'major_outage',
    serviceIds: ['coinbase'],
    provenance: 'measured',
    confidence: 'high',
    summary: { ar: 'انقطاع كبير', en: 'Major outage' },
    detail: { measured: { kind: 'measured', reason: 'http_status', failingVantages: 1, vantageCount: 1 } },
  });
}
