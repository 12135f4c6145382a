// Incident feeds: RSS 2.0 and Atom 1.0, in Arabic and in English. One entry per incident, its updates
// (the timeline's events, with their sources) in the entry's content, newest incidents first. Pure: the
// route passes the incidents, the words and a date formatter.
//
// Bidi: feed readers show titles as plain text, often in an LTR interface. An Arabic title
// starts with an RTL mark (so the title reads RTL wherever the reader looks for its
// first strong letter), and every Latin run inside it (AWS, us-east-1, OP Mainnet) is wrapped in
// first-strong isolates U+2068…U+2069, so its hyphens, digits and spaces stay in place. In the HTML
// content the same runs are wrapped in <bdi>.
//
// Written here, not with the `feed` package: its output (6.0.0, compared on these incidents) has no
// xml:lang on the Atom feed, so the Arabic feed would declare no language; it writes every Atom entry
// title as type="html" inside CDATA, so a plain title holding "<" or "&" would be read as markup; it lets
// XML 1.0's forbidden control characters through (an ill-formed document), and it normalises URLs (the
// site link gains a slash). The ids here are the incident URLs exactly, as before. Tests in
// tests/unit/open-data/feeds.test.ts pin each of these.
import type { Locale } from '@/lib/i18n/routing';
import type { EventState } from '@/lib/incidents/types';
import { eventsInTimeOrder, incidentUpdatedAt } from '@/lib/open-data/statuspage';
import type { DetectionReview, EditorText, IncidentRecord } from '@/lib/view-types';
import { renderEditorMarkdown } from '@/lib/incidents/editor-text';
import { maintenanceFeedItems, type MaintenanceFeedEntry } from './feed-maintenance';

export const FEED_FORMATS = ['rss', 'atom'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];
export const FEED_CONTENT_TYPE: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};
/** The most entries a feed carries (readers keep what they have already seen). */
export const FEED_LIMIT = 50;

const RLM = '\u200F';
const FSI = '\u2068';
const PDI = '\u2069';

export function feedPath(lang: Locale, format: FeedFormat): string {
  return `/feeds/incidents.${lang}.${format}`;
}

// Characters XML 1.0 forbids (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/U+FFFF).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const escapeHtml = escapeXml;

/**
 * A Latin run: Latin letters and digits with the punctuation that joins them inside a name or code
 * (us-east-1, Gate.io, OP Mainnet, apne1-az4), holding at least one Latin letter. Several words stay
 * one run: isolated one by one, "OP Mainnet" would read "Mainnet OP" in an RTL line.
 */
const LATIN_RUN = /[A-Za-z0-9](?:[A-Za-z0-9._/+:-]|[ ](?=[A-Za-z0-9]))*/g;
const HAS_LATIN_LETTER = /[A-Za-z]/;

function mapLatinRuns(text: string, wrap: (run: string) => string, escape: (plain: string) => string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    // Trailing joiners belong to the sentence, not the name: "us-east-1:" keeps its colon outside.
    const run = match[0].replace(/[._/+:-]+$/, '');
    const start = match.index;
    if (!HAS_LATIN_LETTER.test(run)) continue;
    out += escape(text.slice(last, start)) + wrap(escape(run));
    last = start + run.length;
  }
  return out + escape(text.slice(last));
}

/** Plain text for an Arabic title or line: RLM first, Latin runs isolated. English stays as it is. */
export function bidiPlain(text: string, lang: Locale): string {
  if (lang !== 'ar') return text;
  return RLM + mapLatinRuns(text, (run) => `${FSI}${run}${PDI}`, (plain) => plain);
}

/** Escaped HTML with Latin runs in <bdi> (Arabic only). */
export function bidiHtml(text: string, lang: Locale): string {
  if (lang !== 'ar') return escapeHtml(text);
  return mapLatinRuns(text, (run) => `<bdi>${run}</bdi>`, escapeHtml);
}

export interface FeedLabels {
  title: string;
  description: string;
  states: Record<EventState, string>;
  source: string;
  timeNotConfirmed: string;
  claimedNotVerified: string;
  updatesHeading: string;
  /** A detection's review by the editors: its label, the dismissed mark and sentence, the kinds of entries. */
  review?: { label: string; dismissedMark: string; dismissed: string; confirmed: string; reason: string; kinds: Record<'update' | 'confirm' | 'dismiss', string> };
}

export interface FeedContext {
  lang: Locale;
  format: FeedFormat;
  /** Absolute URL of the site in this language (https://host or https://host/en). */
  siteUrl: string;
  /** Absolute URL of this feed. */
  selfUrl: string;
  incidentUrl: (slug: string) => string;
  /** The time of an event as the site writes it (Gregorian, UTC named). */
  formatTime: (iso: string) => string;
  labels: FeedLabels;
  /** Used as the feed's date when there is no incident at all. */
  now: Date;
  /** Incidents the editors declared (the desk), labelled apart from what was measured. */
  editorEntries?: readonly EditorFeedEntry[];
  /** Announced maintenance windows (lib/open-data/feed-maintenance.ts): each its own item, dated when announced. */
  maintenanceEntries?: readonly MaintenanceFeedEntry[];
  /** Published postmortems: each its own item (readers show new items, not changed ones), linked to its incident's section. */
  postmortemEntries?: readonly PostmortemFeedEntry[];
}

/** A published postmortem in a feed, in the feed's language (or in Arabic, said so in its label). */
export interface PostmortemFeedEntry {
  slug: string;
  /** "Postmortem: {the incident's title}". */
  title: string;
  /** "From Marsad's editors" (and "Arabic only" when the text is not in the feed's language). */
  label: string;
  publishedUtc: string;
  /** The revision's time when revised, else the publication's. */
  updatedUtc: string;
  /** The editors' Markdown. */
  text: string;
}

/** An editor's incident in a feed, in the feed's language. */
export interface EditorFeedEntry {
  slug: string;
  title: string;
  startUtc: string;
  updatedUtc: string;
  /** "From Marsad's editors" (and "Arabic only" when the text is not in the feed's language). */
  label: string;
  /** Newest first: the time, the phase in words and the editor's Markdown. */
  updates: { atUtc: string; phase: string; text: string }[];
}

/** The editor's Markdown made safe (no raw HTML, nofollow links): the same renderer as the page. */
function editorEntryHtml(entry: EditorFeedEntry, context: FeedContext): string {
  const { lang } = context;
  const parts = [`<div dir="${lang === 'ar' ? 'rtl' : 'ltr'}" lang="${lang}">`, `<p><strong>${escapeHtml(entry.label)}</strong></p><ul>`];
  for (const u of entry.updates) {
    parts.push(`<li><time datetime="${u.atUtc}"><bdi>${escapeHtml(context.formatTime(u.atUtc))}</bdi></time>: <strong>${escapeHtml(u.phase)}</strong>${renderEditorMarkdown(u.text)}</li>`);
  }
  parts.push('</ul></div>');
  return parts.join('');
}

/** A postmortem's content: its label, then the editors' Markdown through the same safe renderer. */
function postmortemHtml(entry: PostmortemFeedEntry, lang: Locale): string {
  return `<div dir="${lang === 'ar' ? 'rtl' : 'ltr'}" lang="${lang}"><p><strong>${escapeHtml(entry.label)}</strong></p>${renderEditorMarkdown(entry.text)}</div>`;
}

const postmortemUrl = (context: FeedContext, slug: string) => `${context.incidentUrl(slug)}#postmortem`;
const feedTime = (iso: string) => iso.replace(/\.\d{3}Z$/, 'Z');

/** Measured or rebuilt items and the editors' ones, newest first by their start. */
function newestFirst(items: { startUtc: string; xml: string }[]): string[] {
  return items.sort((a, b) => b.startUtc.localeCompare(a.startUtc)).slice(0, FEED_LIMIT).map((i) => i.xml);
}

/**
 * What the editors wrote and decided about a detection, labelled apart from what was measured: the verdict
 * (a dismissal with its reason), then every entry, newest first, through the same safe Markdown renderer.
 */
function reviewHtml(review: DetectionReview, words: NonNullable<FeedLabels['review']>, context: FeedContext): string {
  const { lang } = context;
  const text = (t: EditorText | null) => (t ? renderEditorMarkdown(t[lang] ?? t.ar) : '');
  const parts = [`<p><strong>${escapeHtml(words.label)}</strong></p>`];
  if (review.verdict === 'dismissed') parts.push(`<p><strong>${escapeHtml(words.dismissed)}</strong></p>`, review.reason ? `<p>${escapeHtml(words.reason)}:</p>${text(review.reason)}` : '');
  else if (review.verdict === 'confirmed') parts.push(`<p>${escapeHtml(words.confirmed)}</p>`);
  parts.push('<ul>');
  for (const e of [...review.entries].reverse()) {
    parts.push(`<li><time datetime="${e.atUtc}"><bdi>${escapeHtml(context.formatTime(e.atUtc))}</bdi></time>: <strong>${escapeHtml(words.kinds[e.kind])}</strong>${text(e.text)}</li>`);
  }
  parts.push('</ul>');
  return parts.join('');
}

/** A detection the editors dismissed keeps its item, its title marked. */
function markedTitle(incident: IncidentRecord, context: FeedContext): string {
  const title = incident.title[context.lang];
  const mark = context.labels.review?.dismissedMark;
  return incident.review?.verdict === 'dismissed' && mark ? `${mark}: ${title}` : title;
}

function entryHtml(incident: IncidentRecord, context: FeedContext): string {
  const { lang, labels } = context;
  const parts: string[] = [`<div dir="${lang === 'ar' ? 'rtl' : 'ltr'}" lang="${lang}">`];
  if (incident.summary) parts.push(`<p>${bidiHtml(incident.summary[lang], lang)}</p>`);
  if (incident.review?.entries.length && labels.review) parts.push(reviewHtml(incident.review, labels.review, context));
  if (incident.events.length) {
    parts.push(`<p><strong>${escapeHtml(labels.updatesHeading)}</strong></p><ul>`);
    for (const { event: e } of eventsInTimeOrder(incident)) {
      const when = e.timeUtc ? `<time datetime="${e.timeUtc}"><bdi>${escapeHtml(context.formatTime(e.timeUtc))}</bdi></time>` : escapeHtml(labels.timeNotConfirmed);
      const summary = e.claimOnly ? `${escapeHtml(labels.claimedNotVerified)}: ${bidiHtml(e.summary[lang], lang)}` : bidiHtml(e.summary[lang], lang);
      const source = e.source ? ` (${escapeHtml(labels.source)}: <a href="${escapeHtml(e.source)}"><bdi>${escapeHtml(hostOf(e.source))}</bdi></a>)` : '';
      parts.push(`<li>${when}: <strong>${escapeHtml(labels.states[e.state])}</strong>, <bdi>${escapeHtml(e.serviceLabel)}</bdi>. ${summary}${source}</li>`);
    }
    parts.push('</ul>');
  }
  parts.push('</div>');
  return parts.join('');
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function summaryText(incident: IncidentRecord, lang: Locale): string {
  return incident.summary?.[lang] ?? incident.title[lang];
}

function feedUpdated(incidents: readonly IncidentRecord[], now: Date, editors: readonly EditorFeedEntry[] = [], postmortems: readonly PostmortemFeedEntry[] = []): string {
  return (
    [...incidents.map(incidentUpdatedAt), ...editors.map((e) => e.updatedUtc.replace(/\.\d{3}Z$/, 'Z')), ...postmortems.map((p) => feedTime(p.updatedUtc))].sort().at(-1) ??
    now.toISOString().replace(/\.\d{3}Z$/, 'Z')
  );
}

function rfc822(iso: string): string {
  return new Date(iso).toUTCString();
}

export function buildRss(incidents: readonly IncidentRecord[], context: FeedContext): string {
  const { lang, labels } = context;
  const x = escapeXml;
  const editorItems = (context.editorEntries ?? []).map((entry) => {
    const url = context.incidentUrl(entry.slug);
    return {
      startUtc: entry.startUtc,
      xml: [
        '<item>',
        `<title>${x(bidiPlain(entry.title, lang))}</title>`,
        `<link>${x(url)}</link>`,
        `<guid isPermaLink="true">${x(url)}</guid>`,
        `<pubDate>${rfc822(entry.startUtc)}</pubDate>`,
        '<category>editor</category>',
        `<description>${x(editorEntryHtml(entry, context))}</description>`,
        '</item>',
      ].join(''),
    };
  });
  const measuredItems = incidents.slice(0, FEED_LIMIT).map((incident) => {
    const url = context.incidentUrl(incident.slug);
    return { startUtc: incident.startUtc, xml: [
      '<item>',
      `<title>${x(bidiPlain(markedTitle(incident, context), lang))}</title>`,
      `<link>${x(url)}</link>`,
      `<guid isPermaLink="true">${x(url)}</guid>`,
      `<pubDate>${rfc822(incident.startUtc)}</pubDate>`,
      incident.provider ? `<category>${x(incident.provider)}</category>` : '',
      `<description>${x(entryHtml(incident, context))}</description>`,
      '</item>',
    ].join('') };
  });
  const postmortemItems = (context.postmortemEntries ?? []).map((entry) => {
    const url = postmortemUrl(context, entry.slug);
    return {
      startUtc: entry.publishedUtc,
      xml: [
        '<item>',
        `<title>${x(bidiPlain(entry.title, lang))}</title>`,
        `<link>${x(url)}</link>`,
        `<guid isPermaLink="true">${x(url)}</guid>`,
        `<pubDate>${rfc822(entry.publishedUtc)}</pubDate>`,
        '<category>editor</category>',
        '<category>postmortem</category>',
        `<description>${x(postmortemHtml(entry, lang))}</description>`,
        '</item>',
      ].join(''),
    };
  });
  const items = newestFirst([...maintenanceFeedItems(context, { escapeXml, bidiPlain }), ...measuredItems, ...editorItems, ...postmortemItems]);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${x(bidiPlain(labels.title, lang))}</title>`,
    `<link>${x(context.siteUrl)}</link>`,
    `<description>${x(labels.description)}</description>`,
    `<language>${lang}</language>`,
    `<lastBuildDate>${rfc822(feedUpdated(incidents, context.now, context.editorEntries, context.postmortemEntries))}</lastBuildDate>`,
    '<generator>Marsad</generator>',
    '<docs>https://www.rssboard.org/rss-specification</docs>',
    '<ttl>5</ttl>',
    `<atom:link href="${x(context.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

export function buildAtom(incidents: readonly IncidentRecord[], context: FeedContext): string {
  const { lang, labels } = context;
  const x = escapeXml;
  const editorEntries = (context.editorEntries ?? []).map((entry) => {
    const url = context.incidentUrl(entry.slug);
    return {
      startUtc: entry.startUtc,
      xml: [
        '<entry>',
        `<id>${x(url)}</id>`,
        `<title type="text">${x(bidiPlain(entry.title, lang))}</title>`,
        `<link rel="alternate" type="text/html" href="${x(url)}"/>`,
        `<published>${entry.startUtc.replace(/\.\d{3}Z$/, 'Z')}</published>`,
        `<updated>${entry.updatedUtc.replace(/\.\d{3}Z$/, 'Z')}</updated>`,
        '<category term="editor"/>',
        `<summary type="text">${x(bidiPlain(`${entry.label}: ${entry.title}`, lang))}</summary>`,
        `<content type="html">${x(editorEntryHtml(entry, context))}</content>`,
        '</entry>',
      ].join(''),
    };
  });
  const measuredEntries = incidents.slice(0, FEED_LIMIT).map((incident) => {
    const url = context.incidentUrl(incident.slug);
    return { startUtc: incident.startUtc, xml: [
      '<entry>',
      `<id>${x(url)}</id>`,
      `<title type="text">${x(bidiPlain(markedTitle(incident, context), lang))}</title>`,
      `<link rel="alternate" type="text/html" href="${x(url)}"/>`,
      `<published>${incident.startUtc}</published>`,
      `<updated>${incidentUpdatedAt(incident)}</updated>`,
      incident.provider ? `<category term="${x(incident.provider.toLowerCase())}" label="${x(incident.provider)}"/>` : '',
      `<summary type="text">${x(bidiPlain(summaryText(incident, lang), lang))}</summary>`,
      `<content type="html">${x(entryHtml(incident, context))}</content>`,
      '</entry>',
    ].join('') };
  });
  const postmortemEntries = (context.postmortemEntries ?? []).map((entry) => {
    const url = postmortemUrl(context, entry.slug);
    return {
      startUtc: entry.publishedUtc,
      xml: [
        '<entry>',
        `<id>${x(url)}</id>`,
        `<title type="text">${x(bidiPlain(entry.title, lang))}</title>`,
        `<link rel="alternate" type="text/html" href="${x(url)}"/>`,
        `<published>${feedTime(entry.publishedUtc)}</published>`,
        `<updated>${feedTime(entry.updatedUtc)}</updated>`,
        '<category term="editor"/>',
        '<category term="postmortem"/>',
        `<summary type="text">${x(bidiPlain(`${entry.label}: ${entry.title}`, lang))}</summary>`,
        `<content type="html">${x(postmortemHtml(entry, lang))}</content>`,
        '</entry>',
      ].join(''),
    };
  });
  const entries = newestFirst([...maintenanceFeedItems(context, { escapeXml, bidiPlain }), ...measuredEntries, ...editorEntries, ...postmortemEntries]);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `<id>${x(context.selfUrl)}</id>`,
    `<title type="text">${x(bidiPlain(labels.title, lang))}</title>`,
    `<subtitle type="text">${x(labels.description)}</subtitle>`,
    `<updated>${feedUpdated(incidents, context.now, context.editorEntries, context.postmortemEntries)}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${x(context.selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${x(context.siteUrl)}"/>`,
    `<author><name>${x(lang === 'ar' ? 'مرصد' : 'Marsad')}</name><uri>${x(context.siteUrl)}</uri></author>`,
    '<generator>Marsad</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

export function buildFeed(incidents: readonly IncidentRecord[], context: FeedContext): string {
  return context.format === 'rss' ? buildRss(incidents, context) : buildAtom(incidents, context);
}
