// Rule: an event resolves when the cloud reports resolution and every member has recovered, or, when the
// cloud never reported, after the quiet period (default 30 minutes) with no member failing. A member failing
// again within the rejoin window of a just-resolved event reopens it.
import { describe, expect, it } from 'vitest';
import { correlationSettings } from '@/lib/correlation';
import { MIN, T0, failing, report, run, stated, up } from '@/tests/helpers/correlation';

const deps = ['coinbase', 'infura', 'robinhood'].map((id) => stated(id));
const three = [failing('coinbase', 0), failing('infura', 1), failing('robinhood', 2)];
const recovered = [up('coinbase', 20), up('infura', 25), up('robinhood', 22)];
const open = report({ atMin: 3 });
const resolvedAt = (min: number) => report({ atMin: 3, open: false, resolvedAt: T0 + min * MIN });

describe('resolution', () => {
  it.each([
    { name: 'reported: cloud resolved, all recovered → resolved at the later of the two', last: { atMin: 50, services: recovered, reports: [resolvedAt(40)] }, endedAt: T0 + 40 * MIN },
    { name: 'reported: members recovered after the cloud resolved → resolved at the last recovery', last: { atMin: 50, services: recovered, reports: [resolvedAt(21)] }, endedAt: T0 + 25 * MIN },
    { name: 'reported: all recovered, the cloud still open → open', last: { atMin: 120, services: recovered, reports: [open] }, endedAt: null },
    { name: 'reported: cloud resolved, one member still failing → open', last: { atMin: 50, services: [up('coinbase', 20), failing('infura', 45), up('robinhood', 22)], reports: [resolvedAt(40)] }, endedAt: null },
  ])('$name', ({ last, endedAt }) => {
    const { events } = run(deps, [{ atMin: 5, services: three, reports: [open] }, { atMin: 30, services: recovered, reports: [open] }, last]);
    expect(events).toHaveLength(1);
    expect(events[0]!.endedAt).toBe(endedAt);
    if (endedAt !== null) expect(events[0]!.closedAt).toBe(T0 + last.atMin * MIN);
  });

  it.each([
    { name: 'never reported: 29 min after the last recovery → still open', atMin: 54, endedAt: null },
    { name: 'never reported: 30 min after the last recovery → resolved, ending at that recovery', atMin: 55, endedAt: T0 + 25 * MIN },
  ])('$name', ({ atMin, endedAt }) => {
    const { events, changes } = run(deps, [{ atMin: 5, services: three }, { atMin: 30, services: recovered }, { atMin, services: recovered }]);
    expect(events[0]!.endedAt).toBe(endedAt);
    expect(changes.at(-1)!.type).toBe(endedAt === null ? 'updated' : 'resolved');
  });

  it('the quiet period is a setting', () => {
    const settings = correlationSettings({ quietMs: 2 * MIN });
    const { events } = run(deps, [{ atMin: 5, services: three }, { atMin: 26, services: recovered }, { atMin: 27, services: recovered }], settings);
    expect(events[0]!.endedAt).toBe(T0 + 25 * MIN);
  });

  it('a member failing again within 15 min of recovering reopens the just-resolved event (same id)', () => {
    const rounds = [
      { atMin: 5, services: three, reports: [open] },
      { atMin: 30, services: recovered, reports: [resolvedAt(26)] },
      { atMin: 33, services: [failing('coinbase', 32), ...recovered.slice(1)], reports: [resolvedAt(26)] },
    ];
    const { events, changes } = run(deps, rounds);
    expect(events).toHaveLength(1);
    expect(changes.map((c) => c.type)).toEqual(['opened', 'resolved', 'reopened']);
    expect(events[0]!.endedAt).toBeNull();
    expect(events[0]!.members[0]!.spells).toHaveLength(1);
  });

  it('a resolved event is forgotten after the rejoin window; a later failure is a new story', () => {
    const { events } = run(deps, [
      { atMin: 5, services: three, reports: [open] },
      { atMin: 30, services: recovered, reports: [resolvedAt(26)] },
      { atMin: 46, services: recovered },
    ]);
    expect(events).toEqual([]);
  });
});
