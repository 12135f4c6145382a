// Rule: a vantage whose connectivity guard says it lost its own network opens nothing and adds no member:
// what fails from it may be its own network.
import { describe, expect, it } from 'vitest';
import { failing, memberIds, report, run, stated } from '@/tests/helpers/correlation';

const deps = ['coinbase', 'infura', 'robinhood', 'kraken'].map((id) => stated(id));
const three = [failing('coinbase', 0), failing('infura', 1), failing('robinhood', 2)];

describe('a guard-impaired vantage', () => {
  it.each([
    { name: 'K failures within W, no report', services: three, reports: [] },
    { name: 'the cloud reports R and a dependent fails', services: [failing('coinbase', 0)], reports: [report({ atMin: 0 })] },
    { name: 'both', services: three, reports: [report({ atMin: 0 })] },
  ])('opens nothing: $name', ({ services, reports }) => {
    const { events, changes } = run(deps, [{ atMin: 5, services, reports, guardHealthy: false }]);
    expect(events).toEqual([]);
    expect(changes).toEqual([]);
  });

  it('adds no member to an open event while impaired, and the member joins once the guard is healthy again', () => {
    const rounds = [
      { atMin: 5, services: three },
      { atMin: 6, services: [...three, failing('kraken', 6)], guardHealthy: false },
    ];
    expect(memberIds(run(deps, rounds).open[0])).toEqual(['coinbase', 'infura', 'robinhood']);
    expect(memberIds(run(deps, [...rounds, { atMin: 7, services: [...three, failing('kraken', 6)] }]).open[0])).toEqual(['coinbase', 'infura', 'robinhood', 'kraken']);
  });

  it('does not resolve an event while impaired (no member failing cannot be known)', () => {
    const recovered = three.map((s) => ({ ...s, status: 'operational' as const, since: s.since + 5 * 60_000 }));
    const { open } = run(deps, [{ atMin: 5, services: three }, { atMin: 10, services: recovered }, { atMin: 60, services: recovered, guardHealthy: false }]);
    expect(open).toHaveLength(1);
  });
});
