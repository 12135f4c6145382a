// The "announced maintenance" block in both languages: when (both ends, each with its zone), in whose words
// (an Arabic-only text said so in English; a company's English words said to be the company's in Arabic),
// who announced it, the services linked in the page's language; nothing at all without windows. Rendered
// without any provider of client-side navigation: the desk shows the same block and has none.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'use-intl';
import { describe, expect, it } from 'vitest';
import { MaintenanceAhead } from '@/components/maintenance/maintenance-ahead';
import { formats, SERVER_TIME_ZONE } from '@/lib/i18n/formats';
import type { Locale } from '@/lib/i18n/routing';
import type { MaintenanceView } from '@/lib/view-types';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';

const kraken = { id: 'kraken', name: { ar: 'Kraken', en: 'Kraken' }, shortName: 'Kraken', category: 'exchange' as const };
const editor: MaintenanceView = {
  id: 'mw-20261206-abc123', source: 'editor', company: null, services: [kraken],
  startUtc: '2026-12-07T02:00:00.000Z', endUtc: '2026-12-07T04:00:00.000Z', announcedUtc: '2026-12-06T10:00:00.000Z', updatedUtc: '2026-12-06T10:00:00.000Z',
  cancelledUtc: null, phase: 'scheduled', description: { ar: 'ترقية محرك المطابقة <b>الآن</b>', en: null }, sourceUrl: null,
};
const company: MaintenanceView = {
  ...editor, id: 'sp-coinbase-x', source: 'company', company: 'Coinbase', phase: 'in_progress',
  services: [{ id: 'coinbase', name: { ar: 'Coinbase', en: 'Coinbase' }, shortName: 'Coinbase', category: 'exchange' }],
  description: { ar: null, en: 'Database upgrade' }, sourceUrl: 'https://status.coinbase.com/incidents/x',
};

function render(locale: Locale, items: MaintenanceView[], showServices = true): string {
  return renderToStaticMarkup(
    createElement(IntlProvider, { locale, messages: locale === 'ar' ? ar : en, formats, timeZone: SERVER_TIME_ZONE, children: createElement(MaintenanceAhead, { items, showServices }) }),
  );
}
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'");

describe('MaintenanceAhead', () => {
  it('renders nothing without windows', () => {
    expect(render('ar', [])).toBe('');
  });

  it('in Arabic: the phase, the services linked, both ends with their zone, the editor\'s text as text, who announced it', () => {
    const html = render('ar', [editor, company]);
    const t = text(html);
    expect(t).toContain('صيانة معلنة مسبقًا');
    expect(t).toContain('مجدولة');
    expect(t).toContain('جارية الآن');
    expect(html).toContain('href="/services/kraken"');
    expect(html.match(/<time dateTime="2026-12-07T0[24]:00:00.000Z"/g)).toHaveLength(4);
    expect(t).toMatch(/UTC.*إلى.*UTC/);
    expect(html).toContain('&lt;b&gt;الآن&lt;/b&gt;');
    expect(t).toContain('أعلنها محررو مرصد في');
    // The company's own English words, said to be the company's, in a paragraph of their own direction.
    expect(t).toContain('بكلمات الشركة:');
    expect(html).toContain('<p lang="en" dir="auto" class="whitespace-pre-line">Database upgrade</p>');
    expect(t).toContain('أعلنتها Coinbase على صفحة حالتها في');
    expect(html).toContain('href="https://status.coinbase.com/incidents/x" rel="nofollow noopener noreferrer"');
  });

  it('in English: the Arabic-only text said so, the links under /en, announced by Marsad\'s editors', () => {
    const html = render('en', [editor]);
    const t = text(html);
    expect(t).toContain('Announced maintenance');
    expect(t).toContain('In Arabic only:');
    expect(html).toContain('<p lang="ar" dir="auto"');
    expect(html).toContain('href="/en/services/kraken"');
    expect(t).toContain("Announced by Marsad's editors on");
  });

  it('on a service\'s own page: no service names, the phase beside the window', () => {
    const html = render('en', [editor], false);
    expect(html).not.toContain('/services/');
    expect(text(html)).toContain('ScheduledFrom');
  });
});
