// Shared by the Statuspage-compatible routes: the language from ?lang= (Arabic by default; other
// parameters are ignored, as Statuspage ignores them), the words of that language, the page's URL.
import { getTranslations } from 'next-intl/server';
import { CATEGORIES, type Category } from '@/lib/catalog/schema';
import { STATUSES, type Status } from '@/lib/status/vocabulary';
import { langQuery } from '@/lib/open-data/api-params';
import { parseQuery, type Parsed } from '@/lib/open-data/api-response';
import { localizedPath } from '@/lib/open-data/seo';
import { statuspageIncident, type SpIncident, type StatuspageContext } from '@/lib/open-data/statuspage';
import { statuspageEditorIncident, type EditorStatuspageLabels } from '@/lib/open-data/statuspage-editor';
import { listEditorIncidents } from '@/lib/read-models/editor-incidents';
import type { IncidentRecord } from '@/lib/view-types';
import type { Locale } from '@/lib/i18n/routing';
import { siteOrigin } from '@/lib/open-data/seo';

export const INCIDENT_LIMIT = 50;

/** The words of a detection's review by the editors, as its Statuspage updates say them. */
async function reviewWords(lang: Locale): Promise<NonNullable<StatuspageContext['labels']['review']>> {
  const t = await getTranslations({ locale: lang, namespace: 'detectionReview' });
  return { label: t('label'), kinds: { update: t('kind.update'), confirm: t('kind.confirm'), dismiss: t('kind.dismiss') } };
}

export type V2Context = StatuspageContext & { origin: string; editorLabels: EditorStatuspageLabels };

export async function statuspageContext(request: Request): Promise<Parsed<V2Context>> {
  const query = parseQuery(request, langQuery.keys, langQuery.schema, { allowUnknown: true });
  if (!query.ok) return query;
  const lang = query.data.lang;
  const [t, category, origin, editor] = await Promise.all([
    getTranslations({ locale: lang, namespace: 'api.statuspage' }),
    getTranslations({ locale: lang, namespace: 'category' }),
    siteOrigin(),
    getTranslations({ locale: lang, namespace: 'editorIncident' }),
  ]);
  return {
    ok: true,
    data: {
      lang,
      origin,
      pageUrl: `${origin}${localizedPath(lang, '/')}`,
      documentation: `${origin}${localizedPath(lang, '/open-data')}#statuspage`,
      editorLabels: { arabicOnly: editor('arabicOnly') },
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

/**
 * The incidents of the v2 routes: measured and rebuilt ones with the editors' (the desk), newest change
 * first, at most INCIDENT_LIMIT; `unresolvedOnly` for the summary.
 */
export async function v2Incidents(context: V2Context, records: readonly IncidentRecord[], unresolvedOnly = false): Promise<SpIncident[]> {
  const editors = await listEditorIncidents(INCIDENT_LIMIT);
  const all: SpIncident[] = [
    ...records.map((i) => statuspageIncident(i, context, incidentUrl(context, i.slug))),
    ...editors.map((e) => statuspageEditorIncident(e, context.lang, context.editorLabels, incidentUrl(context, e.slug))),
  ];
  return all
    .filter((i) => !unresolvedOnly || i.status !== 'resolved')
    .sort((a, b) => b.updated_at.localeCompare(a.updated_at))
    .slice(0, INCIDENT_LIMIT);
}
