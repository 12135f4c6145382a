// Shared by the Statuspage-compatible routes: the language from ?lang= (Arabic by default; other
// parameters are ignored, as Statuspage ignores them), the words of that language, the page's URL.
import { getTranslations } from 'next-intl/server';
import { CATEGORIES, type Category } from '@/lib/catalog/schema';
import { STATUSES, type Status } from '@/lib/status/vocabulary';
import { langQuery } from '@/lib/open-data/api-params';
import { parseQuery, type Parsed } from '@/lib/open-data/api-response';
import { localizedPath } from '@/lib/open-data/seo';
import type { StatuspageContext } from '@/lib/open-data/statuspage';
import type { Locale } from '@/lib/i18n/routing';
import { siteOrigin } from '@/lib/open-data/seo';

export const INCIDENT_LIMIT = 50;

/** The words of a detection's review by the editors, as its Statuspage updates say them. */
async function reviewWords(lang: Locale): Promise<NonNullable<StatuspageContext['labels']['review']>> {
  const t = await getTranslations({ locale: lang, namespace: 'detectionReview' });
  return { label: t('label'), kinds: { update: t('kind.update'), confirm: t('kind.confirm'), dismiss: t('kind.dismiss') } };
}

export async function statuspageContext(request: Request): Promise<Parsed<StatuspageContext & { origin: string }>> {
  const query = parseQuery(request, langQuery.keys, langQuery.schema, { allowUnknown: true });
  if (!query.ok) return query;
  const lang = query.data.lang;
  const [t, category, origin] = await Promise.all([
    getTranslations({ locale: lang, namespace: 'api.statuspage' }),
    getTranslations({ locale: lang, namespace: 'category' }),
    siteOrigin(),
  ]);
  return {
    ok: true,
    data: {
      lang,
      origin,
      pageUrl: `${origin}${localizedPath(lang, '/')}`,
      documentation: `${origin}${localizedPath(lang, '/open-data')}#statuspage`,
      labels: {
        pageName: t('pageName'),
        groups: Object.fromEntries(CATEGORIES.map((c) => [c, category(c)])) as Record<Category, string>,
        indicator: Object.fromEntries(STATUSES.map((s) => [s, t(`indicator.${s}`)])) as Record<Status, string>,
        someUnknown: (count: number) => t('someUnknown', { count }),
        source: t('source'),
        review: await reviewWords(lang),
      },
    },
  };
}

export function incidentUrl(context: { origin: string; lang: Locale }, slug: string): string {
  return `${context.origin}${localizedPath(context.lang, `/incidents/${slug}`)}`;
}
