// The blocks of a detected incident's page, rendered in both languages: what Marsad measured (± one
// check interval, the vendor lag as a range, or "not yet"), a cloud-outage event (why it opened, "not
// acknowledged by <cloud>" until the cloud speaks, members with how their dependency is known and their
// measured durations, the chains that kept producing blocks, "coincided", never "caused"), and the link
// from a member's own incident to the event.
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { CloudEventFacts, PartOfCloudEvent } from '@/components/incidents/cloud-event-facts';
import { MeasuredFacts } from '@/components/incidents/measured-facts';
import { formats, SERVER_TIME_ZONE } from '@/lib/i18n/formats';
import type { CloudEventDetail, MeasuredFacts as Facts } from '@/lib/view-types';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';

function render(locale: 'ar' | 'en', element: ReactElement): string {
  const html = renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, messages: locale === 'ar' ? ar : en, formats, timeZone: SERVER_TIME_ZONE, children: element }));
  return html.replace(/<[^>]+>/g, '');
}

const coinbase = { id: 'coinbase', shortName: 'Coinbase', name: { ar: 'Coinbase', en: 'Coinbase' } };
const event = (cloud: CloudEventDetail['cloud']): CloudEventDetail => ({
  slug: 'aws-us-east-1-2026-12-06-1040',
  provider: 'AWS',
  region: 'us-east-1',
  startUtc: '2026-12-06T10:40:00.000Z',
  endUtc: null,
  trigger: 'correlated_failures',
  failing: [coinbase],
  memberCount: 2,
  cloud,
  acknowledgedUtc: cloud === 'not_reported' ? null : { earliest: '2026-12-06T10:44:00.000Z', latest: '2026-12-06T10:47:00.000Z' },
  vendorLag: cloud === 'not_reported' ? { kind: 'pending' } : { kind: 'acknowledged', minSec: 240, maxSec: 420 },
  keptProducing: { l1: [{ id: 'bitcoin', shortName: 'Bitcoin', name: { ar: 'Bitcoin', en: 'Bitcoin' } }, { id: 'ethereum', shortName: 'Ethereum', name: { ar: 'Ethereum', en: 'Ethereum' } }], l2: [] },
  stalled: [],
  members: [
    { ...coinbase, basis: ['stated'], source: 'https://news.example.com/a', measuredUtc: null, failedUtc: '2026-12-06T10:40:00.000Z', recoveredUtc: null, worstStatus: 'major_outage', incidentSlugs: ['coinbase-2026-12-06-1040'], spells: [] },
    { id: 'kraken', shortName: 'Kraken', name: { ar: 'Kraken', en: 'Kraken' }, basis: ['measured'], source: null, measuredUtc: '2026-12-06T10:00:00.000Z', failedUtc: '2026-12-06T10:41:00.000Z', recoveredUtc: '2026-12-06T11:13:00.000Z', worstStatus: 'partial_outage', incidentSlugs: [], spells: [] },
  ],
  cloudServiceId: 'aws',
  cloudIncidentIds: [],
  cloudIncidentUrl: null,
  cloudResolvedUtc: null,
  closedUtc: null,
  settings: { minServices: 3, windowSec: 600, quietSec: 1800, rejoinSec: 900 },
});

describe('a cloud-outage event page block', () => {
  it('says "not acknowledged" until the cloud reports, then the lag as a range', () => {
    const before = render('en', createElement(CloudEventFacts, { event: event('not_reported') }));
    expect(before).toContain('Not acknowledged by AWS');
    expect(before).toContain('3 services that run on AWS us-east-1 failed within 10 minutes');
    const after = render('en', createElement(CloudEventFacts, { event: event('reported') }));
    expect(after).not.toContain('Not acknowledged');
    expect(after).toContain('between 4 minutes and 7 minutes after the first failure');
  });

  it('lists members with their basis and measured durations, the chains that kept producing, and never says "caused"', () => {
    for (const locale of ['ar', 'en'] as const) {
      const html = render(locale, createElement(CloudEventFacts, { event: event('not_reported') }));
      expect(html).toContain('Coinbase');
      expect(html).toContain('Kraken');
      expect(html).toContain('Bitcoin');
    }
    const en = render('en', createElement(CloudEventFacts, { event: event('not_reported') }));
    expect(en).toContain('failed for 32 minutes');
    expect(en).toContain('still failing');
    expect(en).toContain('(stated)');
    expect(en).toContain('(measured)');
    expect(en).toContain('Layer-1 chains kept producing blocks: Bitcoin and Ethereum.');
    expect(en).toContain('coincided');
    expect(en).not.toMatch(/\bcaused by\b/);
    expect(render('ar', createElement(CloudEventFacts, { event: event('not_reported') }))).toContain('لم تُعلن AWS عن حادثة بعد');
  });

  it('in Arabic, each chain name is isolated on its own, so the list reads from the start of the line', () => {
    const html = renderToStaticMarkup(createElement(NextIntlClientProvider, { locale: 'ar', messages: ar, formats, timeZone: SERVER_TIME_ZONE, children: createElement(CloudEventFacts, { event: event('reported') }) }));
    expect(html).toContain('<bdi>Bitcoin</bdi> و<bdi>Ethereum</bdi>');
  });

  it('a member incident links to its event', () => {
    const html = render('en', createElement(PartOfCloudEvent, { event: event('reported') }));
    expect(html).toContain('This incident is part of a cloud outage on AWS us-east-1');
  });
});

describe("what Marsad measured about one service's incident", () => {
  const facts = (acknowledgement: Facts['acknowledgement']): Facts => ({ serviceId: 'coinbase', precisionSec: 30, worstStatus: 'major_outage', reason: 'trading_halted', reopenCount: 0, acknowledgement });
  it('the precision, and the acknowledgement in each of its four cases', () => {
    expect(render('en', createElement(MeasuredFacts, { facts: facts({ kind: 'pending' }), service: undefined }))).toContain('known to within ± 30 seconds');
    expect(render('en', createElement(MeasuredFacts, { facts: facts({ kind: 'acknowledged', atUtc: '2026-12-06T10:47:00Z', lagMinSec: 240, lagMaxSec: 420 }), service: undefined }))).toContain('between 4 minutes and 7 minutes after');
    expect(render('en', createElement(MeasuredFacts, { facts: facts({ kind: 'acknowledged', atUtc: '2026-12-06T10:39:00Z', lagMinSec: -120, lagMaxSec: -60 }), service: undefined }))).toContain('before Marsad');
    expect(render('en', createElement(MeasuredFacts, { facts: facts({ kind: 'none_within_24h' }), service: undefined }))).toContain('nothing within 24 hours');
    expect(render('ar', createElement(MeasuredFacts, { facts: facts({ kind: 'no_feed' }), service: undefined }))).toContain('لا يقرأ مرصد');
  });
});

describe('the blast radius of a measured event', () => {
  it('speaks of what Marsad measured, not of what sources name', async () => {
    const { BlastRadius } = await import('@/components/incidents/blast-radius');
    const blast = { slug: 'x', window: { startUtc: '2026-12-06T10:40:00Z', endUtc: null, latestEndUtc: null }, groups: [], services: [], incidentEvents: [], claims: [] };
    const props = { blast, services: {}, keptProducing: [], window: { startUtc: '2026-12-06T10:40:00Z', endUtc: '2026-12-06T11:40:00Z' }, provider: 'AWS' };
    const measured = render('en', createElement(BlastRadius, { ...props, measured: true }));
    expect(measured).toContain('Marsad measured');
    expect(measured).not.toContain('The sources name');
    expect(render('en', createElement(BlastRadius, props))).toContain('The sources name');
    expect(render('ar', createElement(BlastRadius, { ...props, measured: true }))).toContain('قاس مرصد');
  });
});
