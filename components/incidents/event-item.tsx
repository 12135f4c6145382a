import { useLocale, useTranslations } from 'next-intl';
import { BidiText } from './bidi-text';
import { EventStateBadge } from './event-state-badge';
import { ServiceNames } from './service-names';
import { SourceList, type SourceIndex } from './source-link';
import { TimePair } from './time-pair';
import { isSecondaryOnly } from '@/lib/incidents/types';
import type { EventRecord, ServiceRef } from '@/lib/view-types';

/**
 * One event of a timeline: its time (or "time not confirmed"), who, what, and where it comes from: every
 * source, primary first, with its type and publisher. An event resting on secondary sources or copies
 * only says so, and is not counted anywhere as a fact.
 */
export function EventItem({
  event,
  services,
  provider,
  sources,
}: {
  event: EventRecord;
  services: Record<string, ServiceRef>;
  provider: string;
  sources?: SourceIndex;
}) {
  const t = useTranslations('incident');
  const locale = useLocale();
  const weak = isSecondaryOnly(event);
  const urls = event.source ? [event.source, ...event.extraSources] : event.extraSources;
  return (
    <li
      id={event.id}
      data-event={event.id}
      data-time={event.timeUtc ?? ''}
      data-secondary-only={weak ? '' : undefined}
      className="scroll-mt-4 rounded-lg border border-line bg-surface p-4 target:border-accent target:ring-2 target:ring-accent print:break-inside-avoid"
    >
      <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
        <p className="text-sm">
          {event.timeUtc ? (
            <>
              <TimePair iso={event.timeUtc} />
              {event.timeApproximate ? <span className="ms-2 text-xs text-muted">({t('time.approximate')})</span> : null}
            </>
          ) : (
            <span className="font-semibold text-unknown" data-time-not-confirmed="">
              {t('time.notConfirmed')}
            </span>
          )}
        </p>
        <a href={`#${event.id}`} className="text-xs text-muted underline-offset-4 hover:underline print:hidden">
          <span aria-hidden="true"># </span>
          {t('event.permalink')}
          <span className="sr-only"> ({event.id})</span>
        </a>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
        <h3 className="font-semibold">
          <ServiceNames ids={event.serviceIds} services={services} />
        </h3>
        {event.claimOnly ? (
          <span className="rounded border border-unknown px-1.5 text-xs font-semibold text-unknown">{t('event.claimed')}</span>
        ) : (
          <EventStateBadge state={event.state} />
        )}
        {weak && !event.claimOnly ? (
          <span className="rounded border border-dashed border-unknown px-1.5 text-xs font-semibold text-unknown" data-secondary-only-label="">
            {t('event.secondaryOnly')}
          </span>
        ) : null}
      </div>
      <p className="mt-2 leading-relaxed">
        <BidiText text={event.summary[locale]} />
      </p>
      {event.timeNote ? (
        <p className="mt-1 text-sm text-muted">
          <BidiText text={event.timeNote[locale]} />
        </p>
      ) : null}
      {event.cloudLink !== 'none' ? (
        <p className="mt-2 text-sm" data-cloud-link={event.cloudLink}>
          <BidiText text={t(`cloudLink.${event.cloudLink}`, { provider })} />
        </p>
      ) : null}
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-muted">{t('event.provenance')}</dt>
        <dd>{t(`provenance.${event.provenance}`)}</dd>
        <dt className="text-muted">{t('event.confidence')}</dt>
        <dd data-confidence={event.confidence}>{t(`confidence.${event.confidence}`)}</dd>
        {urls.length ? (
          <>
            <dt className="text-muted">{urls.length === 1 ? t('event.source') : t('event.sources')}</dt>
            <dd className="min-w-0">
              <SourceList urls={urls} index={sources} />
            </dd>
          </>
        ) : null}
      </dl>
      {weak && !event.claimOnly ? <p className="mt-2 text-xs text-muted">{t('event.secondaryOnlyNote')}</p> : null}
    </li>
  );
}
