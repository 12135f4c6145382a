import { describe, expect, it } from 'vitest';
import { REOPEN_WINDOW_MS, stepIncidents, type IncidentLog, type IncidentChange } from '@/lib/status/incidents';
import type { StatusEvent } from '@/lib/status/shared';
import { stepTarget, type TargetMemory, type TargetObservation } from '@/lib/status/transitions';
import { at, checks, confirm, MIN, T0 } from '../../helpers/probe-results';

const ctx = { targetId: 'coinbase-api', intervalSec: 30 };
const down = (firstCheckAt: number, confirmedAt = firstCheckAt + MIN, status: StatusEvent['status'] = 'major_outage'): StatusEvent => ({
  type: 'went_down',
  firstCheckAt,
  confirmedAt,
  reason: 'timeout',
  status,
});
const up = (firstCheckAt: number, confirmedAt = firstCheckAt + 30_000): StatusEvent => ({ type: 'came_up', firstCheckAt, confirmedAt, reason: null, status: 'operational' });

function replay(events: StatusEvent[]): { log: IncidentLog | undefined; changes: IncidentChange[] } {
  let log: IncidentLog | undefined;
  const changes: IncidentChange[] = [];
  for (const e of events) {
    const step = stepIncidents(log, e, ctx);
    log = step.log;
    if (step.change) changes.push(step.change);
  }
  return { log, changes };
}

describe('incidents in time', () => {
  it('reopens within 15 minutes of recovery', () => {
    expect(REOPEN_WINDOW_MS).toBe(15 * MIN);
  });

  it('starts at the first failing check and ends at the first success, both with confirmed_at, ± one interval', () => {
    const { changes } = replay([down(T0, T0 + MIN), up(T0 + 20 * MIN, T0 + 20.5 * MIN)]);
    expect(changes.map((c) => c.type)).toEqual(['opened', 'resolved']);
    expect(changes[1]!.incident).toMatchObject({
      id: 'coinbase-api-2025-10-20-0648',
      startedAt: T0,
      startConfirmedAt: T0 + MIN,
      endedAt: T0 + 20 * MIN,
      endConfirmedAt: T0 + 20.5 * MIN,
      precisionSec: 30,
    });
  });

  it.each([
    { name: 'a failure 10 minutes after recovery reopens the same incident', gapMin: 10, types: ['opened', 'resolved', 'reopened', 'resolved'], count: 1 },
    { name: 'a failure exactly 15 minutes after recovery reopens it', gapMin: 15, types: ['opened', 'resolved', 'reopened', 'resolved'], count: 1 },
    { name: 'a failure 16 minutes after recovery is a new incident', gapMin: 16, types: ['opened', 'resolved', 'opened', 'resolved'], count: 2 },
  ])('$name', ({ gapMin, types, count }) => {
    const recoveredAt = T0 + 20 * MIN;
    const again = recoveredAt + gapMin * MIN;
    const { changes } = replay([down(T0), up(recoveredAt), down(again), up(again + 5 * MIN)]);
    expect(changes.map((c) => c.type)).toEqual(types);
    expect(new Set(changes.map((c) => c.incident.id)).size).toBe(count);
    if (count === 1) expect(changes[3]!.incident).toMatchObject({ startedAt: T0, endedAt: again + 5 * MIN, reopenCount: 1 });
  });

  it('slugs are what the API accepts, and two incidents starting in one minute never share one', () => {
    // A compressed rejoin window (the lab's) lets a second incident start within the same minute.
    const fast = { ...ctx, reopenWindowMs: 100 };
    let log: IncidentLog | undefined;
    const ids: string[] = [];
    for (const e of [down(T0 + 1_000), up(T0 + 5_000), down(T0 + 20_000), up(T0 + 20_200), down(T0 + 20_500), up(T0 + 40_000)]) {
      const step = stepIncidents(log, e, fast);
      log = step.log;
      if (step.change?.type === 'opened') ids.push(step.change.incident.id);
    }
    expect(ids).toEqual(['coinbase-api-2025-10-20-0648', 'coinbase-api-2025-10-20-0648-20', 'coinbase-api-2025-10-20-0648-20500']);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('the rejoin window is a setting: with 1 s, a failure 2 s after recovery is a new incident', () => {
    let log: IncidentLog | undefined;
    const types: string[] = [];
    for (const e of [down(T0), up(T0 + 10_000), down(T0 + 12_000)]) {
      const step = stepIncidents(log, e, { ...ctx, reopenWindowMs: 1_000 });
      log = step.log;
      if (step.change) types.push(step.change.type);
    }
    expect(types).toEqual(['opened', 'resolved', 'opened']);
  });

  it('a worse status during an open incident is recorded as its worst', () => {
    const { changes } = replay([down(T0, T0 + MIN, 'partial_outage'), down(T0 + 5 * MIN, T0 + 6 * MIN, 'major_outage'), down(T0 + 7 * MIN, T0 + 8 * MIN, 'partial_outage')]);
    expect(changes.map((c) => [c.type, c.incident.worstStatus])).toEqual([
      ['opened', 'partial_outage'],
      ['worsened', 'major_outage'],
    ]);
  });

  it('a recovery without an open incident changes nothing', () => {
    expect(replay([up(T0)]).changes).toEqual([]);
  });

  it('per-vantage confirmation events replay into an incident with the check times', () => {
    const { events } = confirm(checks('uuddddddduuu'));
    const { changes } = replay(events);
    expect(changes.at(-1)!.incident).toMatchObject({ startedAt: at(2), startConfirmedAt: at(4), endedAt: at(9), endConfirmedAt: at(10) });
  });
});

describe('target transitions (what feeds incidents)', () => {
  function walk(observations: [number, TargetObservation][]) {
    let memory: TargetMemory | undefined;
    const events: StatusEvent[] = [];
    const memories: TargetMemory[] = [];
    for (const [now, obs] of observations) {
      const step = stepTarget(memory, obs, now);
      memory = step.memory;
      memories.push(memory);
      if (step.event) events.push(step.event);
    }
    return { events, memories };
  }

  it('entering an outage emits went_down from the first failing check; leaving it emits came_up from the first success', () => {
    const { events } = walk([
      [T0, { status: 'operational', reason: null }],
      [T0 + 2 * MIN, { status: 'major_outage', reason: 'timeout', firstFailAt: T0 + MIN }],
      [T0 + 3 * MIN, { status: 'major_outage', reason: 'timeout', firstFailAt: T0 + MIN }],
      [T0 + 9 * MIN, { status: 'operational', reason: null, lastRecoveryAt: T0 + 8.5 * MIN }],
    ]);
    expect(events).toEqual([
      { type: 'went_down', firstCheckAt: T0 + MIN, confirmedAt: T0 + 2 * MIN, reason: 'timeout', status: 'major_outage' },
      { type: 'came_up', firstCheckAt: T0 + 8.5 * MIN, confirmedAt: T0 + 9 * MIN, reason: null, status: 'operational' },
    ]);
  });

  it('unknown in the middle of an outage is not a recovery', () => {
    const { events } = walk([
      [T0, { status: 'major_outage', reason: 'timeout', firstFailAt: T0 }],
      [T0 + MIN, { status: 'unknown', reason: 'vantage_impaired' }],
      [T0 + 2 * MIN, { status: 'major_outage', reason: 'timeout', firstFailAt: T0 }],
      [T0 + 3 * MIN, { status: 'unknown', reason: 'no_data' }],
      [T0 + 4 * MIN, { status: 'operational', reason: null, lastRecoveryAt: T0 + 3.5 * MIN }],
    ]);
    expect(events.map((e) => e.type)).toEqual(['went_down', 'came_up']);
  });

  it('partial to major is a worsening (went_down again); major to partial is not an event', () => {
    const { events } = walk([
      [T0, { status: 'partial_outage', reason: 'timeout', firstFailAt: T0 - 5 * MIN }],
      [T0 + MIN, { status: 'major_outage', reason: 'timeout', firstFailAt: T0 - 5 * MIN }],
      [T0 + 2 * MIN, { status: 'partial_outage', reason: 'timeout', firstFailAt: T0 - 5 * MIN }],
    ]);
    expect(events.map((e) => [e.type, e.status])).toEqual([
      ['went_down', 'partial_outage'],
      ['went_down', 'major_outage'],
    ]);
  });

  it('since stays put while the status holds, and an outage is dated from its first failing check', () => {
    const { memories } = walk([
      [T0, { status: 'operational', reason: null }],
      [T0 + MIN, { status: 'operational', reason: null }],
      [T0 + 3 * MIN, { status: 'major_outage', reason: 'timeout', firstFailAt: T0 + 2 * MIN }],
    ]);
    expect(memories.map((m) => m.since)).toEqual([T0, T0, T0 + 2 * MIN]);
  });
});
