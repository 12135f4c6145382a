// Rule: with no report from the cloud, an event opens when at least K services (default 3) that depend on
// the same provider and region fail within W (default 10 minutes) while this vantage's guard is healthy; it
// says "not acknowledged" until the cloud reports, then the cloud's vendor lag is a range.
import { describe, expect, it } from 'vitest';
import { cloudEventVendorLag, correlationSettings, type Dependency } from '@/lib/correlation';
import { MIN, T0, failing, measured, memberIds, report, run, stated, up } from '@/tests/helpers/correlation';

const deps: Dependency[] = ['coinbase', 'infura', 'robinhood', 'metamask', 'kraken'].map((id) => stated(id));

describe('open on K failures within W, no report', () => {
  it.each([
    { name: '3 failing within 10 min → opens', services: [failing('coinbase', 0), failing('infura', 4), failing('robinhood', 9)], members: ['coinbase', 'infura', 'robinhood'] },
    { name: '3 failing exactly 10 min apart → opens (W inclusive)', services: [failing('coinbase', 0), failing('infura', 5), failing('robinhood', 10)], members: ['coinbase', 'infura', 'robinhood'] },
    { name: '2 failing → nothing', services: [failing('coinbase', 0), failing('infura', 1), up('robinhood', 0)], members: null },
    { name: '3 failing over 11 min → nothing', services: [failing('coinbase', 0), failing('infura', 5), failing('robinhood', 11)], members: null },
    { name: '3 failing, one only degraded → nothing', services: [failing('coinbase', 0), failing('infura', 1), failing('robinhood', 2, 'degraded')], members: null },
    { name: 'partial outages count as failing', services: [failing('coinbase', 0, 'partial_outage'), failing('infura', 1), failing('robinhood', 2, 'partial_outage')], members: ['coinbase', 'infura', 'robinhood'] },
    {
      name: 'the first K within W start it; a failure more than W earlier is a separate story',
      services: [failing('kraken', -30), failing('coinbase', 0), failing('infura', 4), failing('robinhood', 9)],
      members: ['coinbase', 'infura', 'robinhood'],
    },
    {
      name: 'a failure up to W before the first K joins them',
      services: [failing('kraken', -5), failing('coinbase', 4), failing('infura', 5), failing('robinhood', 9)],
      members: ['kraken', 'coinbase', 'infura', 'robinhood'],
    },
    {
      name: 'a later failure in the same round joins too',
      services: [failing('coinbase', 0), failing('infura', 4), failing('robinhood', 9), failing('metamask', 25)],
      members: ['coinbase', 'infura', 'robinhood', 'metamask'],
    },
  ])('$name', ({ services, members }) => {
    const { open } = run(deps, [{ atMin: 30, services }]);
    if (members === null) return expect(open).toEqual([]);
    expect(open).toHaveLength(1);
    expect(memberIds(open[0])).toEqual(members);
    expect(open[0]).toMatchObject({ trigger: 'correlated_failures', acknowledgement: null, region: 'us-east-1', providerId: 'aws' });
  });

  it('stated and measured dependencies count alike (AWS and aws are one provider)', () => {
    const { open } = run([stated('coinbase'), measured('infura'), measured('robinhood')], [{ atMin: 12, services: [failing('coinbase', 0), failing('infura', 1), failing('robinhood', 2)] }]);
    expect(memberIds(open[0])).toEqual(['coinbase', 'infura', 'robinhood']);
    expect(open[0]!.members.map((m) => m.basis)).toEqual([['stated'], ['measured'], ['measured']]);
  });

  it('K and W are settings: K=2, W=1 min on a compressed clock', () => {
    const settings = correlationSettings({ minServices: 2, windowMs: MIN });
    expect(run(deps, [{ atMin: 3, services: [failing('coinbase', 0), failing('infura', 1)] }], settings).open).toHaveLength(1);
    expect(run(deps, [{ atMin: 3, services: [failing('coinbase', 0), failing('infura', 2)] }], settings).open).toEqual([]);
  });

  it('a setting that is not a positive number is refused', () => {
    expect(() => correlationSettings({ windowMs: 0 })).toThrow(/windowMs/);
    expect(() => correlationSettings({ minServices: 2.5 })).toThrow(/minServices/);
  });

  it('is "not acknowledged" until the cloud reports; then the vendor lag is a range from the first failing check', () => {
    const services = [failing('coinbase', 0), failing('infura', 1), failing('robinhood', 2)];
    const before = run(deps, [{ atMin: 5, services }]);
    expect(before.open[0]!.acknowledgement).toBeNull();
    expect(cloudEventVendorLag(before.open[0]!, T0 + 5 * MIN)).toEqual({ kind: 'pending' });

    const after = run(deps, [{ atMin: 5, services }, { atMin: 40, services, reports: [report({ atMin: 35 })] }]);
    const event = after.open[0]!;
    expect(event.id).toBe(before.open[0]!.id);
    expect(event.trigger).toBe('correlated_failures');
    expect(event.acknowledgement).toMatchObject({ createdAt: T0 + 35 * MIN, firstSeenAt: T0 + 36 * MIN });
    expect(cloudEventVendorLag(event, T0 + 40 * MIN)).toEqual({ kind: 'acknowledged', minSec: 35 * 60, maxSec: 36 * 60 });
    expect(after.changes.map((c) => c.type)).toEqual(['opened', 'updated']);
  });

  it('a report about all regions acknowledges an event opened by K failures', () => {
    const services = [failing('coinbase', 0), failing('infura', 1), failing('robinhood', 2)];
    const { open } = run(deps, [{ atMin: 5, services, reports: [report({ atMin: 3, region: 'global' })] }]);
    expect(open[0]!.acknowledgement).toMatchObject({ region: 'global' });
  });
});
