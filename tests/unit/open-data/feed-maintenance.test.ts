// Announced maintenance in the feeds: one item per window in valid RSS and Atom, categorised "maintenance",
// dated when it was announced, saying when and who announced it; the editor's text escaped, never HTML.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildAtom, buildRss, feedPath, type FeedContext } from '@/lib/open-data/feeds';
import { maintenanceFeedEntries } from '@/lib/open-data/feed-maintenance';
import { EVENT_STATES, type EventState } from '@/lib/incidents/types';
import type { MaintenanceView } from '@/lib/view-types';

const window: MaintenanceView = {
  id: 'mw-20261206-abc123',
  source: 'editor',
  company: null,
  services: [{ id: 'kraken', name: { ar: 'Kraken', en: 'Kraken' }, shortName: 'Kraken', category: 'exchange' }],
  startUtc: '2026-12-07T02:00:00.000Z',
  endUtc: '2026-12-07T04:00:00.000Z',
  announcedUtc: '2026-12-06T10:00:00.000Z',
  updatedUtc: '2026-12-06T10:00:00.000Z',
  cancelledUtc: null,
  phase: 'scheduled',
  description: { ar: 'ترقية <script>alert(1)</script> محرك المطابقة', en: null },
  sourceUrl: null,
};
const company: MaintenanceView = { ...window, id: 'sp-coinbase-x', source: 'company', company: 'Coinbase', services: [{ id: 'coinbase', name: { ar: 'Coinbase', en: 'Coinbase' }, shortName: 'Coinbase', category: 'exchange' }], description: { ar: null, en: 'Database upgrade' }, announcedUtc: '2026-12-05T10:00:00.000Z' };

const words = {
  title: (s: string) => `Announced maintenance: ${s}`,
  window: (a: string, b: string) => `From ${a} to ${b}.`,
  byEditors: "Announced by Marsad's editors.",
  byCompany: (c: string) => `Announced by ${c} on its status page.`,
  otherLanguageOnly: (source: 'editor' | 'company') => (source === 'company' ? "In the company's words:" : 'In Arabic only:'),
  cancelled: 'This maintenance was cancelled.',
  separator: ', ',
};

function context(format: 'rss' | 'atom'): FeedContext {
  return {
    lang: 'en',
    format,
    siteUrl: 'https://marsad.test/en',
    selfUrl: `https://marsad.test${feedPath('en', format)}`,
    incidentUrl: (slug) => `https://marsad.test/en/incidents/${slug}`,
    formatTime: (iso) => `${iso} UTC`,
    now: new Date('2026-12-06T12:00:00Z'),
    maintenanceEntries: maintenanceFeedEntries([window, company], { lang: 'en', words, formatTime: (iso) => `${iso} UTC`, serviceUrl: (id) => `https://marsad.test/en/services/${id}` }),
    labels: {
      title: 'Marsad: incidents', description: 'd', updatesHeading: 'Updates',
      states: Object.fromEntries(EVENT_STATES.map((s) => [s, s])) as Record<EventState, string>, source: 'Source', timeNotConfirmed: 't', claimedNotVerified: 'c',
    },
  };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('maintenance windows in the feeds', () => {
  it('RSS: valid, one item per window, newest announcement first, categorised and escaped', () => {
    const xml = buildRss([], context('rss'));
    expect(XMLValidator.validate(xml)).toBe(true);
    const items = [parser.parse(xml).rss.channel.item].flat();
    expect(items.map((i: { title: string }) => i.title)).toEqual(['Announced maintenance: Kraken', 'Announced maintenance: Coinbase']);
    expect(items[0].category).toBe('maintenance');
    expect(items[0].link).toBe('https://marsad.test/en/services/kraken');
    expect(items[0].pubDate).toBe('Sun, 06 Dec 2026 10:00:00 GMT');
    const html: string = items[0].description;
    expect(html).toContain('From 2026-12-07T02:00:00.000Z UTC to 2026-12-07T04:00:00.000Z UTC.');
    expect(html).toContain('In Arabic only: ترقية &#60;script&#62;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Announced by Marsad&#39;s editors.');
    expect(items[1].description).toContain('Announced by Coinbase on its status page.');
  });

  it('Atom: valid, each window an entry with its announcement as published', () => {
    const xml = buildAtom([], context('atom'));
    expect(XMLValidator.validate(xml)).toBe(true);
    const entries = [parser.parse(xml).feed.entry].flat();
    expect(entries).toHaveLength(2);
    expect(entries[0].category['@term']).toBe('maintenance');
    expect(entries[0].published).toBe('2026-12-06T10:00:00Z');
    expect(entries[0].id).toBe('https://marsad.test/en/services/kraken#maintenance-mw-20261206-abc123');
  });

  it('a cancelled window says so', () => {
    const [entry] = maintenanceFeedEntries([{ ...window, phase: 'cancelled', cancelledUtc: '2026-12-06T11:00:00.000Z' }], { lang: 'en', words, formatTime: (i) => i, serviceUrl: (id) => id });
    expect(entry!.lines.at(-1)).toBe('This maintenance was cancelled.');
  });
});
