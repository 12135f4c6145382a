// Editors' incidents in the feeds: valid RSS and Atom, categorised "editor" and labelled, the editor's
// Markdown as safe HTML inside the escaped description (no raw HTML, no javascript: links).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildAtom, buildRss, feedPath, type EditorFeedEntry, type FeedContext } from '@/lib/open-data/feeds';
import { EVENT_STATES, type EventState } from '@/lib/incidents/types';

const entry: EditorFeedEntry = {
  slug: 'editor-20261206-abc123',
  title: 'تعليق السحب في Coinbase',
  startUtc: '2026-12-06T10:00:00.000Z',
  updatedUtc: '2026-12-06T11:00:00.000Z',
  label: 'من محرري مرصد',
  updates: [
    { atUtc: '2026-12-06T11:00:00.000Z', phase: 'تم الحل', text: 'عاد **السحب**.' },
    { atUtc: '2026-12-06T10:00:00.000Z', phase: 'قيد التحقق', text: '<script>alert(1)</script> [x](javascript:alert(2))' },
  ],
};

function context(format: 'rss' | 'atom'): FeedContext {
  return {
    lang: 'ar',
    format,
    siteUrl: 'https://marsad.test',
    selfUrl: `https://marsad.test${feedPath('ar', format)}`,
    incidentUrl: (slug) => `https://marsad.test/incidents/${slug}`,
    formatTime: (iso) => iso,
    now: new Date('2026-01-01T00:00:00Z'),
    editorEntries: [entry],
    labels: {
      title: 'مرصد: الحوادث',
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

describe('editor incidents in the feeds', () => {
  it('RSS: an item categorised editor, labelled, its Markdown safe', () => {
    const xml = buildRss([], context('rss'));
    expect(XMLValidator.validate(xml)).toBe(true);
    const item = parser.parse(xml).rss.channel.item;
    expect(item.category).toBe('editor');
    expect(item.link).toBe('https://marsad.test/incidents/editor-20261206-abc123');
    const html: string = item.description;
    expect(html).toContain('من محرري مرصد');
    expect(html).toContain('<strong>السحب</strong>');
    expect(html).not.toMatch(/<script|href="javascript:/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('Atom: an entry categorised editor, updated at its last update', () => {
    const xml = buildAtom([], context('atom'));
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parser.parse(xml).feed;
    expect(feed.entry.category['@term']).toBe('editor');
    expect(feed.entry.updated).toBe('2026-12-06T11:00:00Z');
    expect(feed.updated).toBe('2026-12-06T11:00:00Z');
    expect(feed.entry.content['#text'] ?? feed.entry.content).not.toMatch(/<script/);
  });
});
