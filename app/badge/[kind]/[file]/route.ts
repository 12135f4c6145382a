// Status badges: /badge/service/{id}.svg and /badge/group/{exchange|l1|l2|infra|cloud}.svg, ?lang=ar|en
// (Arabic by default). Widths measured with the site's font; see lib/open-data/badges.ts.
import { getTranslations } from 'next-intl/server';
import { BADGE_FONT_SIZE, renderBadge } from '@/lib/open-data/badges';
import { groupIdSchema, langQuery, serviceIdSchema } from '@/lib/open-data/api-params';
import { apiError, parsePathParam, parseQuery, respond, withErrors } from '@/lib/open-data/api-response';
import { effectiveStatus, servicesOfGroup, summarizeSet } from '@/lib/read-models/group-status';
import { measureText } from '@/lib/open-data/text-render';
import type { Status } from '@/lib/status/vocabulary';
import { getStatusSnapshot } from '@/lib/read-models/snapshot';
import { badgeMessageKey, statusLabelKey } from '@/lib/i18n/status-label';

export const dynamic = 'force-dynamic';

const FILE = /^(.+)\.svg$/;

export function GET(request: Request, { params }: RouteContext<'/badge/[kind]/[file]'>) {
  return withErrors(request, 'GET /badge', async () => {
    const { kind, file } = await params;
    const match = FILE.exec(file);
    if ((kind !== 'service' && kind !== 'group') || !match) {
      return apiError(request, 404, 'badge_not_found', 'Badges are /badge/service/{id}.svg and /badge/group/{exchange|l1|l2|infra|cloud}.svg.', 'kind');
    }
    const query = parseQuery(request, langQuery.keys, langQuery.schema, { allowUnknown: true });
    if (!query.ok) return query.response;
    const lang = query.data.lang;
    const [snapshot, t, category] = await Promise.all([getStatusSnapshot(), getTranslations({ locale: lang, namespace: 'badge' }), getTranslations({ locale: lang, namespace: 'category' })]);

    let label: string;
    let message: string;
    let status: Status;
    if (kind === 'service') {
      const id = parsePathParam(request, 'id', match[1]!, serviceIdSchema);
      if (!id.ok) return id.response;
      const service = snapshot.services.find((s) => s.id === id.data);
      if (!service) return apiError(request, 404, 'service_not_found', `No service has the id "${id.data}".`, 'id');
      status = effectiveStatus(service, snapshot);
      label = service.name[lang];
      message = t(badgeMessageKey(statusLabelKey(status, service)));
    } else {
      const id = parsePathParam(request, 'id', match[1]!, groupIdSchema);
      if (!id.ok) return apiError(request, 404, 'group_not_found', `No group has the id "${match[1]}": use exchange, l1, l2, infra or cloud.`, 'id');
      const summary = summarizeSet(servicesOfGroup(snapshot.services, id.data), snapshot.late);
      status = summary.status;
      label = category(id.data);
      message =
        status === 'unknown' || summary.atWorst === summary.total
          ? t(`status.${status}`)
          : t('count', { status: t(`status.${status}`), k: summary.atWorst, n: summary.total });
    }
    const [labelWidth, messageWidth] = await Promise.all([measureText(label, BADGE_FONT_SIZE), measureText(message, BADGE_FONT_SIZE)]);
    const svg = renderBadge({ lang, label, message, status, labelWidth, messageWidth });
    return respond(request, svg, { contentType: 'image/svg+xml; charset=utf-8' });
  });
}
