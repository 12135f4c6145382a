// The about page's methodology (components/about/methodology.tsx) states version 1.1's and 1.2's changes with their
// evidence, in Arabic and in English: post-only and OKX pre-open as a halt, production-only maintenance, the
// declared-state/trades disagreement rule, the Statuspage component map, and the AWS title prefixes.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { Methodology, type MethodologyFacts } from '@/components/about/methodology';
import { CATEGORIES, PROBE_KINDS, type ProbeKind } from '@/lib/catalog';
import { METHODOLOGY_VERSION } from '@/lib/incidents/methodology';
import { formats, SERVER_TIME_ZONE } from '@/lib/i18n/formats';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';

const facts: MethodologyFacts = {
  version: METHODOLOGY_VERSION,
  failThreshold: 3,
  recoverThreshold: 2,
  majorMinVantages: 2,
  regionalAfterSec: 300,
  staleAfterIntervals: 3,
  guardWindowSec: 60,
  guardMinOperators: 3,
  reopenWindowSec: 900,
  stallRounds: 2,
  safeUsualFactor: 3,
  lagMaxBlocks: 2,
  lagMaxSec: 15,
  clockSkewSec: 10,
  tradeFreshSec: 60,
  tradeHaltSec: 300,
  ackDeadlineSec: 86_400,
  partialWeight: 0.3,
  minCoverage: 0.9,
  uptimeDecimals: 2,
  rawRetentionDays: 14,
  defaultTimeoutMs: 10_000,
  defaultMaxBytes: 1_000_000,
  livenessIntervalSec: 30,
  reportedIntervalSec: 60,
  probeCounts: Object.fromEntries(PROBE_KINDS.map((k) => [k, 1])) as Record<ProbeKind, number>,
  services: 1,
  monitoredServices: 1,
  categories: CATEGORIES,
  operators: ['test'],
  chains: [],
  api: { status: '/api/status', incidents: '/api/incidents', incidentJson: '/api/incidents/<slug>.json', incidentCsv: '/api/incidents/<slug>.csv' },
  cloudEvents: { minServices: 3, windowSec: 600, quietSec: 1800, rejoinSec: 900 },
};

/** The page's text, without markup (BidiText wraps runs in <bdi>; the words stay the same). */
function render(locale: 'ar' | 'en'): string {
  const messages = locale === 'ar' ? ar : en;
  const page = createElement(Methodology, { facts });
  const html = renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, messages, formats, timeZone: SERVER_TIME_ZONE, children: page }));
  expect(html).toContain('id="changes"');
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('methodology page, version 1.2', () => {
  it('is version 1.4 (1.3: events resting only on secondary sources or copies are not counted as services hit; 1.4: a dismissed detection\'s failing time is unknown time)', () => {
    expect(METHODOLOGY_VERSION).toBe('1.4');
  });

  it.each([
    { locale: 'ar' as const, says: ['3 خدمات على الأقل', 'في غضون 10 دقائق', 'بعد 30 دقيقة', 'في غضون 15 دقيقة', '«تزامنت»', 'قيم افتراضية اخترناها'] },
    { locale: 'en' as const, says: ['at least 3 services', 'within 10 minutes', 'after 30 minutes', 'within 15 minutes', 'coincided with', 'defaults we chose, not measurements'] },
  ])('$locale: the cloud-outage event rules are published with their numbers and where each comes from, and 1.2 is listed as a change', ({ locale, says }) => {
    const text = render(locale);
    const messages = locale === 'ar' ? ar : en;
    expect(text).toContain(messages.about.cloudEvents.title);
    for (const phrase of says) expect(text).toContain(phrase);
    expect(text).toContain(messages.about.changes.points.cloudEvents);
    expect(text).not.toMatch(/\{(eventServices|window|quiet|rejoin|ackDeadline)\}/);
  });

  it.each(['ar', 'en'] as const)('%s: a "changes" section lists every 1.1 change, each citing its evidence', (locale) => {
    const text = render(locale);
    const messages = locale === 'ar' ? ar : en;
    expect(text).toContain(messages.about.changes.title);
    for (const point of Object.values(messages.about.changes.points)) expect(text).toContain(point);
    // The vendors' own words, quoted as evidence (English quotes them as written; Arabic translates and names the source).
    if (locale === 'en') {
      expect(text).toContain('No orders will be matched when post_only mode is active');
      expect(text).toContain('No order matching will occur');
    } else {
      expect(text).toContain('Coinbase Exchange');
      expect(text).toContain('Kraken');
    }
    expect(text).toContain('PayPal Billing Issues');
    expect(text).toContain('Service impact:');
  });

  it.each(['ar', 'en'] as const)('%s: the exchange rules say post-only is a halt, and the disagreement rule with its threshold', (locale) => {
    const text = render(locale);
    const messages = locale === 'ar' ? ar : en;
    expect(text).toContain(messages.about.exchanges.points.production);
    expect(text).toContain(locale === 'en' ? 'traded within the last 1 minute' : 'خلال آخر دقيقة واحدة');
    expect(messages.about.exchanges.points.declared).toMatch(locale === 'en' ? /post-only\./ : /post-only/);
  });

  it('Arabic comes first and is its own text, not the English one', () => {
    expect(ar.about.changes.title).not.toBe(en.about.changes.title);
    expect(ar.reason.declared_state_mismatch).toMatch(/[\u0600-\u06ff]/);
  });
});
