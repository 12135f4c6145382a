// A cloud's report per region, followed over its feed's readings: open at the first reading that lists an
// incident naming the region, resolved at the first good reading that no longer lists one; a failed reading
// changes nothing (the engine passes good readings only).
import { describe, expect, it } from 'vitest';
import { reportFor, stepCloudReports, type CloudRegionReport, type FeedReading } from '@/lib/correlation';
import type { ReportedIncident } from '@/lib/probes/types';
import { MIN, T0 } from '@/tests/helpers/correlation';

const incident = (id: string, regions: string[] | undefined, createdMin = 0, impact = 'major'): ReportedIncident => ({
  id, title: id, phase: 'open', impact, createdAt: new Date(T0 + createdMin * MIN).toISOString(), ...(regions && { regions }),
});
const reading = (atMin: number, incidents: ReportedIncident[], providerId = 'AWS'): FeedReading => ({ providerId, readAt: T0 + atMin * MIN, incidents });

function replay(readings: FeedReading[][], keepMin = 60): CloudRegionReport[] {
  let reports: CloudRegionReport[] = [];
  readings.forEach((batch) => (reports = stepCloudReports(reports, batch, Math.max(T0, ...batch.map((r) => r.readAt)), keepMin * MIN)));
  return reports;
}

describe('cloud reports per region', () => {
  it.each([
    {
      name: 'an incident naming a region opens that region, with both ends of the acknowledgement',
      readings: [[reading(2, [incident('a', ['us-east-1'], 1)])]],
      expected: [{ providerId: 'aws', region: 'us-east-1', open: true, createdAt: T0 + MIN, firstSeenAt: T0 + 2 * MIN, resolvedAt: null, incidentIds: ['a'] }],
    },
    {
      name: 'a later reading without it resolves it at that reading',
      readings: [[reading(2, [incident('a', ['us-east-1'])])], [reading(3, [incident('a', ['us-east-1'])])], [reading(9, [])]],
      expected: [{ region: 'us-east-1', open: false, firstSeenAt: T0 + 2 * MIN, resolvedAt: T0 + 9 * MIN }],
    },
    {
      name: 'no region named → all regions',
      readings: [[reading(2, [incident('a', undefined)])]],
      expected: [{ region: 'global', open: true }],
    },
    {
      name: 'two regions in one incident → two reports',
      readings: [[reading(2, [incident('a', ['us-east-1', 'US-EAST-2'])])]],
      expected: [{ region: 'us-east-1', open: true }, { region: 'us-east-2', open: true }],
    },
    {
      name: 'another provider\'s reading leaves this one open',
      readings: [[reading(2, [incident('a', ['us-east-1'])])], [reading(3, [], 'azure')]],
      expected: [{ providerId: 'aws', region: 'us-east-1', open: true }],
    },
    {
      name: 'a resolved report is forgotten after the keep window',
      readings: [[reading(2, [incident('a', ['us-east-1'])])], [reading(3, [])], [reading(70, [])]],
      expected: [],
    },
  ])('$name', ({ readings, expected }) => {
    const reports = replay(readings);
    expect(reports).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(reports[i]).toMatchObject(e));
  });

  it('reportFor: the region\'s own report first, else the all-regions one; exact leaves that out', () => {
    const reports = replay([[reading(2, [incident('a', undefined), incident('b', ['us-east-1'])])]]);
    expect(reportFor(reports, 'AWS', 'us-east-1')!.incidentIds).toEqual(['b']);
    expect(reportFor(reports, 'aws', 'eu-west-1')!.region).toBe('global');
    expect(reportFor(reports, 'aws', 'eu-west-1', true)).toBeNull();
  });
});
