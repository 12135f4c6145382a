// Share images (Open Graph / Twitter), 1200×630 PNG: /og/{ar|en}/home.png, /og/{ar|en}/service/{id}.png,
// /og/{ar|en}/incident/{slug}.png. Drawn by lib/open-data/share-image.ts with Arabic shaped by HarfBuzz.
import { getFormatter, getTranslations } from 'next-intl/server';
import { serviceIdSchema, slugSchema } from '@/lib/open-data/api-params';
import { apiError, parsePathParam, respond, withErrors } from '@/lib/open-data/api-response';
import { effectiveStatus, summarizeSet } from '@/lib/read-models/group-status';
import { getIncident } from '@/lib/read-models/incidents';
import { renderShareCard, ShareImageUnavailable, type ShareCard } from '@/lib/open-data/share-image';
import { incidentImpact, type SpIndicator } from '@/lib/open-data/statuspage';
import { isLocale, type Locale } from '@/lib/i18n/routing';
import type { Status } from '@/lib/status/vocabulary';
import { statusLabelKey } from '@/lib/i18n/status-label';
import { getStatusSnapshot } from '@/lib/read-models/snapshot';
import { siteOrigin } from '@/lib/open-data/seo';

export const dynamic = 'force-dynamic';

const TONE_OF_IMPACT: Record<SpIndicator, Status | 'neutral'> = { none: 'neutral', minor: 'degraded', major: 'partial_outage', critical: 'major_outage' };
const PNG = /^(.+)\.png$/;

type Target = { kind: 'home' } | { kind: 'service' | 'incident'; id: string };

function parseTarget(segments: string[]): { lang: Locale; target: Target } | null {
  const [lang, kind, file] = segments;
  if (!isLocale(lang)) return null;
  if (segments.length === 2 && kind === 'home.png') return { lang, target: { kind: 'home' } };
  const id = file ? PNG.exec(file)?.[1] : undefined;
  if (segments.length === 3 && (kind === 'service' || kind === 'incident') && id) return { lang, target: { kind, id } };
  return null;
}

export function GET(request: Request, { params }: RouteContext<'/og/[...path]'>) {
  return withErrors(request, 'GET /og', async () => {
    const parsed = parseTarget((await params).path);
    if (!parsed) return apiError(request, 404, 'image_not_found', 'Share images are /og/{ar|en}/home.png, /og/{ar|en}/service/{id}.png and /og/{ar|en}/incident/{slug}.png.', 'path');
    // No query parameters; a cache-busting ?v=2 that sites add to share images is ignored.
    const { lang, target } = parsed;
    const [t, tl, format, origin] = await Promise.all([
      getTranslations({ locale: lang, namespace: 'badge.share' }),
      getTranslations({ locale: lang, namespace: 'layout' }),
      getFormatter({ locale: lang }),
      siteOrigin(),
    ]);
    const time = (iso: string) => format.dateTime(new Date(iso), 'long');
    const base = { lang, brand: tl('siteName'), footer: new URL(origin).host };
    let card: ShareCard;

    if (target.kind === 'home') {
      const snapshot = await getStatusSnapshot();
      const summary = summarizeSet(snapshot.services.filter((s) => s.category !== 'cloud'), snapshot.late);
      const problems = summary.counts.degraded + summary.counts.partial_outage + summary.counts.major_outage;
      card = {
        ...base,
        eyebrow: tl('tagline'),
        title: t('homeTitle'),
        status: {
          text: summary.status === 'unknown' ? t('homeUnknown') : problems > 0 ? t('homeProblems', { count: problems, formatted: format.number(problems, 'integer') }) : t('homeWorking'),
          tone: summary.status,
        },
        meta: snapshot.dataAsOf ? t('measuredAt', { time: time(snapshot.dataAsOf) }) : null,
        note: null,
      };
    } else if (target.kind === 'service') {
      const id = parsePathParam(request, 'id', target.id, serviceIdSchema);
      if (!id.ok) return id.response;
      const [snapshot, category, ts] = await Promise.all([
        getStatusSnapshot(),
        getTranslations({ locale: lang, namespace: 'category' }),
        getTranslations({ locale: lang, namespace: 'status' }),
      ]);
      const service = snapshot.services.find((s) => s.id === id.data);
      if (!service) return apiError(request, 404, 'service_not_found', `No service has the id "${id.data}".`, 'id');
      const now = effectiveStatus(service, snapshot);
      card = {
        ...base,
        eyebrow: category(service.category),
        title: service.name[lang],
        status: { text: ts(statusLabelKey(now, service)), tone: now },
        meta: snapshot.late ? t('late') : service.since && now !== 'unknown' ? t('since', { time: time(service.since) }) : null,
        note: service.monitored && service.measured && !snapshot.late ? ts('provenance.measured') : null,
      };
    } else {
      const slug = parsePathParam(request, 'slug', target.id, slugSchema);
      if (!slug.ok) return slug.response;
      const [detail, ti] = await Promise.all([getIncident(slug.data), getTranslations({ locale: lang, namespace: 'incident' })]);
      if (!detail) return apiError(request, 404, 'incident_not_found', `No incident has the slug "${slug.data}".`, 'slug');
      const { incident } = detail;
      const where = [incident.provider, incident.region].filter(Boolean).join(' ');
      const end = incident.endUtc ?? incident.endBounds?.latestUtc ?? null;
      card = {
        ...base,
        eyebrow: where ? t('incidentEyebrowWhere', { where }) : t('incidentEyebrow'),
        title: incident.title[lang],
        status: { text: ti(`phase.${incident.phase}`), tone: incident.phase === 'resolved' ? 'operational' : TONE_OF_IMPACT[incidentImpact(incident)] },
        meta: end ? t('window', { start: time(incident.startUtc), end: time(end) }) : t('started', { start: time(incident.startUtc) }),
        note: ti(`provenance.${incident.origin === 'past' ? 'reconstructed' : 'measured'}`),
      };
    }
    try {
      const png = await renderShareCard(card);
      return respond(request, new Uint8Array(png), { contentType: 'image/png' });
    } catch (error) {
      if (error instanceof ShareImageUnavailable) return apiError(request, 503, 'image_unavailable', 'Share images need sharp, which is not installed on this server.');
      throw error;
    }
  });
}
