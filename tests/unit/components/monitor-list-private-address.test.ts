// The service page says why a monitor is not probed when its name resolves to a private address
// ("blocked: private address not allowed"), in Arabic and in English, and says nothing for other monitors.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { MonitorList } from '@/components/status/monitor-list';
import { formats, SERVER_TIME_ZONE } from '@/lib/i18n/formats';
import { monitorSchema } from '@/lib/catalog/schema';
import type { MonitorVantage } from '@/lib/view-types';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';

const monitors = [
  monitorSchema.parse({ id: 'intranet', kind: 'http', url: 'https://status.intranet.example/', operator: 'lab', role: 'access' }),
  monitorSchema.parse({ id: 'public', kind: 'http', url: 'https://example.com/', operator: 'lab', role: 'access' }),
];

const seen = (reason: MonitorVantage['lastReason'], outcome: MonitorVantage['lastOutcome']): MonitorVantage[] => [
  { vantage: 'fra', checks: 10, answered: 0, failures: 0, lastAt: '2026-12-06T12:00:00.000Z', lastOutcome: outcome, lastReason: reason, lastLatencyMs: 0 },
];

function render(locale: 'ar' | 'en') {
  const messages = locale === 'ar' ? ar : en;
  const vantages = { intranet: seen('private_address', 'ineligible'), public: seen(null, 'up') };
  const list = createElement(MonitorList, { monitors, chain: undefined, vantages });
  return renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, messages, formats, timeZone: SERVER_TIME_ZONE, children: list }));
}

function monitorBlock(html: string, id: string): string {
  const start = html.indexOf(`data-monitor="${id}"`);
  const end = html.indexOf('data-monitor=', start + 1);
  return html.slice(start, end === -1 ? undefined : end);
}

describe('MonitorList: a monitor refused for a private address', () => {
  it.each([
    ['en', 'Blocked: private address not allowed'],
    ['ar', 'محجوب: العنوان الخاص غير مسموح به'],
  ] as const)('%s: shows the blocked label on that monitor only', (locale, label) => {
    const html = render(locale);
    expect(monitorBlock(html, 'intranet')).toContain(label);
    expect(monitorBlock(html, 'intranet')).toContain('data-blocked="private_address"');
    expect(monitorBlock(html, 'public')).not.toContain('data-blocked');
  });

  it('the reason has its own words in both languages', () => {
    expect(en.reason.private_address).toBe('Blocked: private address not allowed');
    expect(ar.reason.private_address).toMatch(/^محجوب: /);
  });
});
