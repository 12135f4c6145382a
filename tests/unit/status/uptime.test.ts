import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  HOUR_MS,
  RAW_RESULTS_RETENTION_DAYS,
  ROLLUPS_RETENTION_DAYS,
  buildDailyRollups,
  buildHourlyRollups,
  buildRollup,
  buildTimeline,
  rawResultsCutoff,
  type TimelineSegment,
} from '@/lib/status/rollups';
import { MIN_COVERAGE, computeUptimePercent, deriveUptimeDays, deriveUptimeWindows, summarizeUptime } from '@/lib/status/uptime';
import type { Status } from '@/lib/status/vocabulary';
import { checks, MIN } from '../../helpers/probe-results';

const DAY0 = Date.UTC(2025, 9, 20); // 2025-10-20 00:00 UTC
const none = { operationalMs: 0, degradedMs: 0, partialMs: 0, majorMs: 0, maintenanceMs: 0 };

/** A day made of [minutes, status] spans from midnight UTC. */
function day(spans: [number, Status, boolean?][], start = DAY0): TimelineSegment[] {
  let t = start;
  return spans.map(([minutes, status, announced]) => {
    const seg = { startMs: t, endMs: t + minutes * MIN, status, ...(announced !== undefined && { announced }) };
    t += minutes * MIN;
    return seg;
  });
}

function dayFigure(spans: [number, Status, boolean?][]) {
  return summarizeUptime(buildRollup('t', DAY0, DAY0 + DAY_MS, day(spans)));
}

describe('uptime', () => {
  it.each([
    { name: 'uptime 1440/1440 minutes up → 100', spans: [[1440, 'operational']], uptime: 100 },
    { name: 'uptime 1439/1440 minutes up → 99.93 not 100', spans: [[1439, 'operational'], [1, 'major_outage']], uptime: 99.93 },
    { name: 'one confirmed 30-second outage in a day → 99.96, never rounded up to 100', spans: [[1439.5, 'operational'], [0.5, 'major_outage']], uptime: 99.96 },
    { name: 'the whole day down → 0', spans: [[1440, 'major_outage']], uptime: 0 },
    { name: 'partial outage counts 0.3: 10 h partial of 24 h → 87.5', spans: [[840, 'operational'], [600, 'partial_outage']], uptime: 87.5 },
    { name: 'degraded counts 0', spans: [[720, 'operational'], [720, 'degraded']], uptime: 100 },
    { name: 'announced maintenance is left out of the base: 1 h major of 22 h measured → 95.45', spans: [[1260, 'operational'], [60, 'major_outage'], [120, 'maintenance', true]], uptime: 95.45 },
    { name: 'unannounced maintenance counts as major', spans: [[1380, 'operational'], [60, 'maintenance', false]], uptime: 95.83 },
    { name: 'unknown time is out of the base: 1 h major of 20 h known → 95', spans: [[1140, 'operational'], [60, 'major_outage'], [240, 'unknown']], uptime: 95 },
  ] satisfies { name: string; spans: [number, Status, boolean?][]; uptime: number }[])('$name', ({ spans, uptime }) => {
    expect(dayFigure(spans).uptimePercent).toBe(uptime);
  });

  it('a short outage in a long period is floored below 100: 30 s in 90 days → 99.99', () => {
    expect(computeUptimePercent({ ...none, operationalMs: 90 * DAY_MS - 30_000, majorMs: 30_000 })).toBe(99.99);
  });

  it('a value exactly on two decimals is not floored one step too far by float error (99.95)', () => {
    expect(computeUptimePercent({ ...none, operationalMs: 19_990, majorMs: 10 })).toBe(99.95);
    expect(computeUptimePercent({ ...none, operationalMs: 99_930, majorMs: 70 })).toBe(99.93);
  });

  it('no known time → no figure (null), never 100', () => {
    expect(computeUptimePercent(none)).toBeNull();
    expect(computeUptimePercent({ ...none, maintenanceMs: DAY_MS })).toBeNull();
  });

  it.each([
    { name: 'a fully known day → coverage 1', spans: [[1440, 'operational']], coverage: 1, notEnoughData: false },
    { name: '3 h unknown of 24 h → coverage 0.875, not enough data', spans: [[1260, 'operational'], [180, 'unknown']], coverage: 0.875, notEnoughData: true },
    { name: '2 h without any segment (Marsad down) → coverage 0.9166, enough', spans: [[1320, 'operational']], coverage: 1320 / 1440, notEnoughData: false },
  ] satisfies { name: string; spans: [number, Status][]; coverage: number; notEnoughData: boolean }[])('$name', ({ spans, coverage, notEnoughData }) => {
    const f = dayFigure(spans);
    expect(f.coverage).toBeCloseTo(coverage, 6);
    expect(f.notEnoughData).toBe(notEnoughData);
    expect(MIN_COVERAGE).toBe(0.9);
  });

  it("reports the day's worst status (unknown ranks lowest)", () => {
    expect(dayFigure([[600, 'operational'], [30, 'partial_outage'], [10, 'degraded'], [800, 'unknown']]).worst).toBe('partial_outage');
    expect(dayFigure([[600, 'operational'], [840, 'unknown']]).worst).toBe('operational');
  });

  it('publishes the raw share of successful checks beside uptime (ineligible checks left out)', () => {
    const results = checks('uuuudgbb', { start: DAY0 });
    const f = summarizeUptime(buildRollup('t', DAY0, DAY0 + DAY_MS, day([[1440, 'operational']]), results));
    expect(f.checksSuccessShare).toBeCloseTo(5 / 6, 6);
  });
});

describe('rollups', () => {
  it('keeps raw results 14 days and rollups forever', () => {
    expect(RAW_RESULTS_RETENTION_DAYS).toBe(14);
    expect(ROLLUPS_RETENTION_DAYS).toBeNull();
    expect(rawResultsCutoff(DAY0 + 20 * DAY_MS)).toBe(DAY0 + 6 * DAY_MS);
  });

  it('builds the timeline from status changes', () => {
    const segs = buildTimeline(
      [
        { at: DAY0 + 10 * MIN, status: 'major_outage' },
        { at: DAY0, status: 'operational' },
        { at: DAY0 + 25 * MIN, status: 'operational' },
      ],
      DAY0 + HOUR_MS,
    );
    expect(segs.map((s) => [(s.startMs - DAY0) / MIN, (s.endMs - DAY0) / MIN, s.status])).toEqual([
      [0, 10, 'operational'],
      [10, 25, 'major_outage'],
      [25, 60, 'operational'],
    ]);
  });

  it('splits a segment across hourly rollups and cuts the current hour at now', () => {
    const segs = day([[50, 'operational'], [20, 'major_outage'], [20, 'operational']]);
    const hourly = buildHourlyRollups('t', segs, [], DAY0, DAY0 + 90 * MIN);
    expect(hourly.map((h) => [h.periodStart - DAY0, h.periodEnd - DAY0, h.majorMs / MIN, h.worst])).toEqual([
      [0, HOUR_MS, 10, 'major_outage'],
      [HOUR_MS, 90 * MIN, 10, 'major_outage'],
    ]);
    expect(hourly[0]!.operationalMs / MIN).toBe(50);
  });

  it('counts checks per hour, with latency of the answers only', () => {
    const results = checks('uudgb', { start: DAY0 + 59 * MIN }); // 59:00, 59:30, 60:00, 60:30, 61:00
    const [h0, h1] = buildHourlyRollups('t', [], results, DAY0, DAY0 + 2 * HOUR_MS);
    expect([h0!.checks, h0!.checksUp]).toEqual([2, 2]);
    expect([h1!.checks, h1!.checksDown, h1!.checksDegraded, h1!.checksIneligible, h1!.latencyCount]).toEqual([3, 1, 1, 1, 1]);
  });

  it('a daily rollup spans the whole day: missing hours lower coverage', () => {
    const segs = day([[20 * 60, 'operational']]); // Marsad ran 20 of 24 hours
    const hourly = buildHourlyRollups('t', segs, [], DAY0, DAY0 + 20 * HOUR_MS);
    const [daily] = buildDailyRollups(hourly, DAY0 + 3 * DAY_MS);
    expect(daily).toMatchObject({ periodStart: DAY0, periodEnd: DAY0 + DAY_MS, operationalMs: 20 * HOUR_MS });
    expect(summarizeUptime(daily!)).toMatchObject({ uptimePercent: 100, notEnoughData: true });
  });

  it('the day in progress is judged on the part that has elapsed', () => {
    const now = DAY0 + 6 * HOUR_MS;
    const hourly = buildHourlyRollups('t', day([[6 * 60, 'operational']]), [], DAY0, now);
    const [daily] = buildDailyRollups(hourly, now);
    expect(summarizeUptime(daily!)).toMatchObject({ coverage: 1, notEnoughData: false });
  });

  it('deriveUptimeDays gives one dated figure per UTC day', () => {
    const segs = [...day([[1440, 'operational']]), ...day([[1439, 'operational'], [1, 'major_outage']], DAY0 + DAY_MS)];
    const hourly = buildHourlyRollups('t', segs, [], DAY0, DAY0 + 2 * DAY_MS);
    const days = deriveUptimeDays(buildDailyRollups(hourly, DAY0 + 2 * DAY_MS));
    expect(days.map((d) => [d.day, d.uptimePercent, d.worst])).toEqual([
      ['2025-10-20', 100, 'operational'],
      ['2025-10-21', 99.93, 'major_outage'],
    ]);
  });

  it('24h / 7d / 30d / 90d come from hourly and daily rollups', () => {
    const now = DAY0 + 10 * DAY_MS + 12 * HOUR_MS;
    // Ten and a half days up, except one hour of major outage two days ago; nothing known before DAY0.
    // "7 days" is today so far and the 6 UTC days before it: here 6.5 days.
    const segs = [
      { startMs: DAY0, endMs: now - 2 * DAY_MS, status: 'operational' as const },
      { startMs: now - 2 * DAY_MS, endMs: now - 2 * DAY_MS + HOUR_MS, status: 'major_outage' as const },
      { startMs: now - 2 * DAY_MS + HOUR_MS, endMs: now, status: 'operational' as const },
    ];
    const hourly = buildHourlyRollups('t', segs, [], DAY0, now);
    const daily = buildDailyRollups(hourly, now);
    const w = deriveUptimeWindows({ targetId: 't', hourly, daily, now });
    expect(w['24h']).toMatchObject({ uptimePercent: 100, coverage: 1 });
    expect(w['7d'].uptimePercent).toBe(99.35); // 1 h of 156 h = 99.358…
    expect(w['7d'].worst).toBe('major_outage');
    expect(w['30d']).toMatchObject({ uptimePercent: 99.6, notEnoughData: true }); // 1 h of 252 h known; 10.5 of 29.5 days known
    expect(w['90d'].coverage).toBeCloseTo(10.5 / 89.5, 6);
  });
});
