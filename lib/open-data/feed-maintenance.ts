// Announced maintenance windows as feed items (RSS and Atom, beside the incidents in /feeds/incidents.*):
// one item per window, dated when it was announced (when it became news), linking to its first service's
// page, saying when, in whose words and who announced it. Pure; every text is escaped (an editor's text is
// never HTML here), Arabic titles lead with their RLM like the other items.
import type { Locale } from '@/lib/i18n/routing';
import type { MaintenanceView } from '@/lib/view-types';

export interface MaintenanceFeedEntry {
  id: string;
  title: string;
  url: string;
  announcedUtc: string;
  updatedUtc: string;
  /** Plain-text paragraphs: when, the description, who announced it (and "cancelled" when so). */
  lines: string[];
}

export interface MaintenanceFeedWords {
  /** "Announced maintenance: Kraken, Coinbase". */
  title: (services: string) => string;
  /** "From 7 December 2026 at 02:00 UTC to …". */
  window: (start: string, end: string) => string;
  byEditors: string;
  byCompany: (company: string) => string;
  otherLanguageOnly: (source: MaintenanceView['source']) => string;
  cancelled: string;
  separator: string;
}

export function maintenanceFeedEntries(
  windows: readonly MaintenanceView[],
  ctx: { lang: Locale; words: MaintenanceFeedWords; formatTime: (iso: string) => string; serviceUrl: (id: string) => string },
): MaintenanceFeedEntry[] {
  const { lang, words } = ctx;
  const other: Locale = lang === 'ar' ? 'en' : 'ar';
  return windows.map((w) => {
    const own = w.description[lang];
    const text = own ?? (w.description[other] ? `${words.otherLanguageOnly(w.source)} ${w.description[other]}` : null);
    return {
      id: w.id,
      title: words.title(w.services.map((s) => s.name[lang]).join(words.separator)),
      url: ctx.serviceUrl(w.services[0]?.id ?? ''),
      announcedUtc: w.announcedUtc,
      updatedUtc: w.updatedUtc,
      lines: [
        words.window(ctx.formatTime(w.startUtc), ctx.formatTime(w.endUtc)),
        ...(text ? [text] : []),
        w.source === 'company' ? words.byCompany(w.company ?? '') : words.byEditors,
        ...(w.cancelledUtc ? [words.cancelled] : []),
      ],
    };
  });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const feedTime = (iso: string) => iso.replace(/\.\d{3}Z$/, 'Z');

/** The feed's helpers (lib/open-data/feeds.ts), passed in so this file does not import its importer. */
export interface FeedHelpers {
  escapeXml: (text: string) => string;
  bidiPlain: (text: string, lang: Locale) => string;
}

/** The items of one feed, with the time they sort by (newest first among the incidents). */
export function maintenanceFeedItems(
  context: { lang: Locale; format: 'rss' | 'atom'; maintenanceEntries?: readonly MaintenanceFeedEntry[] },
  helpers: FeedHelpers,
): { startUtc: string; xml: string }[] {
  const { lang } = context;
  const x = helpers.escapeXml;
  return (context.maintenanceEntries ?? []).map((e) => {
    const html = `<div dir="${lang === 'ar' ? 'rtl' : 'ltr'}" lang="${lang}">${e.lines.map((l) => `<p dir="auto">${escapeHtml(l)}</p>`).join('')}</div>`;
    const guid = `${e.url}#maintenance-${e.id}`;
    const xml =
      context.format === 'rss'
        ? [
            '<item>',
            `<title>${x(helpers.bidiPlain(e.title, lang))}</title>`,
            `<link>${x(e.url)}</link>`,
            `<guid isPermaLink="false">${x(guid)}</guid>`,
            `<pubDate>${new Date(e.announcedUtc).toUTCString()}</pubDate>`,
            '<category>maintenance</category>',
            `<description>${x(html)}</description>`,
            '</item>',
          ].join('')
        : [
            '<entry>',
            `<id>${x(guid)}</id>`,
            `<title type="text">${x(helpers.bidiPlain(e.title, lang))}</title>`,
            `<link rel="alternate" type="text/html" href="${x(e.url)}"/>`,
            `<published>${feedTime(e.announcedUtc)}</published>`,
            `<updated>${feedTime(e.updatedUtc)}</updated>`,
            '<category term="maintenance"/>',
            `<content type="html">${x(html)}</content>`,
            '</entry>',
          ].join('');
    return { startUtc: e.announcedUtc, xml };
  });
}
