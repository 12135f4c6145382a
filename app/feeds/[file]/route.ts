// Incident feeds: /feeds/incidents.{ar|en}.{rss|atom}. Valid RSS 2.0 and Atom 1.0, titles safe in
// either reading direction (lib/open-data/feeds.ts), linked from every page's <head>.
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { EVENT_STATES, type EventState } from '@/lib/incidents/types';
import { LANGS } from '@/lib/open-data/api-params';
import { apiError, respond, withErrors } from '@/lib/open-data/api-response';
import { buildFeed, FEED_CONTENT_TYPE, FEED_FORMATS, FEED_LIMIT, feedPath } from '@/lib/open-data/feeds';
import { getRecentIncidentRecords } from '@/lib/open-data/v1';
import { isLabMode } from '@/lib/lab';
import { maintenanceFeedEntries } from '@/lib/open-data/feed-maintenance';
import { listMaintenance } from '@/lib/read-models/maintenance';
import { getEditorIncident, listEditorIncidents } from '@/lib/read-models/editor-incidents';
import { getIncident } from '@/lib/read-models/incidents';
import { listPublishedPostmortems } from '@/lib/read-models/postmortems';
import type { Localized } from '@/lib/incidents/types';
import type { EditorText } from '@/lib/view-types';
import { localizedPath } from '@/lib/open-data/seo';
import { siteOrigin } from '@/lib/open-data/seo';

export const dynamic = 'force-dynamic';

const FILE = /^incidents\.([a-z]+)\.([a-z]+)$/;
const fileSchema = z.object({ lang: z.enum(LANGS), format: z.enum(FEED_FORMATS) });

export function GET(request: Request, { params }: RouteContext<'/feeds/[file]'>) {
  return withErrors(request, 'GET /feeds', async () => {
    const { file } = await params;
    const match = FILE.exec(file);
    const parsed = match ? fileSchema.safeParse({ lang: match[1], format: match[2] }) : null;
    if (!parsed?.success) return apiError(request, 404, 'feed_not_found', 'The feeds are /feeds/incidents.ar.rss, incidents.ar.atom, incidents.en.rss and incidents.en.atom.', 'file');
    // No query parameters; extras (a reader's tracking tags) are ignored, as a static file would.
    const { lang, format } = parsed.data;
    const [t, ti, te, tp, format_, origin, incidents, editors, postmortems] = await Promise.all([
      getTranslations({ locale: lang, namespace: 'feeds' }),
      getTranslations({ locale: lang, namespace: 'incident' }),
      getTranslations({ locale: lang, namespace: 'editorIncident' }),
      getTranslations({ locale: lang, namespace: 'postmortem' }),
      getFormatter({ locale: lang }),
      siteOrigin(),
      getRecentIncidentRecords(FEED_LIMIT),
      listEditorIncidents(FEED_LIMIT),
      listPublishedPostmortems(FEED_LIMIT),
    ]);
    // A feed reader shows no banner: in the lab the feed's own title and description say "simulation".
    const lab = isLabMode() ? await getTranslations({ locale: lang, namespace: 'lab.banner' }) : null;
    // The editors' incidents, in this language when written in it, else in Arabic and said so.
    const editorEntries = editors.map((e) => {
      const arabicOnly = lang === 'en' && !e.title.en;
      return {
        slug: e.slug,
        title: e.title[lang] ?? e.title.ar,
        startUtc: e.startUtc,
        updatedUtc: e.updatedUtc,
        label: arabicOnly ? `${te('label')} · ${te('arabicOnly')}` : te('label'),
        updates: [...e.updates].reverse().map((u) => ({ atUtc: u.atUtc, phase: ti(`phase.${u.phase}`), text: u.body[lang] ?? u.body.ar })),
      };
    });
    // Each published postmortem is an item of its own, titled with its incident's title in this language.
    const titleOf = async (slug: string): Promise<Localized | EditorText | null> =>
      incidents.find((i) => i.slug === slug)?.title ??
      editors.find((e) => e.slug === slug)?.title ??
      (await getIncident(slug))?.incident.title ??
      (await getEditorIncident(slug))?.title ??
      null;
    const postmortemEntries = (
      await Promise.all(
        postmortems.map(async (p) => {
          const title = await titleOf(p.incidentSlug);
          if (!title) return [];
          const arabicOnly = lang === 'en' && !p.body.en;
          return [{
            slug: p.incidentSlug,
            title: tp('feedTitle', { title: title[lang] ?? title.ar }),
            label: arabicOnly ? `${te('label')} · ${te('arabicOnly')}` : te('label'),
            publishedUtc: p.publishedUtc,
            updatedUtc: p.revisedUtc ?? p.publishedUtc,
            text: p.body[lang] ?? p.body.ar,
          }];
        }),
      )
    ).flat();
    // Announced maintenance windows, each an item dated when it was announced.
    const tm = await getTranslations({ locale: lang, namespace: 'maintenance' });
    const maintenanceEntries = maintenanceFeedEntries(await listMaintenance(FEED_LIMIT), {
      lang,
      formatTime: (iso) => format_.dateTime(new Date(iso), 'long'),
      serviceUrl: (id) => `${origin}${localizedPath(lang, id ? `/services/${id}` : '/')}`,
      words: {
        title: (services) => tm('api.feedTitle', { services }),
        window: (start, end) => tm('api.window', { start, end }),
        byEditors: tm('api.byEditors'),
        byCompany: (company) => tm('api.byCompany', { company }),
        otherLanguageOnly: (source) => tm(source === 'company' ? 'companyWords' : 'arabicOnly'),
        cancelled: tm('api.cancelled'),
        separator: tm('separator'),
      },
    });
    // A detection's review by the editors, labelled apart (lib/open-data/feeds.ts reviewHtml).
    const tr = await getTranslations({ locale: lang, namespace: 'detectionReview' });
    const review = {
      label: tr('label'),
      dismissedMark: tr('listDismissed'),
      dismissed: tr('dismissed'),
      confirmed: tr('confirmed'),
      reason: tr('reason'),
      kinds: { update: tr('kind.update'), confirm: tr('kind.confirm'), dismiss: tr('kind.dismiss') },
    };
    const body = buildFeed(incidents, {
      lang,
      format,
      siteUrl: `${origin}${localizedPath(lang, '/')}`,
      selfUrl: `${origin}${feedPath(lang, format)}`,
      incidentUrl: (slug) => `${origin}${localizedPath(lang, `/incidents/${slug}`)}`,
      formatTime: (iso) => format_.dateTime(new Date(iso), 'long'),
      now: new Date(),
      editorEntries,
      maintenanceEntries,
      postmortemEntries,
      labels: {
        title: lab ? `${lab('label')}: ${t('title')}` : t('title'),
        description: lab ? `${lab('short')} ${t('description')}` : t('description'),
        updatesHeading: t('updates'),
        states: Object.fromEntries(EVENT_STATES.map((s) => [s, ti(`state.${s}`)])) as Record<EventState, string>,
        source: ti('event.source'),
        timeNotConfirmed: ti('time.notConfirmed'),
        claimedNotVerified: ti('event.claimed'),
        review,
      },
    });
    return respond(request, body, { contentType: FEED_CONTENT_TYPE[format] });
  });
}
