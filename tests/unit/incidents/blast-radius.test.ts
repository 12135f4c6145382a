// Blast radius on a small hand-made incident, then on the real ones.
import { describe, expect, it } from 'vitest';
import { blastRadius, l1KeptProducing, type BlastRadiusInput } from '@/lib/incidents/blast-radius';
import { findPastIncident } from '@/lib/incidents/past';
import type { IncidentEvent } from '@/lib/incidents/types';

type Cat = 'cloud' | 'exchange' | 'l1' | 'l2' | 'infra';
const CATS: Record<string, Cat> = {
  aws: 'cloud',
  binance: 'exchange',
  kucoin: 'exchange',
  coinbase: 'exchange',
  okx: 'exchange',
  'arbitrum-one': 'l2',
  'op-mainnet': 'l2',
  ethereum: 'l1',
  bitcoin: 'l1',
  solana: 'l1',
  base: 'l2',
  infura: 'infra',
};
const categoryOf = (id: string): Cat | undefined => CATS[id];

let n = 0;
function ev(p: Pick<IncidentEvent, 'serviceIds' | 'timeUtc' | 'state'> & Partial<IncidentEvent>): IncidentEvent {
  n += 1;
  return {
    id: `event-2025-01-01-untimed-e${n}`,
    serviceLabel: p.serviceIds.join(' / ') || 'Sector (aggregate)',
    summary: { ar: 'نص', en: 'text' },
    source: 'https://example.com/report',
    extraSources: [],
    confidence: 'medium',
    provenance: 'reconstructed',
    cloudLink: 'coincided',
    ...p,
  };
}
const t = (hhmm: string) => `2025-01-01T${hhmm}:00Z`;

const INCIDENT: BlastRadiusInput = {
  slug: 'hand-made',
  startUtc: t('10:00'),
  endUtc: t('12:00'),
  endBounds: { earliestUtc: t('12:00'), latestUtc: t('12:30'), note: { ar: 'نص', en: 'text' } },
  events: [
    ev({ serviceIds: ['aws'], timeUtc: t('10:00'), state: 'major_outage' }),
    ev({ serviceIds: ['aws'], timeUtc: t('11:00'), state: 'degraded' }),
    ev({ serviceIds: ['aws'], timeUtc: t('12:00'), state: 'resolved' }),
    ev({ serviceIds: ['binance'], timeUtc: t('10:15'), state: 'partial_outage' }),
    ev({ serviceIds: ['kucoin'], timeUtc: null, state: 'degraded' }),
    // Listed out of time order on purpose: segments follow time, not list order.
    ev({ serviceIds: ['coinbase'], timeUtc: t('10:50'), state: 'resolved' }),
    ev({ serviceIds: ['coinbase'], timeUtc: t('10:20'), state: 'major_outage' }),
    ev({ serviceIds: ['coinbase'], timeUtc: null, state: 'degraded' }),
    ev({ serviceIds: ['okx'], timeUtc: t('10:30'), state: 'degraded', timeApproximate: true }),
    ev({ serviceIds: ['okx'], timeUtc: t('10:40'), state: 'operational' }),
    ev({ serviceIds: ['arbitrum-one', 'op-mainnet'], timeUtc: null, state: 'degraded' }),
    ev({ serviceIds: ['ethereum'], timeUtc: null, state: 'operational', cloudLink: 'none' }),
    ev({ serviceIds: ['bitcoin'], timeUtc: t('10:30'), state: 'operational', cloudLink: 'none' }),
    ev({ serviceIds: ['metamask'], timeUtc: null, state: 'degraded' }),
    ev({ serviceIds: [], timeUtc: t('11:30'), state: 'degraded' }),
    ev({ serviceIds: ['ethereum'], timeUtc: null, state: 'unknown', claimOnly: true, cloudLink: 'none' }),
  ],
};

describe('blastRadius on a hand-made incident', () => {
  const br = blastRadius(INCIDENT, categoryOf);
  const svc = (id: string) => br.services.find((s) => s.serviceId === id)!;
  const group = (c: string) => br.groups.find((g) => g.category === c)!;

  it('uses the latest end bound as the window end', () => {
    expect(br.window).toEqual({ startUtc: t('10:00'), endUtc: t('12:00'), latestEndUtc: t('12:30') });
  });

  it('cuts a service into segments from each timed event to its next one', () => {
    const aws = svc('aws');
    expect(aws.segments.map((s) => [s.state, s.startUtc, s.endUtc])).toEqual([
      ['major_outage', t('10:00'), t('11:00')],
      ['degraded', t('11:00'), t('12:00')],
      ['resolved', t('12:00'), null],
    ]);
    expect(aws.impact).toEqual({ minMinutes: 120, maxMinutes: 120, maxAssumesWindow: false, approximate: false });
    expect(aws.worstState).toBe('major_outage');
    expect(aws.firstAffectedUtc).toBe(t('10:00'));
  });

  it('orders segments by time, not by list order', () => {
    expect(svc('coinbase').segments.map((s) => s.startUtc)).toEqual([t('10:20'), t('10:50')]);
  });

  it('leaves an open segment with an unknown minimum and a window-bounded maximum', () => {
    const b = svc('binance');
    expect(b.segments[0]).toMatchObject({ endUtc: null, openUntilUtc: t('12:30') });
    expect(b.impact).toEqual({ minMinutes: null, maxMinutes: 135, maxAssumesWindow: true, approximate: true });
  });

  it('shows untimed events as notes, never as segments', () => {
    const k = svc('kucoin');
    expect(k.segments).toEqual([]);
    expect(k.untimed).toHaveLength(1);
    expect(k.affected).toBe(true);
    expect(k.impact.minMinutes).toBeNull();
    expect(k.impact.maxMinutes).toBeNull();
    expect(k.firstAffectedUtc).toBeNull();
  });

  it('keeps a known minimum but no maximum when an untimed failure may lie outside the segments', () => {
    expect(svc('coinbase').impact).toMatchObject({ minMinutes: 30, maxMinutes: null });
  });

  it('marks durations that rest on an approximate time', () => {
    expect(svc('okx').impact).toEqual({ minMinutes: 10, maxMinutes: 10, maxAssumesWindow: false, approximate: true });
  });

  it('gives one segment per service for an event naming several', () => {
    expect(svc('arbitrum-one').untimed[0]!.eventId).toBe(svc('op-mainnet').untimed[0]!.eventId);
  });

  it('counts each group with its uncertainty', () => {
    expect(group('exchange')).toMatchObject({
      serviceIds: ['binance', 'kucoin', 'coinbase', 'okx'],
      affectedIds: ['binance', 'kucoin', 'coinbase', 'okx'],
      affectedCount: 4,
      timedCount: 3,
      untimedOnlyCount: 1,
      durationUnknownCount: 2,
      longest: { minMinutes: 30, maxMinutes: 135, maxAssumesWindow: true, approximate: true },
    });
    expect(group('l2')).toMatchObject({
      affectedCount: 2,
      timedCount: 0,
      untimedOnlyCount: 2,
      durationUnknownCount: 2,
      longest: { minMinutes: null, maxMinutes: null },
    });
    expect(group('cloud')).toMatchObject({ affectedCount: 1, longest: { minMinutes: 120, maxMinutes: 120 } });
    expect(group('l1')).toMatchObject({ affectedCount: 0, keptWorkingIds: ['ethereum', 'bitcoin'] });
    expect(group('other')).toMatchObject({ serviceIds: ['metamask'], affectedCount: 1 });
    expect(br.groups.map((g) => g.category)).toEqual(['cloud', 'exchange', 'l2', 'l1', 'other']);
  });

  it('keeps aggregate rows on the incident and claims out of every count', () => {
    expect(br.incidentEvents.map((e) => e.serviceIds)).toEqual([[]]);
    expect(br.claims).toHaveLength(1);
    expect(svc('ethereum').worstState).toBe('operational');
    expect(svc('ethereum').untimed).toHaveLength(1);
  });

  it('lists the L1 chains that kept producing blocks', () => {
    expect(l1KeptProducing(INCIDENT, categoryOf).map((k) => [k.serviceId, k.timeUtc])).toEqual([
      ['ethereum', null],
      ['bitcoin', t('10:30')],
    ]);
  });
});

describe('blastRadius on the published incidents', () => {
  it('20 October 2025: AWS degraded or worse for 14 h 32 min; L1s kept producing blocks', () => {
    const oct = findPastIncident('aws-us-east-1-2025-10-20')!;
    const br = blastRadius(oct, categoryOf);
    const aws = br.services.find((s) => s.serviceId === 'aws')!;
    expect(aws.impact).toMatchObject({ minMinutes: 872, maxMinutes: 872, approximate: false });
    expect(l1KeptProducing(oct, categoryOf).map((k) => k.serviceId)).toEqual(['ethereum', 'bitcoin', 'solana']);
    // Base is named as degraded (app) and operational (chain): it is affected, and not an L1.
    expect(br.services.find((s) => s.serviceId === 'base')!.affected).toBe(true);
    expect(br.claims.map((c) => c.id)).toEqual(['event-2025-10-20-untimed-ethereum-claim']);
  });

  it('15 April 2025: AWS impact of 63 minutes; the sector row stays on the incident', () => {
    const apr = findPastIncident('aws-ap-northeast-1-2025-04-15')!;
    const br = blastRadius(apr, categoryOf);
    expect(br.services.find((s) => s.serviceId === 'aws')!.impact).toMatchObject({ minMinutes: 63, maxMinutes: 63 });
    expect(br.incidentEvents.map((e) => e.id)).toEqual(['event-2025-04-15t0930-sector']);
    expect(l1KeptProducing(apr, categoryOf)).toEqual([]);
  });

  it('7 May 2026: Coinbase from 23:48 UTC to its last backlog cleared at 18:00 UTC (facts version 2 closes the span)', () => {
    const may = findPastIncident('aws-us-east-1-2026-05-07')!;
    const cb = blastRadius(may, categoryOf).services.find((s) => s.serviceId === 'coinbase')!;
    expect(cb.impact).toEqual({ minMinutes: 1092, maxMinutes: 1092, maxAssumesWindow: false, approximate: false });
  });
});
