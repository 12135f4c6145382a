// The exposure map's components, rendered in both languages from a view built by the real logic: the
// region sections answer "what would be hit", a CDN is never a region, unmeasured endpoints say so, and
// the range dates are shown.
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { EndpointOrigins } from '@/components/exposure/endpoint-origins';
import { ExposureMatrix } from '@/components/exposure/exposure-matrix';
import { RangeDates } from '@/components/exposure/range-dates';
import { RegionImpact } from '@/components/exposure/region-impact';
import { catalogSchema } from '@/lib/catalog/schema';
import { buildExposure } from '@/lib/exposure/exposure';
import { createAddressMapper, type MapperFeed } from '@/lib/exposure/map-address';
import { formats, SERVER_TIME_ZONE } from '@/lib/i18n/formats';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';

const SOURCE = 'https://news.example.com/aws-outage';
const catalog = catalogSchema.parse({
  version: 1,
  services: [
    {
      id: 'coinbase',
      name: { ar: 'كوينبيس', en: 'Coinbase' },
      shortName: 'Coinbase',
      category: 'exchange',
      website: 'https://www.coinbase.com',
      monitored: true,
      cloudDependencies: [{ provider: 'AWS', region: 'us-east-1', source: SOURCE }],
      monitors: [{ id: 'coinbase-api', kind: 'http', operator: 'coinbase', role: 'access', url: 'https://api.coinbase.com/v2/time' }],
    },
    {
      id: 'kraken',
      name: { ar: 'كراكن', en: 'Kraken' },
      shortName: 'Kraken',
      category: 'exchange',
      website: 'https://www.kraken.com',
      monitored: true,
      monitors: [
        { id: 'kraken-api', kind: 'http', operator: 'kraken', role: 'access', url: 'https://api.kraken.com/0/public/Time' },
        { id: 'kraken-status', kind: 'statuspage', operator: 'kraken', role: 'reported', url: 'https://status.kraken.com/api/v2/summary.json' },
      ],
    },
  ],
});
const feeds: MapperFeed[] = [
  { id: 'aws', dataDate: '2025-07-24', refreshUrls: ['https://ip-ranges.amazonaws.com/ip-ranges.json'], providers: [{ id: 'aws', name: 'AWS', kind: 'cloud', groups: [{ region: 'us-east-1', prefixes: ['3.80.0.0/12'] }] }] },
  { id: 'cloudflare', dataDate: '2024-10-29', refreshUrls: null, providers: [{ id: 'cloudflare', name: 'Cloudflare', kind: 'cdn', groups: [{ region: null, prefixes: ['104.16.0.0/13'] }] }] },
];
const T = Date.UTC(2026, 4, 7, 12, 0, 0);
const view = buildExposure({
  catalog,
  observations: [
    { serviceId: 'coinbase', monitorId: 'coinbase-api', vantage: 'fra', address: '3.80.1.1', measuredAt: T },
    { serviceId: 'kraken', monitorId: 'kraken-api', vantage: 'fra', address: '104.16.1.1', measuredAt: T },
  ],
  map: createAddressMapper(feeds),
  feeds: feeds.map((f) => ({ ...f, origin: 'snapshot' as const })),
  windowHours: 6,
});

function render(locale: 'ar' | 'en', element: ReactElement): string {
  return renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, messages: locale === 'ar' ? ar : en, formats, timeZone: SERVER_TIME_ZONE, children: element }));
}
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('the exposure components', () => {
  it.each([
    ['en', 'If AWS in region us-east-1 failed', 'Behind Cloudflare', 'Stated and measured', 'Source: news.example.com'],
    ['ar', 'لو تعطّلت AWS في المنطقة us-east-1', 'خلف Cloudflare', 'مذكور ومَقيس', 'المصدر: news.example.com'],
  ] as const)('%s: each region lists its services, labelled, with the source; a CDN is its own section', (locale, heading, cdn, both, source) => {
    const html = render(locale, createElement(RegionImpact, { view }));
    expect(text(html)).toContain(heading);
    expect(text(html)).toContain(cdn);
    expect(text(html)).toContain(both);
    expect(text(html)).toContain(source);
    expect(html).toContain('<bdi dir="ltr">us-east-1</bdi>');
    expect(html).toContain('<bdi>AWS</bdi>');
    expect(html).not.toMatch(/undefined|exposure\./);
  });

  it.each([
    ['en', 'Behind Cloudflare: origin not visible', 'AWS, region us-east-1', 'Not measured yet: no address recorded in the last 6 hours', '(ranges as of July 24, 2025)'],
    ['ar', 'خلف Cloudflare: الأصل غير ظاهر', 'AWS، المنطقة us-east-1', 'لم يُقَس بعد: لم يُسجَّل أي عنوان خلال آخر 6 ساعات', '(نطاقات بتاريخ 24 يوليو 2025)'],
  ] as const)('%s: every endpoint says where it answered from, when, with the range date, or that it is not measured', (locale, cdn, cloud, notMeasured, date) => {
    const kraken = render(locale, createElement(EndpointOrigins, { endpoints: view.services[1]!.endpoints, windowHours: 6 }));
    expect(text(kraken)).toContain(cdn);
    expect(text(kraken)).toContain(notMeasured);
    const coinbase = render(locale, createElement(EndpointOrigins, { endpoints: view.services[0]!.endpoints, windowHours: 6 }));
    expect(text(coinbase)).toContain(cloud);
    expect(text(coinbase)).toContain(date);
    expect(coinbase).toContain('dateTime="2026-05-07T12:00:00.000Z"');
  });

  it('the matrix has a row per service with something known and a column per provider and region', () => {
    const html = render('en', createElement(ExposureMatrix, { view }));
    expect(html.match(/<tr /g)?.length).toBe(3);
    expect(text(html)).toContain('AWS in region us-east-1');
    expect(html).toContain('data-basis="both"');
    expect(html).toContain('data-basis="cdn"');
  });

  it('the range dates name each feed, its date, and whether it can be refreshed', () => {
    const html = text(render('en', createElement(RangeDates, { feeds: view.feeds })));
    expect(html).toContain('AWS: snapshot of July 24, 2025, refreshed from the provider');
    expect(html).toContain('Cloudflare: snapshot of October 29, 2024, with no fixed address');
  });
});
