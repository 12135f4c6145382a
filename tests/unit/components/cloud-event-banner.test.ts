// The home banner's sentence for a cloud-outage event, in Arabic and English: the count with real plural
// rules, the cloud's word (not acknowledged / reported / resolved), the layer-1 chains that keep producing
// blocks, names isolated, and a link to the event's page.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import { CloudEventBanner } from '@/components/status/cloud-event-banner';
import { formats, SERVER_TIME_ZONE } from '@/lib/i18n/formats';
import type { CloudEventSummary } from '@/lib/view-types';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';

// The locale-aware Link needs Next's router; a plain anchor with the same href is what the test reads.
vi.mock('@/lib/i18n/navigation', async () => {
  const { createElement: h } = await import('react');
  return { Link: ({ href, children, ...rest }: { href: string; children: unknown }) => h('a', { href, ...rest }, children as never) };
});

const svc = (id: string) => ({ id, shortName: id[0]!.toUpperCase() + id.slice(1), name: { ar: id, en: id } });
const base: CloudEventSummary = {
  slug: 'aws-us-east-1-2025-10-20-0650', provider: 'AWS', region: 'us-east-1', startUtc: '2025-10-20T06:50:00.000Z', endUtc: null, trigger: 'correlated_failures',
  failing: ['coinbase', 'infura', 'robinhood', 'metamask', 'kraken', 'base'].map(svc), memberCount: 6, cloud: 'not_reported', acknowledgedUtc: null,
  vendorLag: { kind: 'pending' }, keptProducing: { l1: ['bitcoin', 'ethereum', 'solana'].map(svc), l2: [] }, stalled: [],
};

function render(locale: 'ar' | 'en', event: CloudEventSummary): string {
  const html = renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, messages: locale === 'ar' ? ar : en, formats, timeZone: SERVER_TIME_ZONE, children: createElement(CloudEventBanner, { event }) }));
  expect(html).toContain(`/incidents/${event.slug}`);
  return html.replace(/<[^>]+>/g, '');
}

describe('the cloud-outage event banner', () => {
  it.each([
    { locale: 'en' as const, event: base, text: '6 services that run on AWS us-east-1 are failing; AWS has not reported an incident yet; Bitcoin, Ethereum, and Solana keep producing blocks.' },
    { locale: 'ar' as const, event: base, text: '6 خدمات تعمل على AWS us-east-1 تتعطّل الآن، ولم تُعلن AWS عن أي حادثة حتى الآن، وتواصل Bitcoin وEthereum وSolana إنتاج الكتل.' },
    { locale: 'ar' as const, event: { ...base, failing: base.failing.slice(0, 2), cloud: 'reported' as const }, text: 'خدمتان تعملان على AWS us-east-1 تتعطّلان الآن، وAWS تُعلن حادثة في هذه المنطقة، وتواصل Bitcoin وEthereum وSolana إنتاج الكتل.' },
    { locale: 'ar' as const, event: { ...base, failing: base.failing.slice(0, 1), keptProducing: { l1: [], l2: [] } }, text: 'خدمة واحدة تعمل على AWS us-east-1 تتعطّل الآن، ولم تُعلن AWS عن أي حادثة حتى الآن.' },
    { locale: 'ar' as const, event: { ...base, failing: base.failing.concat(base.failing, base.failing.slice(0, 5)) }, text: '17 خدمة تعمل على AWS us-east-1 تتعطّل الآن' },
    { locale: 'en' as const, event: { ...base, failing: [], cloud: 'resolved' as const, keptProducing: { l1: [svc('bitcoin')], l2: [] } }, text: 'The services that run on AWS us-east-1 and failed together have recovered; AWS has reported the incident resolved; Bitcoin keeps producing blocks.' },
    { locale: 'en' as const, event: { ...base, keptProducing: { l1: [svc('bitcoin')], l2: [] }, stalled: [svc('solana')] }, text: 'Bitcoin keeps producing blocks; block production stalled on Solana.' },
  ])('$locale: $text', ({ locale, event, text }) => {
    expect(render(locale, event)).toContain(text);
  });

  it('never says "caused by"', () => {
    for (const locale of ['ar', 'en'] as const) expect(render(locale, { ...base, cloud: 'reported' })).not.toMatch(/caused|بسبب/i);
  });
});
