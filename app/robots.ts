// robots.txt: everything public may be crawled but the JSON API and the widgets (which repeat the pages
// and say noindex); share images stay allowed, since social sites' crawlers obey this file too.
import type { MetadataRoute } from 'next';
import { siteOrigin } from '@/lib/open-data/seo';

export const dynamic = 'force-dynamic';

export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = siteOrigin();
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/embed/', '/en/embed/'] }],
    sitemap: `${origin}/sitemap.xml`,
    host: origin,
  };
}
