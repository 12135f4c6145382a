// Rule: members join when they fail and are marked recovered when they recover; a member failing again
// within the rejoin window (default 15 minutes) stays in the event, in the same spell.
import { describe, expect, it } from 'vitest';
import { MIN, T0, failing, memberIds, run, stated, up } from '@/tests/helpers/correlation';

const deps = ['coinbase', 'infura', 'robinhood', 'kraken'].map((id) => stated(id));
const three = [failing('coinbase', 0), failing('infura', 1), failing('robinhood', 2)];

describe('members', () => {
  it('a dependent failing later joins, with its own first failing check and incident', () => {
    const { open, changes } = run(deps, [{ atMin: 5, services: three }, { atMin: 30, services: [...three, failing('kraken', 28)] }]);
    expect(memberIds(open[0])).toEqual(['coinbase', 'infura', 'robinhood', 'kraken']);
    expect(open[0]!.members[3]).toMatchObject({ failedAt: T0 + 28 * MIN, recoveredAt: null, incidentSlug: 'kraken-slug-28', worstStatus: 'major_outage' });
    expect(changes.map((c) => c.type)).toEqual(['opened', 'updated']);
  });

  it('a member keeps its worst status', () => {
    const { open } = run(deps, [
      { atMin: 5, services: [failing('coinbase', 0, 'partial_outage'), failing('infura', 1), failing('robinhood', 2)] },
      { atMin: 6, services: [failing('coinbase', 0, 'major_outage'), failing('infura', 1), failing('robinhood', 2)] },
      { atMin: 7, services: [failing('coinbase', 0, 'partial_outage'), failing('infura', 1), failing('robinhood', 2)] },
    ]);
    expect(open[0]!.members[0]!.worstStatus).toBe('major_outage');
  });

  it.each([
    { name: 'recovering (operational) marks it recovered at its first good check', after: up('coinbase', 20), recoveredAt: T0 + 20 * MIN },
    { name: 'recovering to degraded is a recovery from the outage too', after: up('coinbase', 20, 'degraded'), recoveredAt: T0 + 20 * MIN },
    { name: 'going unknown is not recovering', after: up('coinbase', 20, 'unknown'), recoveredAt: null },
  ])('$name', ({ after, recoveredAt }) => {
    const { open } = run(deps, [{ atMin: 5, services: three }, { atMin: 21, services: [after, ...three.slice(1)] }]);
    expect(open[0]!.members[0]!.recoveredAt).toBe(recoveredAt);
  });

  it.each([
    { name: 'failing again 14 min after recovering → same spell, back to failing', againMin: 34, spells: 1, recoveredAt: null },
    { name: 'failing again exactly 15 min after → same spell (window inclusive)', againMin: 35, spells: 1, recoveredAt: null },
    { name: 'failing again 16 min after, the event still open → stays a member, a new spell', againMin: 36, spells: 2, recoveredAt: null },
  ])('$name', ({ againMin, spells, recoveredAt }) => {
    const { open } = run(deps, [
      { atMin: 5, services: three },
      { atMin: 21, services: [up('coinbase', 20), ...three.slice(1)] },
      { atMin: againMin + 1, services: [failing('coinbase', againMin), ...three.slice(1)] },
    ]);
    expect(open).toHaveLength(1);
    const member = open[0]!.members.find((m) => m.serviceId === 'coinbase')!;
    expect(member.spells).toHaveLength(spells);
    expect(member.recoveredAt).toBe(recoveredAt);
    expect(member.failedAt).toBe(T0);
  });

  it('a service that depends on the region but was already failing long before is not a member', () => {
    const { open } = run(deps, [{ atMin: 5, services: three }, { atMin: 6, services: [...three, failing('kraken', -120)] }]);
    expect(memberIds(open[0])).not.toContain('kraken');
  });
});
