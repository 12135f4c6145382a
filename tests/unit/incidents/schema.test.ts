// The zod schemas refuse what a journalist must never see: unknown services, one-sided disagreements,
// approximate times with no time, missing sources.
import { describe, expect, it } from 'vitest';
import { buildEvents, defineIncident, eventAnchorBase, type IncidentInput } from '@/lib/incidents/build';
import { PAST_INCIDENTS } from '@/lib/incidents/past';
import { incidentEventSchema, pastIncidentSchema, siteName, sourceLink } from '@/lib/incidents/types';

const goodEvent = {
  id: 'event-2025-10-20t0648-aws',
  timeUtc: '2025-10-20T06:48:00Z',
  state: 'major_outage',
  serviceIds: ['aws'],
  serviceLabel: 'AWS',
  summary: { ar: 'نص', en: 'text' },
  source: 'https://aws.amazon.com/message/101925/',
  extraSources: [],
  confidence: 'high',
  provenance: 'reported',
  cloudLink: 'cloud_itself',
};

describe('incidentEventSchema', () => {
  it('accepts a well-formed event', () => {
    expect(incidentEventSchema.safeParse(goodEvent).success).toBe(true);
  });
  it.each([
    ['an id outside the catalog', { serviceIds: ['aws-east'] }],
    ['a missing source', { source: undefined }],
    ['a source that is not a link', { source: 'AWS post-event summary' }],
    ['a time that is not UTC ISO', { timeUtc: '2025-10-20 06:48' }],
    ['an approximate flag with no time', { timeUtc: null, timeApproximate: true }],
    ['an empty Arabic summary', { summary: { ar: ' ', en: 'text' } }],
    ['a measured provenance (past events are never measured)', { provenance: 'measured' }],
    ['a state outside the vocabulary', { state: 'down' }],
    ['a bad anchor id', { id: 'aws-0648' }],
    ['an unknown field', { title: 'AWS outage' }],
    ['a repeated service id', { serviceIds: ['aws', 'aws'] }],
  ])('refuses %s', (_label, patch) => {
    expect(incidentEventSchema.safeParse({ ...goodEvent, ...patch }).success).toBe(false);
  });
  it('allows an untimed event', () => {
    expect(incidentEventSchema.safeParse({ ...goodEvent, id: 'event-2025-10-20-untimed-aws', timeUtc: null }).success).toBe(true);
  });
});

describe('pastIncidentSchema', () => {
  const base = PAST_INCIDENTS.find((i) => i.slug === 'aws-us-east-1-2025-10-20')!;

  it('accepts the published incidents as they are', () => {
    for (const inc of PAST_INCIDENTS) expect(pastIncidentSchema.safeParse(inc).success).toBe(true);
  });
  it('refuses a disagreement that shows only one figure', () => {
    const d = base.disagreements[0]!;
    const broken = { ...base, disagreements: [{ ...d, figures: [d.figures[0]] }] };
    expect(pastIncidentSchema.safeParse(broken).success).toBe(false);
  });
  it('refuses repeated event ids', () => {
    const broken = { ...base, events: [base.events[0], base.events[0]] };
    expect(pastIncidentSchema.safeParse(broken).success).toBe(false);
  });
  it('refuses an unknown end without a note', () => {
    const { endNote: _drop, ...rest } = base;
    expect(pastIncidentSchema.safeParse({ ...rest, endUtc: null }).success).toBe(false);
  });
  it('refuses an incident without sources', () => {
    expect(pastIncidentSchema.safeParse({ ...base, sources: [] }).success).toBe(false);
  });
});

describe('anchor ids', () => {
  it('derive from the UTC time and the services', () => {
    expect(eventAnchorBase('2025-10-20T06:48:00Z', { timeUtc: '2025-10-20T06:48:00Z', serviceIds: ['aws'] })).toBe(
      'event-2025-10-20t0648-aws',
    );
    expect(eventAnchorBase('2025-10-20T06:48:00Z', { timeUtc: null, serviceIds: ['rabby', 'debank'] })).toBe(
      'event-2025-10-20-untimed-rabby-debank',
    );
    expect(eventAnchorBase('2025-04-15T07:40:00Z', { timeUtc: '2025-04-15T09:30:00Z', serviceIds: [] })).toBe(
      'event-2025-04-15t0930-sector',
    );
    expect(eventAnchorBase('2025-10-20T06:48:00Z', { timeUtc: null, serviceIds: ['ethereum'], claimOnly: true })).toBe(
      'event-2025-10-20-untimed-ethereum-claim',
    );
  });
  it('number repeats in order of appearance, the same way every time', () => {
    const input = {
      service: 'Binance',
      timeUtc: null,
      state: 'degraded' as const,
      summary: { ar: 'نص', en: 'text' },
      source: 'https://buycrypto.news/crypto-exchanges-binance-and-kucoin-disrupted-by-aws-outage-services-now-recovering',
      confidence: 'medium' as const,
      provenance: 'reconstructed' as const,
      cloudLink: 'coincided' as const,
    };
    const once = buildEvents('2025-04-15T07:40:00Z', [input, input, input]).map((e) => e.id);
    const twice = buildEvents('2025-04-15T07:40:00Z', [input, input, input]).map((e) => e.id);
    expect(once).toEqual(['event-2025-04-15-untimed-binance', 'event-2025-04-15-untimed-binance-2', 'event-2025-04-15-untimed-binance-3']);
    expect(twice).toEqual(once);
  });
});

describe('defineIncident', () => {
  it('throws a readable error naming the incident when the data is wrong', () => {
    const bad: IncidentInput = {
      slug: 'bad-incident',
      factsId: 'bad',
      provider: 'AWS',
      region: 'us-east-1',
      title: { ar: 'عنوان', en: 'Title' },
      summary: { ar: 'ملخص', en: 'Summary' },
      rootCause: { ar: 'سبب', en: 'Cause' },
      rootCauseConfidence: 'high',
      rootCauseSources: [],
      phase: 'resolved',
      startUtc: '2025-10-20T06:48:00Z',
      endUtc: '2025-10-20T05:00:00Z',
      durationNote: { ar: 'مدة', en: 'Duration' },
      phases: [],
      events: [
        {
          service: 'AWS',
          timeUtc: '2025-10-20T06:48:00Z',
          state: 'major_outage',
          summary: { ar: 'نص', en: 'text' },
          source: 'https://aws.amazon.com/message/101925/',
          confidence: 'high',
          provenance: 'reported',
          cloudLink: 'cloud_itself',
        },
      ],
      disagreements: [],
      sources: ['https://aws.amazon.com/message/101925/'],
      corrections: [],
      lastUpdated: '2026-11-24',
      inScope: true,
    };
    expect(() => defineIncident(bad)).toThrow(/bad-incident[\s\S]*ends before it starts/);
  });
});

describe('siteName', () => {
  it('gives the host without www., never a title', () => {
    expect(siteName('https://www.pymnts.com/cryptocurrency/2025/x/')).toBe('pymnts.com');
    expect(siteName('https://aws.amazon.com/message/101925/')).toBe('aws.amazon.com');
    expect(siteName('https://zbattle.co/a/?amp=1')).toBe('zbattle.co');
    expect(siteName('https://WWW.Example.COM/')).toBe('example.com');
    expect(siteName('not a url')).toBe('not a url');
    expect(sourceLink('https://rekt.news/es/we-have-centralization-issue')).toEqual({
      url: 'https://rekt.news/es/we-have-centralization-issue',
      site: 'rekt.news',
    });
  });
});
