// One sentence per cloud-outage event while it lasts (docs/methodology.md § Cloud-outage events): how many
// services that run on the region are failing, what the cloud has said, and which layer-1 chains keep
// producing blocks, linking to the event's page. `CloudEventBanner` renders one event it is given;
// `CloudEventBanners` draws each open event of a snapshot (on the server, and in the browser after a poll:
// live-cloud-event-banners.tsx).
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Link } from '@/lib/i18n/navigation';
import type { CloudEventSummary } from '@/lib/view-types';
import { StatusIcon } from './status-icon';

/** Rich-text chunks as one string, so the digits script and React both see a single text child. */
function text(chunks: ReactNode): string {
  return Array.isArray(chunks) ? chunks.join('') : String(chunks ?? '');
}

export function CloudEventBanner({ event }: { event: CloudEventSummary }) {
  const t = useTranslations('cloudEvent.banner');
  const format = useFormatter();
  const separator = useLocale() === 'ar' ? '، ' : '; ';
  const count = event.failing.length;
  const tone = count > 0 ? 'major_outage' : 'degraded';
  const cloud = () => <bdi>{event.provider}</bdi>;
  const names = (list: CloudEventSummary['failing']) => format.list(list.map((c) => <bdi key={c.id}>{c.shortName}</bdi>), { type: 'conjunction' }) as unknown as ReactNode;

  const failing = () =>
    t.rich('failing', {
      count,
      formatted: format.number(count, 'integer'),
      n: (chunks) => (
        <span data-num="" suppressHydrationWarning>
          {text(chunks)}
        </span>
      ),
      where: () => (
        <bdi dir="ltr" className="whitespace-nowrap">
          {event.provider} {event.region}
        </bdi>
      ),
    });
  const cloudClause = () => (event.cloud === 'not_reported' ? t.rich('notReported', { cloud }) : event.cloud === 'reported' ? t.rich('reported', { cloud }) : t.rich('resolved', { cloud }));
  const producing = event.keptProducing.l1;
  const chains = () => (
    <>
      {producing.length > 0 ? t.rich('producing', { count: producing.length, names: () => names(producing) }) : null}
      {producing.length > 0 && event.stalled.length > 0 ? separator : null}
      {event.stalled.length > 0 ? t.rich('stalled', { names: () => names(event.stalled) }) : null}
    </>
  );
  const hasChains = producing.length > 0 || event.stalled.length > 0;
  const sentence = hasChains ? t.rich('sentence', { failing, cloud: cloudClause, chains }) : t.rich('sentenceNoChains', { failing, cloud: cloudClause });
  return (
    <div className="flex items-start gap-3 rounded-lg border border-s-4 border-line border-s-major bg-surface p-4" data-cloud-event={event.slug} data-cloud={event.cloud} data-failing={count}>
      <StatusIcon status={tone} className="mt-1" />
      <div className="space-y-1">
        <p className="text-sm text-muted">{t('label')}</p>
        <p className="text-base font-semibold sm:text-lg">{sentence}</p>
        <Link href={`/incidents/${event.slug}`} className="text-sm underline underline-offset-4" data-cloud-event-link="">
          {t('link')}
        </Link>
      </div>
    </div>
  );
}

export function CloudEventBanners({ events }: { events: readonly CloudEventSummary[] }) {
  if (events.length === 0) return null;
  return (
    <div className="space-y-3" data-cloud-events={events.length}>
      {events.map((event) => (
        <CloudEventBanner key={event.slug} event={event} />
      ))}
    </div>
  );
}
