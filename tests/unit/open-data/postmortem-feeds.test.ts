// Published postmortems in the feeds: an item of their own (readers show new items, not changed ones),
// linked to the incident page's postmortem section, categorised "editor" and "postmortem", labelled,
// dated by their publication (updated by their revision), the editors' Markdown as safe HTML.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildAtom, buildRss, feedPath, type FeedContext, type PostmortemFeedEntry } from '@/lib/open-data/feeds';
import { EVENT_STATES, type EventState } from '@/lib/incidents/types';
import type { Locale } from '@/lib/i18n/routing';

const entry = (lang: Locale): PostmortemFeedEntry => ({
  slug: 'editor-20261206-abc123',
  title: lang === 'ar' ? 'تقرير ما بعد الحادثة: تعليق السحب في Coinbase' : 'Postmortem: Coinbase withdrawals paused',
  label: lang === 'ar' ? 'من محرري مرصد' : "From Marsad's editors",
  publishedUtc: '2026-12-07T09:00:00.000Z',
  updatedUtc: '2026-12-07T10:30:00.000Z',
  text: '## What happened\n**Withdrawals** stopped. <script>alert(1)</script> [x](javascript:alert(2)) [status](https://status.example)',
});

function context(lang: Locale, format: 'rss' | 'atom'): FeedContext {
  return {
    lang,
    format,
    siteUrl: 'https://marsad.test',
    selfUrl: `https://marsad.test${feedPath(lang, format)}`,
    incidentUrl: (slug) => `https://marsad.test${lang === 'en' ? '/en' : ''}/incidents/${slug}`,
    formatTime: (iso) => iso,
    now: new Date('2026-01-01T00:00:00Z'),
    postmortemEntries: [entry(lang)],
    labels: {
      title: 'Marsad',
      description: 'd',
      updatesHeading: 'Updates',
      states: Object.fromEntries(EVENT_STATES.map((s) => [s, s])) as Record<EventState, string>,
      source: 'Source',
      timeNotConfirmed: 't',
      claimedNotVerified: 'c',
    },
  };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('postmortems in the feeds', () => {
  it('RSS: its own item, linked to the postmortem section, categorised, labelled, safe', () => {
    const xml = buildRss([], context('en', 'rss'));
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = parser.parse(xml).rss.channel;
    const item = channel.item;
    expect(item.title).toBe('Postmortem: Coinbase withdrawals paused');
    expect(item.link).toBe('https://marsad.test/en/incidents/editor-20261206-abc123#postmortem');
    expect(item.guid['#text']).toBe(item.link);
    expect(item.category).toEqual(['editor', 'postmortem']);
    expect(item.pubDate).toBe('Mon, 07 Dec 2026 09:00:00 GMT');
    expect(channel.lastBuildDate).toBe('Mon, 07 Dec 2026 10:30:00 GMT');
    const html: string = item.description;
    expect(html).toContain('From Marsad&apos;s editors');
    expect(html).toContain('<strong>Withdrawals</strong>');
    expect(html).toContain('<a href="https://status.example" rel="nofollow noopener">');
    expect(html).not.toMatch(/<script|href="javascript:/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('Atom (Arabic): published at its publication, updated at its revision, title readable RTL', () => {
    const xml = buildAtom([], context('ar', 'atom'));
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parser.parse(xml).feed;
    const e = feed.entry;
    expect(e.id).toBe('https://marsad.test/incidents/editor-20261206-abc123#postmortem');
    expect(e.published).toBe('2026-12-07T09:00:00Z');
    expect(e.updated).toBe('2026-12-07T10:30:00Z');
    expect(feed.updated).toBe('2026-12-07T10:30:00Z');
    expect(e.title['#text'].startsWith('\u200F')).toBe(true);
    expect(e.content['#text']).toContain('dir="rtl"');
    expect(e.category.map((c: { '@term': string }) => c['@term'])).toEqual(['editor', 'postmortem']);
  });
});
