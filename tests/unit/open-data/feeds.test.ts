import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { EVENT_STATES, type EventState } from '@/lib/incidents/types';
import { bidiHtml, bidiPlain, buildAtom, buildRss, escapeXml, feedPath, type FeedContext } from '@/lib/open-data/feeds';
import { PAST_RECORDS } from '../../helpers/snapshots';

const RLM = '\u200F';
const FSI = '\u2068';
const PDI = '\u2069';

function context(lang: 'ar' | 'en', format: 'rss' | 'atom'): FeedContext {
  return {
    lang,
    format,
    siteUrl: `https://marsad.test${lang === 'en' ? '/en' : ''}`,
    selfUrl: `https://marsad.test${feedPath(lang, format)}`,
    incidentUrl: (slug) => `https://marsad.test${lang === 'en' ? '/en' : ''}/incidents/${slug}`,
    formatTime: (iso) => `${iso.slice(0, 16).replace('T', ' ')} UTC`,
    now: new Date('2026-01-01T00:00:00Z'),
    labels: {
      title: lang === 'ar' ? 'مرصد: الحوادث' : 'Marsad: incidents',
      description: 'Outages & <updates>',
      updatesHeading: 'Updates',
      states: Object.fromEntries(EVENT_STATES.map((s) => [s, `state ${s}`])) as Record<EventState, string>,
      source: 'Source',
      timeNotConfirmed: 'Time not confirmed',
      claimedNotVerified: 'Claimed, not verified',
    },
  };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asArray = <T,>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x]);

describe('XML escaping', () => {
  it('escapes the five XML characters and drops characters XML forbids', () => {
    expect(escapeXml(`a & b < c > "d" 'e'`)).toBe('a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;');
    expect(escapeXml('bell\u0007 and \uFFFE gone, tab\tkept')).toBe('bell and  gone, tab\tkept');
  });
});

describe('bidi-safe titles', () => {
  it('starts an Arabic title with RLM and isolates each Latin run whole', () => {
    const title = bidiPlain('انقطاع AWS في us-east-1: تعطّل OP Mainnet وGate.io', 'ar');
    expect(title.startsWith(RLM)).toBe(true);
    expect(title).toContain(`${FSI}AWS${PDI}`);
    // The colon after a code belongs to the sentence.
    expect(title).toContain(`${FSI}us-east-1${PDI}:`);
    // A multi-word name is one run, or it would read "Mainnet OP" right to left.
    expect(title).toContain(`${FSI}OP Mainnet${PDI}`);
    expect(title).toContain(`و${FSI}Gate.io${PDI}`);
  });

  it('leaves numbers alone and English untouched', () => {
    expect(bidiPlain('حادثة 20 أكتوبر 2025', 'ar')).toBe(`${RLM}حادثة 20 أكتوبر 2025`);
    expect(bidiPlain('AWS outage in us-east-1', 'en')).toBe('AWS outage in us-east-1');
  });

  it('wraps Latin runs of Arabic HTML in <bdi> after escaping', () => {
    expect(bidiHtml('خلل في DNS & <EC2>', 'ar')).toBe('خلل في <bdi>DNS</bdi> &amp; &lt;<bdi>EC2</bdi>&gt;');
  });
});

describe('RSS 2.0', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`is well-formed with the required channel and item elements (${lang})`, () => {
      const xml = buildRss(PAST_RECORDS, context(lang, 'rss'));
      expect(XMLValidator.validate(xml)).toBe(true);
      const doc = parser.parse(xml);
      expect(doc.rss['@version']).toBe('2.0');
      const channel = doc.rss.channel;
      for (const key of ['title', 'link', 'description', 'language', 'lastBuildDate']) expect(channel[key]).toBeTruthy();
      expect(channel['atom:link']['@rel']).toBe('self');
      const items = asArray(channel.item);
      expect(items).toHaveLength(PAST_RECORDS.length);
      for (const item of items) {
        expect(item.title).toBeTruthy();
        expect(item.link).toMatch(/^https:\/\/marsad\.test\/(en\/)?incidents\//);
        expect(item.guid['#text']).toBe(item.link);
        expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
        // The description is HTML carrying the updates and their sources.
        expect(item.description).toContain('<li>');
        expect(item.description).toContain('https://');
      }
      if (lang === 'ar') expect(items[0].title.startsWith(RLM)).toBe(true);
    });
  }

  it('keeps a title with markup characters intact through escaping', () => {
    const [first] = PAST_RECORDS;
    const tricky = { ...first!, title: { ar: 'أ & ب <ج>', en: 'A & B <C> "D"' } };
    const doc = parser.parse(buildRss([tricky], context('en', 'rss')));
    expect(doc.rss.channel.item.title).toBe('A & B <C> "D"');
  });
});

describe('Atom 1.0', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`is well-formed with the required feed and entry elements (${lang})`, () => {
      const xml = buildAtom(PAST_RECORDS, context(lang, 'atom'));
      expect(XMLValidator.validate(xml)).toBe(true);
      const feed = parser.parse(xml).feed;
      expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
      expect(feed['@xml:lang']).toBe(lang);
      for (const key of ['id', 'title', 'updated', 'author']) expect(feed[key]).toBeTruthy();
      expect(asArray(feed.link).some((l: Record<string, string>) => l['@rel'] === 'self')).toBe(true);
      const entries = asArray(feed.entry);
      expect(entries).toHaveLength(PAST_RECORDS.length);
      for (const entry of entries) {
        for (const key of ['id', 'title', 'updated', 'published', 'content']) expect(entry[key]).toBeTruthy();
        expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
        expect(entry.updated >= entry.published).toBe(true);
      }
    });
  }

  it('dates the feed by its newest change, and by now when there is no incident', () => {
    const feed = parser.parse(buildAtom([], context('en', 'atom'))).feed;
    expect(feed.updated).toBe('2026-01-01T00:00:00Z');
    expect(feed.entry).toBeUndefined();
  });
});

// Why the feeds are written here rather than with the `feed` package (6.0.0, checked against its output):
// its Atom has no xml:lang (the Arabic feed would declare no language), it writes every entry title as
// type="html" in CDATA (a plain title with "<" or "&" would be read as markup), and it passes XML 1.0's
// forbidden control characters through (an ill-formed document). These tests pin what the package would
// break, besides the stable ids readers key their "already read" on.
describe('what a feed library would have to match', () => {
  const tricky = (lang: 'ar' | 'en') => ({
    ...PAST_RECORDS[0]!,
    title: { ar: 'انقطاع AWS & <خدمة> في\u0007 us-east-1', en: 'AWS & <service> outage\u0007 in us-east-1' },
    summary: { ar: 'ملخص ]]> مع \u0001 رموز', en: 'Summary ]]> with \u0001 marks' },
  });

  it.each(['ar', 'en'] as const)('Atom (%s): language declared, titles as plain text, markup and CDATA terminators intact, forbidden characters dropped', (lang) => {
    const xml = buildAtom([tricky(lang)], context(lang, 'atom'));
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parser.parse(xml).feed;
    expect(feed['@xml:lang']).toBe(lang);
    expect(feed.entry.title['@type']).toBe('text');
    const title: string = feed.entry.title['#text'];
    expect(title).toContain(lang === 'ar' ? '& <خدمة>' : '& <service>');
    expect(title).not.toMatch(/[\u0000-\u0008]/);
    expect(feed.entry.summary['#text']).toContain(']]>');
    if (lang === 'ar') expect(title.startsWith(RLM)).toBe(true);
  });

  it('RSS: forbidden characters dropped, CDATA terminators intact', () => {
    const xml = buildRss([tricky('en')], context('en', 'rss'));
    expect(XMLValidator.validate(xml)).toBe(true);
    const item = parser.parse(xml).rss.channel.item;
    expect(item.title).toBe('AWS & <service> outage in us-east-1');
    // The description is HTML: the text's ">" is escaped once more inside it, and a reader shows "]]>".
    expect(item.description).toContain('Summary ]]&gt; with  marks');
  });

  it.each(['ar', 'en'] as const)('ids are the incident URLs exactly, and the feed id is the feed URL (%s)', (lang) => {
    const rss = asArray(parser.parse(buildRss(PAST_RECORDS, context(lang, 'rss'))).rss.channel.item);
    const atom = parser.parse(buildAtom(PAST_RECORDS, context(lang, 'atom'))).feed;
    const base = `https://marsad.test${lang === 'en' ? '/en' : ''}/incidents/`;
    expect(rss.map((i: { guid: { '#text': string } }) => i.guid['#text'])).toEqual(PAST_RECORDS.map((r) => `${base}${r.slug}`));
    expect(rss.every((i: { guid: { '@isPermaLink': string } }) => i.guid['@isPermaLink'] === 'true')).toBe(true);
    expect(asArray(atom.entry).map((e: { id: string }) => e.id)).toEqual(PAST_RECORDS.map((r) => `${base}${r.slug}`));
    expect(atom.id).toBe(`https://marsad.test/feeds/incidents.${lang}.atom`);
  });
});
