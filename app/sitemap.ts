// sitemap.xml: every page in both languages, each entry naming its other-language version (hreflang).
// Read per request (incidents come from the database, which the build never touches).
import type { MetadataRoute } from 'next';
import { getCatalog } from '@/lib/catalog';
import { listIncidents } from '@/lib/read-models/incidents';
import { logError } from '@/lib/log';
import { localizedPath } from '@/lib/open-data/seo';
import { routing } from '@/lib/i18n/routing';
import { siteOrigin } from '@/lib/open-data/seo';

export const dynamic = 'force-dynamic';

const PAGES = ['/', '/incidents', '/exposure', '/faq', '/about', '/open-data'] as const;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteOrigin();
  const entry = (path: string, extra: Partial<MetadataRoute.Sitemap[number]> = {}): MetadataRoute.Sitemap =>
    routing.locales.map((locale) => ({
      url: `${origin}${localizedPath(locale, path)}`,
      alternates: { languages: { ar: `${origin}${localizedPath('ar', path)}`, en: `${origin}${localizedPath('en', path)}` } },
      ...extra,
    }));
  const entries: MetadataRoute.Sitemap = [
    ...PAGES.flatMap((path) => entry(path, { changeFrequency: path === '/' ? 'always' : 'weekly', priority: path === '/' ? 1 : 0.6 })),
    ...getCatalog().services.flatMap((s) => entry(`/services/${s.id}`, { changeFrequency: 'hourly', priority: 0.5 })),
  ];
  try {
    const list = await listIncidents({});
    for (const item of list.items) {
      entries.push(...entry(`/incidents/${item.slug}`, { lastModified: item.endUtc ?? item.startUtc, changeFrequency: item.endUtc ? 'monthly' : 'hourly', priority: 0.8 }));
    }
  } catch (error) {
    // Without the database the pages above are still worth listing.
    logError('sitemap: incidents could not be read', error);
  }
  return entries;
}
