// Rule: an event is keyed by provider, region and start, so several workers evaluating at once converge on
// one event; two regions failing at once give two events; one provider and region has one open event at a time.
import { describe, expect, it } from 'vitest';
import { MIN, T0, failing, memberIds, report, run, stated, up } from '@/tests/helpers/correlation';

describe('keys', () => {
  it('two regions at once → two events, each with its own members', () => {
    const deps = [stated('coinbase'), stated('infura'), stated('robinhood'), stated('binance', 'ap-northeast-1'), stated('kucoin', 'ap-northeast-1'), stated('mexc', 'ap-northeast-1')];
    const services = ['coinbase', 'infura', 'robinhood', 'binance', 'kucoin', 'mexc'].map((id, i) => failing(id, i));
    const { open } = run(deps, [{ atMin: 10, services }]);
    expect(open.map((e) => [e.id, memberIds(e)])).toEqual([
      ['aws-us-east-1-2025-10-20-0650', ['coinbase', 'infura', 'robinhood']],
      ['aws-ap-northeast-1-2025-10-20-0653', ['binance', 'kucoin', 'mexc']],
    ]);
  });

  it('a service that depends on two regions is a member of both events', () => {
    const deps = [stated('coinbase'), stated('coinbase', 'eu-west-1'), stated('infura'), stated('kraken', 'eu-west-1')];
    const { open } = run(deps, [{ atMin: 5, services: [failing('coinbase', 0), failing('infura', 1), failing('kraken', 2)], reports: [report({ atMin: 0 }), report({ atMin: 0, region: 'eu-west-1' })] }]);
    expect(open.map(memberIds)).toEqual([['coinbase', 'infura'], ['coinbase', 'kraken']]);
  });

  it.each([
    { name: 'same inputs, different rounds', a: 5, b: 7 },
    { name: 'one worker a minute later', a: 5, b: 6 },
  ])('two workers that see the same failures name the event alike ($name)', ({ a, b }) => {
    const deps = ['coinbase', 'infura', 'robinhood'].map((id) => stated(id));
    const services = [failing('coinbase', 0), failing('infura', 1), failing('robinhood', 2)];
    const one = run(deps, [{ atMin: a, services }]).open[0]!;
    const two = run(deps, [{ atMin: b, services }]).open[0]!;
    expect(two.id).toBe(one.id);
    expect(two.startedAt).toBe(one.startedAt);
    expect(memberIds(two)).toEqual(memberIds(one));
  });

  it('a second report for an open region updates the open event, never opens another', () => {
    const deps = ['coinbase', 'infura'].map((id) => stated(id));
    const { events } = run(deps, [
      { atMin: 5, services: [failing('coinbase', 0)], reports: [report({ atMin: 1 })] },
      { atMin: 90, services: [failing('coinbase', 0), failing('infura', 80)], reports: [report({ atMin: 1, incidentIds: ['aws-1', 'aws-2'] })] },
    ]);
    expect(events).toHaveLength(1);
    expect(memberIds(events[0])).toEqual(['coinbase', 'infura']);
    expect(events[0]!.acknowledgement!.incidentIds).toEqual(['aws-1', 'aws-2']);
  });

  it('of two open events for one region (two writers before they met), the earlier carries on', () => {
    const deps = ['coinbase', 'infura', 'robinhood'].map((id) => stated(id));
    const services = [failing('coinbase', 0), failing('infura', 1), failing('robinhood', 2)];
    const first = run(deps, [{ atMin: 5, services }]).open[0]!;
    const later = { ...first, id: 'aws-us-east-1-2025-10-20-0651', startedAt: T0 + MIN };
    const { events } = run(deps, [{ atMin: 6, services: [up('coinbase', 0), ...services.slice(1)] }], undefined, [later, first]);
    expect(events.map((e) => e.id)).toEqual([first.id]);
  });
});
