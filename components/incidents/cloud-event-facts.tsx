import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { LocalTime } from '@/components/ui/local-time';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import type { CloudEventDetail, CloudEventServiceName, CloudEventSummary } from '@/lib/view-types';
import { useDurationText } from './duration';

/** A lag in words: seconds under two minutes, else whole minutes (the feeds are read every minute or two). */
function useLagText() {
  const td = useTranslations('duration');
  const { fromSeconds, duration } = useDurationText();
  const span = (sec: number) => (sec < 120 ? fromSeconds(Math.round(sec)) : duration(Math.round(sec / 60)));
  return (minSec: number, maxSec: number): string | null => {
    if (maxSec <= 0) return null;
    if (minSec <= 0) return td('atMost', { d: span(maxSec) });
    return span(minSec) === span(maxSec) ? span(minSec) : td('between', { min: span(minSec), max: span(maxSec) });
  };
}

/** Names in a sentence: each isolated on its own, so the list reads in the sentence's direction. */
function Names({ items }: { items: CloudEventServiceName[] }) {
  const format = useFormatter();
  return <>{format.list(items.map((s) => <bdi key={s.id}>{s.shortName}</bdi>), { type: 'conjunction' })}</>;
}

/**
 * A cloud-outage event as Marsad measured it (docs/methodology.md § Cloud-outage events): why it opened,
 * what the cloud said and when (the vendor lag as a range, or "not acknowledged"), each member with how
 * its dependency is known and how long it failed, the chains that kept producing blocks, and the windows
 * the rules ran with. The services "coincided with" the cloud's trouble: cause is never claimed.
 */
export function CloudEventFacts({ event }: { event: CloudEventDetail }) {
  const t = useTranslations('incident.cloudEvent');
  const ts = useTranslations('status');
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const lagText = useLagText();
  const { between, fromSeconds } = useDurationText();
  const where = `${event.provider} ${event.region}`;
  const lag = event.vendorLag.kind === 'acknowledged' ? lagText(event.vendorLag.minSec, event.vendorLag.maxSec) : null;
  const n = (value: number) => format.number(value, 'integer');
  return (
    <section aria-labelledby="cloud-event-heading" className="space-y-4 rounded-lg border border-line p-4" data-section="cloud-event" data-cloud={event.cloud}>
      <h2 id="cloud-event-heading" className="text-xl font-semibold">
        {t('heading')} <span className="ms-2 rounded border border-line px-1.5 align-middle text-sm font-normal">{ts('provenance.measured')}</span>
      </h2>
      <p>
        {event.trigger === 'cloud_report'
          ? t.rich('triggerReport', { cloud: () => <bdi>{event.provider}</bdi>, region: () => <bdi dir="ltr">{event.region}</bdi> })
          : t.rich('triggerCorrelated', {
              count: event.settings.minServices,
              formatted: n(event.settings.minServices),
              where: () => <bdi dir="ltr">{where}</bdi>,
              window: fromSeconds(event.settings.windowSec),
            })}
      </p>
      <p className={event.cloud === 'not_reported' ? 'font-semibold' : undefined} data-cloud-word={event.cloud}>
        {event.cloud === 'not_reported'
          ? t.rich('notAcknowledged', { cloud: () => <bdi>{event.provider}</bdi> })
          : event.acknowledgedUtc
            ? t.rich(lag ? 'acknowledged' : 'acknowledgedFirst', {
                cloud: () => <bdi>{event.provider}</bdi>,
                time: () => <LocalTime iso={event.acknowledgedUtc!.latest} fixed />,
                lag: lag ?? '',
              })
            : null}
        {event.cloudResolvedUtc ? <> {t.rich('cloudResolved', { cloud: () => <bdi>{event.provider}</bdi>, time: () => <LocalTime iso={event.cloudResolvedUtc!} fixed /> })}</> : null}
      </p>
      <p className="text-sm text-muted">{t.rich('coincided', { cloud: () => <bdi>{event.provider}</bdi> })}</p>

      <h3 className="text-lg font-semibold">{t('membersHeading', { count: event.members.length, formatted: n(event.members.length) })}</h3>
      <ul className="space-y-3" data-members={event.members.length}>
        {event.members.map((m) => (
          <li key={m.id} className="space-y-1 border-b border-line pb-2 last:border-b-0" data-member={m.id}>
            <p className="flex flex-wrap items-baseline gap-x-3">
              <Link href={`/services/${m.id}`} className="font-semibold underline underline-offset-4">
                <bdi>{m.name[locale]}</bdi>
              </Link>
              <span className="text-sm">{ts(m.worstStatus)}</span>
              <span className="text-sm text-muted" data-member-duration="">
                {m.recoveredUtc ? t('failedFor', { duration: between(m.failedUtc, m.recoveredUtc) }) : t('stillFailing')}
              </span>
            </p>
            <p className="text-sm text-muted">
              {t.rich('failedAt', { time: () => <LocalTime iso={m.failedUtc} fixed /> })}
              {m.recoveredUtc ? <> · {t.rich('recoveredAt', { time: () => <LocalTime iso={m.recoveredUtc!} fixed /> })}</> : null}
            </p>
            <p className="text-sm text-muted">
              {m.basis.includes('stated') ? (
                m.source ? (
                  t.rich('basisStatedSource', {
                    link: (chunks) => (
                      <a href={m.source!} className="underline underline-offset-4" rel="noopener">
                        {chunks}
                      </a>
                    ),
                  })
                ) : (
                  t('basisStated')
                )
              ) : null}
              {m.basis.includes('stated') && m.basis.includes('measured') ? ' · ' : null}
              {m.basis.includes('measured') ? t('basisMeasured') : null}
              {m.basis.length === 0 ? t('basisNone') : null}
            </p>
            {m.incidentSlugs.length ? (
              <p className="text-sm">
                {m.incidentSlugs.map((slug, i) => (
                  <span key={slug}>
                    {i > 0 ? ' · ' : null}
                    <Link href={`/incidents/${slug}`} className="underline underline-offset-4" data-member-incident={slug}>
                      {t('ownIncident')}
                    </Link>
                  </span>
                ))}
              </p>
            ) : null}
          </li>
        ))}
      </ul>

      <div className="space-y-1" data-kept-producing="">
        <h3 className="text-lg font-semibold">{t('chainsHeading')}</h3>
        {event.keptProducing.l1.length ? <p>{t.rich('keptL1', { names: () => <Names items={event.keptProducing.l1} /> })}</p> : null}
        {event.keptProducing.l2.length ? <p>{t.rich('keptL2', { names: () => <Names items={event.keptProducing.l2} /> })}</p> : null}
        {event.stalled.length ? <p>{t.rich('stalled', { names: () => <Names items={event.stalled} /> })}</p> : null}
        {!event.keptProducing.l1.length && !event.keptProducing.l2.length && !event.stalled.length ? <p>{t('noChains')}</p> : null}
      </div>

      <p className="text-sm text-muted">
        {t('settings', {
          k: n(event.settings.minServices),
          w: fromSeconds(event.settings.windowSec),
          quiet: fromSeconds(event.settings.quietSec),
          rejoin: fromSeconds(event.settings.rejoinSec),
        })}{' '}
        <Link href="/about#cloudEvents" className="underline underline-offset-4">
          {t('methodLink')}
        </Link>
      </p>
    </section>
  );
}

/** On a service's own incident: the cloud-outage event it is part of. */
export function PartOfCloudEvent({ event }: { event: CloudEventSummary }) {
  const t = useTranslations('incident.cloudEvent');
  return (
    <p className="rounded-lg border border-line bg-surface p-3" data-part-of-event={event.slug}>
      {t.rich('partOf', {
        link: (chunks) => (
          <Link href={`/incidents/${event.slug}`} className="font-semibold underline underline-offset-4">
            {chunks}
          </Link>
        ),
        where: () => <bdi dir="ltr">{`${event.provider} ${event.region}`}</bdi>,
      })}
    </p>
  );
}
