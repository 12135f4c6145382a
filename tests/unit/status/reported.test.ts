import { describe, expect, it } from 'vitest';
import type { ReportedComponent, ReportedIncident } from '@/lib/probes/types';
import {
  ACK_DEADLINE_MS,
  deriveCloudReportedStatus,
  deriveReportedStatus,
  deriveVendorLag,
  summarizeVendorLag,
  type VendorLag,
} from '@/lib/status/reported';
import { MIN, SEC, T0 } from '../../helpers/probe-results';

const HOUR = 60 * MIN;
const c = (id: string, status: string): ReportedComponent => ({ id, name: id, status });
const incident = (over: Partial<ReportedIncident> = {}): ReportedIncident => ({ id: 'inc-1', title: 'Increased error rates', phase: 'investigating', ...over });

describe('reported status (the company\'s own word, kept beside)', () => {
  it.each([
    { name: 'operational component → operational', components: [c('a', 'operational')], status: 'operational', reason: null },
    { name: 'degraded_performance → degraded', components: [c('a', 'degraded_performance')], status: 'degraded', reason: 'reported_incident' },
    { name: 'partial_outage → partial_outage', components: [c('a', 'partial_outage')], status: 'partial_outage', reason: 'reported_incident' },
    { name: 'major_outage → major_outage', components: [c('a', 'major_outage')], status: 'major_outage', reason: 'reported_incident' },
    { name: 'under_maintenance → maintenance', components: [c('a', 'under_maintenance')], status: 'maintenance', reason: null },
    { name: 'the worst mapped component wins', components: [c('a', 'operational'), c('b', 'partial_outage'), c('c', 'degraded_performance')], status: 'partial_outage', reason: 'reported_incident' },
    { name: 'a word we do not know is unknown, never guessed', components: [c('a', 'sort_of_ok')], status: 'unknown', reason: 'no_data' },
    { name: 'no mapped component → unknown', components: [], status: 'unknown', reason: 'no_data' },
  ])('$name', ({ components, status, reason }) => {
    expect(deriveReportedStatus(components)).toMatchObject({ provenance: 'reported', status, reason });
  });

  it('lists the affected components for the source link', () => {
    expect(deriveReportedStatus([c('a', 'operational'), c('b', 'major_outage')]).componentIds).toEqual(['b']);
  });

  it.each([
    { name: 'a cloud feed without an open incident → operational, as reported only', incidents: [], status: 'operational' },
    { name: 'resolved incidents are ignored', incidents: [incident({ phase: 'resolved', impact: 'critical' })], status: 'operational' },
    { name: 'an open incident without a stated impact → degraded (reported_incident)', incidents: [incident()], status: 'degraded' },
    { name: 'an open critical incident → major_outage', incidents: [incident({ impact: 'critical' })], status: 'major_outage' },
    { name: 'an open major incident → partial_outage', incidents: [incident({ impact: 'major' })], status: 'partial_outage' },
  ])('$name', ({ incidents, status }) => {
    const r = deriveCloudReportedStatus(incidents);
    expect(r).toMatchObject({ provenance: 'reported', status });
    if (status !== 'operational') expect(r).toMatchObject({ reason: 'reported_incident', incidentIds: ['inc-1'] });
  });
});

describe('vendor lag', () => {
  const firstFailAt = T0;

  it.each([
    {
      name: 'acknowledged: a range from created_at to our first poll that saw it',
      input: { incidentCreatedAt: T0 + 40 * MIN, firstSeenAt: T0 + 42 * MIN },
      lag: { kind: 'acknowledged', minSec: 40 * 60, maxSec: 42 * 60 },
    },
    {
      name: 'a created_at edited to before our first poll still brackets the acknowledgment',
      input: { incidentCreatedAt: T0 - 10 * MIN, firstSeenAt: T0 + 50 * MIN },
      lag: { kind: 'acknowledged', minSec: -10 * 60, maxSec: 50 * 60 },
    },
    {
      name: 'a created_at later than our first poll (edited forward) is bracketed the other way round',
      input: { incidentCreatedAt: T0 + 60 * MIN, firstSeenAt: T0 + 30 * MIN },
      lag: { kind: 'acknowledged', minSec: 30 * 60, maxSec: 60 * 60 },
    },
    {
      name: 'only our first poll known → a range of one point',
      input: { incidentCreatedAt: null, firstSeenAt: T0 + 20 * MIN },
      lag: { kind: 'acknowledged', minSec: 20 * 60, maxSec: 20 * 60 },
    },
    { name: 'nothing after 25 h → no acknowledgment within 24 h', input: { now: T0 + 25 * HOUR }, lag: { kind: 'none_within_24h' } },
    { name: 'nothing yet after 3 h → pending', input: { now: T0 + 3 * HOUR }, lag: { kind: 'pending' } },
    {
      name: 'acknowledged only 30 h later → no acknowledgment within 24 h',
      input: { incidentCreatedAt: T0 + 30 * HOUR, firstSeenAt: T0 + 30 * HOUR + MIN },
      lag: { kind: 'none_within_24h' },
    },
  ])('$name', ({ input, lag }) => {
    expect(deriveVendorLag({ firstFailAt, now: T0 + 48 * HOUR, ...input })).toEqual(lag);
  });

  it('24 hours is the deadline', () => {
    expect(ACK_DEADLINE_MS).toBe(24 * HOUR);
  });

  it.each([
    {
      name: 'the median of ranges brackets the median lag',
      lags: [ack(10, 20), ack(30, 40), ack(50, 55)],
      summary: { medianMinSec: 30 * 60, medianMaxSec: 40 * 60, acknowledged: 3, unacknowledged: 0 },
    },
    {
      name: 'a missing acknowledgment counts as later than 24 h',
      lags: [ack(10, 20), ack(30, 40), { kind: 'none_within_24h' } as VendorLag],
      summary: { medianMinSec: 30 * 60, medianMaxSec: 40 * 60, acknowledged: 2, unacknowledged: 1 },
    },
    {
      name: 'mostly unacknowledged → the median has no upper end',
      lags: [ack(10, 20), { kind: 'none_within_24h' } as VendorLag, { kind: 'none_within_24h' } as VendorLag],
      summary: { medianMinSec: 24 * 3600, medianMaxSec: null, acknowledged: 1, unacknowledged: 2 },
    },
    {
      name: 'pending cases are left out; nothing → no median',
      lags: [{ kind: 'pending' } as VendorLag],
      summary: { medianMinSec: null, medianMaxSec: null, acknowledged: 0, unacknowledged: 0 },
    },
  ])('$name', ({ lags, summary }) => {
    expect(summarizeVendorLag(lags)).toEqual(summary);
  });

  function ack(minMin: number, maxMin: number): VendorLag {
    return { kind: 'acknowledged', minSec: minMin * 60, maxSec: maxMin * 60 };
  }

  it('is measured from the first failing check, in seconds', () => {
    expect(deriveVendorLag({ firstFailAt: T0, incidentCreatedAt: T0 + 90 * SEC, firstSeenAt: T0 + 120 * SEC, now: T0 + HOUR })).toEqual({
      kind: 'acknowledged',
      minSec: 90,
      maxSec: 120,
    });
  });
});
