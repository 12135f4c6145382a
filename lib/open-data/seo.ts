// What search engines and share previews read: canonical URLs and hreflang alternates for a page in
// both languages, the feeds every page links to, share-image URLs, and JSON-LD for incidents.
// Pages call pageMetadata() from their generateMetadata; the layout adds the feeds and defaults.
//
// Absolute URLs need the public origin: MARSAD_PUBLIC_URL. Without it canonical and hreflang URLs stay
// relative, and share cards go out without an image: Next would otherwise write http://localhost:<port>
// into every page's og:image, a broken link on every share.
import type { Metadata } from 'next';
import type { Locale } from '@/lib/i18n/routing';
import { DATA_LICENSE } from '@/lib/incidents/methodology';
import { FEED_FORMATS, feedPath } from '@/lib/open-data/feeds';
import type { IncidentRecord } from '@/lib/view-types';

export const LOCALE_PREFIX: Record<Locale, string> = { ar: '', en: '/en' };
export const OG_LOCALE: Record<Locale, string> = { ar: 'ar_AR', en: 'en_US' };
const SITE_NAME: Record<Locale, string> = { ar: 'مرصد', en: 'Marsad' };

/** The operator's public origin (https://marsad.example), without a trailing slash; null when unset. */
export function configuredOrigin(env: Record<string, string | undefined> = process.env): string | null {
  const raw = env.MARSAD_PUBLIC_URL?.trim().replace(/\/+$/, '');
  if (!raw) return null;
  try {
    return new URL(raw).origin;
  } catch {
    return null;
  }
}

/**
 * The site's own origin for citations, feeds and the Statuspage API: MARSAD_PUBLIC_URL, or when unset a
 * fixed local origin from the configured port (start-up warns). Never built from a request's Host or
 * X-Forwarded-* headers: a cached answer built from them would carry one visitor's forgery to everyone.
 */
export function siteOrigin(env: Record<string, string | undefined> = process.env): string {
  return configuredOrigin(env) ?? `http://localhost:${/^\d+$/.test(env.PORT ?? '') ? env.PORT : '3000'}`;
}

/** `/incidents` in a language: `/incidents` (Arabic, the default) or `/en/incidents`; `/` is `/` or `/en`. */
export function localizedPath(locale: Locale, path: string): string {
  const clean = path === '' || path === '/' ? '' : path.startsWith('/') ? path : `/${path}`;
  return `${LOCALE_PREFIX[locale]}${clean}` || '/';
}

export function absoluteUrl(origin: string | null, path: string): string {
  return origin ? `${origin}${path}` : path;
}

/** The two feeds of a language, as `alternates.types` wants them. */
export function feedAlternates(locale: Locale): Record<string, { url: string; title: string }[]> {
  const title = locale === 'ar' ? { rss: 'حوادث مرصد (RSS)', atom: 'حوادث مرصد (Atom)' } : { rss: 'Marsad incidents (RSS)', atom: 'Marsad incidents (Atom)' };
  const types: Record<string, { url: string; title: string }[]> = {};
  for (const format of FEED_FORMATS) {
    types[format === 'rss' ? 'application/rss+xml' : 'application/atom+xml'] = [{ url: feedPath(locale, format), title: title[format] }];
  }
  return types;
}

/**
 * canonical, hreflang (ar, en, x-default → Arabic, the default language) and the feeds. A page that
 * sets `alternates` replaces the layout's, so this carries the feeds too.
 */
export function pageAlternates(locale: Locale, path: string): NonNullable<Metadata['alternates']> {
  return {
    canonical: localizedPath(locale, path),
    languages: { ar: localizedPath('ar', path), en: localizedPath('en', path), 'x-default': localizedPath('ar', path) },
    types: feedAlternates(locale),
  };
}

export const SHARE_KINDS = ['home', 'service', 'incident'] as const;
export type ShareKind = (typeof SHARE_KINDS)[number];

/** The share image of a page: /og/ar/home.png, /og/en/service/bitcoin.png, /og/ar/incident/<slug>.png. */
export function shareImagePath(locale: Locale, kind: ShareKind, id?: string): string {
  return kind === 'home' ? `/og/${locale}/home.png` : `/og/${locale}/${kind}/${id}.png`;
}

export interface PageMetadataInput {
  locale: Locale;
  /** The page's path without the language prefix: `/`, `/incidents/aws-us-east-1-2025-10-20`. */
  path: string;
  title: string;
  description: string;
  /** Which share image; the home image by default. */
  image?: { kind: ShareKind; id?: string; alt: string };
  type?: 'website' | 'article';
}

/** Open Graph images and the Twitter card type: with an image only when the public origin is known. */
function shareCard(locale: Locale, image: NonNullable<PageMetadataInput['image']>) {
  if (!configuredOrigin()) return { images: {}, card: 'summary' as const };
  const images = [{ url: shareImagePath(locale, image.kind, image.id), width: 1200, height: 630, alt: image.alt, type: 'image/png' }];
  return { images: { images }, card: 'summary_large_image' as const };
}

/** Title, description, canonical, hreflang, feeds, Open Graph and Twitter card for one page. */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const { locale, path } = input;
  const { images, card } = shareCard(locale, input.image ?? { kind: 'home', alt: SITE_NAME[locale] });
  return {
    title: input.title,
    description: input.description,
    alternates: pageAlternates(locale, path),
    openGraph: {
      type: input.type ?? 'website',
      siteName: SITE_NAME[locale],
      locale: OG_LOCALE[locale],
      alternateLocale: [OG_LOCALE[locale === 'ar' ? 'en' : 'ar']],
      url: localizedPath(locale, path),
      title: input.title,
      description: input.description,
      ...images,
    },
    twitter: { card, title: input.title, description: input.description, ...images },
  };
}

// ---------------------------------------------------------------------------------------------------
// Structured data

/**
 * An incident page as schema.org data: an Article (the reconstructed or measured account, with its
 * sources as citations) about an Event (the outage itself, with its start, end and place).
 */
export function incidentJsonLd(incident: IncidentRecord, locale: Locale, origin: string): Record<string, unknown> {
  const url = `${origin}${localizedPath(locale, `/incidents/${incident.slug}`)}`;
  const sources = [...new Set([...incident.sources, ...incident.events.flatMap((e) => (e.source ? [e.source] : []))])];
  const modified = /^\d{4}-\d{2}-\d{2}$/.test(incident.lastUpdated) ? incident.lastUpdated : incident.lastUpdated.slice(0, 10);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': `${url}#article`,
    headline: incident.title[locale].slice(0, 110),
    ...(incident.summary ? { description: incident.summary[locale] } : {}),
    inLanguage: locale,
    url,
    mainEntityOfPage: url,
    datePublished: incident.startUtc,
    dateModified: modified,
    image: `${origin}${shareImagePath(locale, 'incident', incident.slug)}`,
    author: { '@type': 'Organization', name: SITE_NAME[locale], url: `${origin}${localizedPath(locale, '/')}` },
    publisher: { '@type': 'Organization', name: SITE_NAME[locale], url: `${origin}${localizedPath(locale, '/')}` },
    license: DATA_LICENSE.url[locale],
    citation: sources,
    about: {
      '@type': 'Event',
      name: incident.title[locale],
      startDate: incident.startUtc,
      ...(incident.endUtc ? { endDate: incident.endUtc } : {}),
      location: { '@type': 'VirtualLocation', name: [incident.provider, incident.region].filter(Boolean).join(' ') || SITE_NAME[locale], url },
      organizer: { '@type': 'Organization', name: incident.provider || SITE_NAME[locale] },
    },
  };
}

/** The home page: the site and its search-free entry point. */
export function siteJsonLd(locale: Locale, origin: string, description: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: SITE_NAME[locale],
    alternateName: SITE_NAME[locale === 'ar' ? 'en' : 'ar'],
    url: `${origin}${localizedPath(locale, '/')}`,
    inLanguage: locale,
    description,
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the script. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * What the layout gives every page: the public origin (when configured), the feeds of the language in
 * <head>, and the site's share card; a page's own pageMetadata() overrides the card and adds canonical.
 */
export function layoutMetadata(locale: Locale, text: { title: string; description: string }): Metadata {
  const origin = configuredOrigin();
  const { images, card } = shareCard(locale, { kind: 'home', alt: text.title });
  return {
    ...(origin ? { metadataBase: new URL(origin) } : {}),
    alternates: { types: feedAlternates(locale) },
    openGraph: {
      type: 'website',
      siteName: SITE_NAME[locale],
      locale: OG_LOCALE[locale],
      alternateLocale: [OG_LOCALE[locale === 'ar' ? 'en' : 'ar']],
      title: text.title,
      description: text.description,
      ...images,
    },
    twitter: { card, title: text.title, description: text.description, ...images },
  };
}
