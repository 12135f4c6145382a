// Rule: an event opens when the cloud's own feed reports an incident for region R and at least one service
// that depends on R is failing (docs/methodology.md § Cloud-outage events).
import { describe, expect, it } from 'vitest';
import { MIN, T0, failing, memberIds, report, run, stated, up } from '@/tests/helpers/correlation';

const deps = [stated('coinbase'), stated('infura'), stated('binance', 'ap-northeast-1')];

describe('open on the cloud\'s report', () => {
  it.each([
    { name: 'report for R and one dependent failing → opens, the failing one a member', services: [failing('coinbase', 2), up('infura', 0)], reports: [report({ atMin: 1 })], members: ['coinbase'] },
    { name: 'report for R and two failing → both members', services: [failing('coinbase', 2), failing('infura', 3)], reports: [report({ atMin: 1 })], members: ['coinbase', 'infura'] },
    { name: 'report for R, nothing failing → nothing', services: [up('coinbase', 0), up('infura', 0)], reports: [report({ atMin: 1 })], members: null },
    { name: 'degraded is not failing → nothing', services: [failing('coinbase', 2, 'degraded')], reports: [report({ atMin: 1 })], members: null },
    { name: 'report for another region → nothing', services: [failing('coinbase', 2)], reports: [report({ atMin: 1, region: 'eu-west-1' })], members: null },
    { name: 'report of another provider → nothing', services: [failing('coinbase', 2)], reports: [report({ atMin: 1, providerId: 'azure' })], members: null },
    { name: 'report already resolved → nothing', services: [failing('coinbase', 2)], reports: [report({ atMin: 1, open: false, resolvedAt: T0 + 2 * MIN })], members: null },
    { name: 'a report about all regions alone, one failing → nothing (it must name R)', services: [failing('coinbase', 2)], reports: [report({ atMin: 1, region: 'global' })], members: null },
    { name: 'failing since more than a day before the report → not this story', services: [failing('coinbase', -25 * 60)], reports: [report({ atMin: 1 })], members: null },
    { name: 'failing from up to a day before the report → a member (vendors can be slow)', services: [failing('coinbase', -23 * 60)], reports: [report({ atMin: 1 })], members: ['coinbase'] },
  ])('$name', ({ services, reports, members }) => {
    const { open, changes } = run(deps, [{ atMin: 5, services, reports }]);
    if (members === null) {
      expect(open).toEqual([]);
      expect(changes).toEqual([]);
      return;
    }
    expect(open).toHaveLength(1);
    expect(memberIds(open[0])).toEqual(members);
    expect(open[0]).toMatchObject({ providerId: 'aws', region: 'us-east-1', trigger: 'cloud_report', endedAt: null });
    expect(open[0]!.acknowledgement).toMatchObject({ createdAt: T0 + MIN, firstSeenAt: T0 + 2 * MIN, region: 'us-east-1', incidentIds: ['aws-1'] });
    expect(changes.map((c) => c.type)).toEqual(['opened']);
  });

  it('starts at the earliest member\'s first failing check and is keyed by provider, region and that minute', () => {
    const { open } = run(deps, [{ atMin: 5, services: [failing('infura', 3), failing('coinbase', 2)], reports: [report({ atMin: 1 })] }]);
    expect(open[0]!.startedAt).toBe(T0 + 2 * MIN);
    expect(open[0]!.id).toBe('aws-us-east-1-2025-10-20-0652');
  });

  it('members keep how the dependency is known: stated with its source, measured with its time, or both', () => {
    const { open } = run(
      [stated('coinbase'), { serviceId: 'coinbase', providerId: 'aws', region: 'us-east-1', basis: 'measured', measuredAt: T0 }, { serviceId: 'kraken', providerId: 'aws', region: 'us-east-1', basis: 'measured', measuredAt: T0 }],
      [{ atMin: 5, services: [failing('coinbase', 2), failing('kraken', 3)], reports: [report({ atMin: 1 })] }],
    );
    expect(open[0]!.members.map((m) => [m.serviceId, m.basis, m.source, m.measuredAt])).toEqual([
      ['coinbase', ['stated', 'measured'], 'https://example.org/coinbase', T0],
      ['kraken', ['measured'], null, T0],
    ]);
  });
});
