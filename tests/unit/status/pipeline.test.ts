// End to end through the pure modules, the way the scheduler chains them each round:
// raw results → guard → confirmation per (monitor, vantage) → across vantages → target transitions
// → incidents, and the status timeline → rollups → uptime.
import { describe, expect, it } from 'vitest';
import type { ProbeResult } from '@/lib/probes/types';
import {
  aggregateVantages,
  assessVantages,
  buildDailyRollups,
  buildHourlyRollups,
  buildTimeline,
  deriveUptimeDays,
  impairedVantages,
  setAsideImpaired,
  stepConfirmation,
  stepIncidents,
  stepTarget,
  type ConfirmationState,
  type IncidentChange,
  type IncidentLog,
  type StatusChange,
  type TargetMemory,
} from '@/lib/status';
import { SEC, result } from '../../helpers/probe-results';

const DAY0 = Date.UTC(2025, 9, 20);
const ROUND_MS = 30 * SEC;
const TARGETS: Record<string, string> = { 'coinbase-api': 'coinbase', 'kraken-api': 'kraken', 'infura-eth': 'infura', 'binance-api': 'binance' };
const CANARIES = ['canary-dns', 'canary-gcp', 'canary-azure'];

type OutcomeAt = (vantage: string, monitorId: string, t: number) => ProbeResult['outcome'];

function simulate(vantages: string[], outcomeAt: OutcomeAt, rounds: number) {
  const confirmations = new Map<string, ConfirmationState>();
  const memories = new Map<string, TargetMemory>();
  const logs = new Map<string, IncidentLog>();
  const changes: IncidentChange[] = [];
  const timeline = new Map<string, StatusChange[]>();
  const results: ProbeResult[] = [];
  for (let i = 0; i < rounds; i++) {
    const now = DAY0 + i * ROUND_MS;
    const raw = vantages.flatMap((vantage) =>
      [...Object.keys(TARGETS), ...CANARIES].map((monitorId) => {
        const outcome = outcomeAt(vantage, monitorId, now);
        return result({ vantage, monitorId, outcome, reason: outcome === 'down' ? 'timeout' : null, startedAt: now });
      }),
    );
    const health = assessVantages({ results: raw, canaryIds: new Set(CANARIES), operatorOf: (id) => TARGETS[id] ?? id, now });
    const guarded = setAsideImpaired(raw, impairedVantages(health));
    for (const r of guarded) confirmations.set(`${r.monitorId}|${r.vantage}`, stepConfirmation(confirmations.get(`${r.monitorId}|${r.vantage}`), r).state);
    for (const monitorId of Object.keys(TARGETS)) {
      const verdict = aggregateVantages(
        vantages.map((vantage) => ({ vantage, state: confirmations.get(`${monitorId}|${vantage}`)! })),
        now,
        { intervalSec: 30, quorum: Math.min(2, vantages.length) },
      );
      const step = stepTarget(memories.get(monitorId), verdict, now);
      if (step.memory.status !== memories.get(monitorId)?.status) timeline.set(monitorId, [...(timeline.get(monitorId) ?? []), { at: step.memory.since, status: step.memory.status }]);
      memories.set(monitorId, step.memory);
      if (step.event) {
        const inc = stepIncidents(logs.get(monitorId), step.event, { targetId: monitorId, intervalSec: 30 });
        logs.set(monitorId, inc.log);
        if (inc.change) changes.push(inc.change);
      }
    }
    results.push(...guarded.filter((r) => r.monitorId === 'coinbase-api'));
  }
  const end = DAY0 + rounds * ROUND_MS;
  const uptime = (monitorId: string) => {
    const segments = buildTimeline(timeline.get(monitorId) ?? [], end);
    const hourly = buildHourlyRollups(monitorId, segments, results.filter((r) => r.monitorId === monitorId), DAY0, end);
    return deriveUptimeDays(buildDailyRollups(hourly, end))[0]!;
  };
  return { changes, memories, uptime };
}

const FULL_DAY = (24 * 3600 * SEC) / ROUND_MS;
const at = (h: number, m: number) => DAY0 + (h * 60 + m) * 60 * SEC;

describe('the pipeline, end to end', () => {
  it('a cloud outage seen from 3 vantages → one incident from the first failing check, and the day\'s uptime floored', () => {
    const outage = (t: number) => t >= at(7, 0) && t < at(7, 20);
    const { changes, uptime } = simulate(['fra', 'sgp', 'iad'], (_v, id, t) => (id === 'coinbase-api' && outage(t) ? 'down' : 'up'), FULL_DAY);
    expect(changes.map((c) => [c.type, c.incident.targetId])).toEqual([
      ['opened', 'coinbase-api'],
      ['resolved', 'coinbase-api'],
    ]);
    expect(changes[1]!.incident).toMatchObject({ startedAt: at(7, 0), startConfirmedAt: at(7, 1), endedAt: at(7, 20), endConfirmedAt: at(7, 20) + ROUND_MS, worstStatus: 'major_outage' });
    // 20 min major over 1439.5 known minutes (the first 30 s are unknown until 2 checks confirm) → 98.61
    const day = uptime('coinbase-api');
    expect(day).toMatchObject({ uptimePercent: 98.61, worst: 'major_outage', notEnoughData: false });
    expect(day.checksSuccessShare).toBeCloseTo(1 - (40 * 3) / (FULL_DAY * 3), 9);
    expect(uptime('kraken-api').uptimePercent).toBe(100);
  });

  it('a vantage losing its network for 10 minutes → no incident, no downtime', () => {
    const lost = (v: string, t: number) => v === 'fra' && t >= at(9, 0) && t < at(9, 10);
    const { changes, uptime } = simulate(['fra', 'sgp', 'iad'], (v, _id, t) => (lost(v, t) ? 'down' : 'up'), FULL_DAY);
    expect(changes).toEqual([]);
    expect(uptime('coinbase-api').uptimePercent).toBe(100);
  });

  it('one vantage of three failing for 8 minutes → a regional partial outage after 5 minutes', () => {
    const regional = (v: string, id: string, t: number) => v === 'sgp' && id === 'binance-api' && t >= at(3, 0) && t < at(3, 8);
    const { changes, uptime } = simulate(['fra', 'sgp', 'iad'], (v, id, t) => (regional(v, id, t) ? 'down' : 'up'), FULL_DAY);
    expect(changes.map((c) => [c.type, c.incident.worstStatus])).toEqual([
      ['opened', 'partial_outage'],
      ['resolved', 'partial_outage'],
    ]);
    expect(changes[0]!.incident.startedAt).toBe(at(3, 0));
    expect(uptime('binance-api').uptimePercent).toBeLessThan(100);
  });

  it('with a single vantage (quorum 1), an outage is major and seen from 1 vantage', () => {
    const { changes, memories } = simulate(['local'], (_v, id, t) => (id === 'infura-eth' && t >= at(1, 0) ? 'down' : 'up'), 150);
    expect(changes.map((c) => [c.type, c.incident.worstStatus])).toEqual([['opened', 'major_outage']]);
    expect(memories.get('infura-eth')?.status).toBe('major_outage');
  });

  it('a flaky target losing one check in ten → no incident', () => {
    const { changes } = simulate(['fra', 'sgp'], (_v, id, t) => (id === 'kraken-api' && Math.round((t - DAY0) / ROUND_MS) % 10 === 3 ? 'down' : 'up'), 600);
    expect(changes).toEqual([]);
  });
});
