import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { LocalTime } from '@/components/ui/local-time';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import type { MeasuredFacts as Facts, ServiceRef } from '@/lib/view-types';
import { useDurationText } from './duration';

/**
 * What Marsad measured about an incident it detected itself: how precisely the ends are known (± one
 * check interval), the worst status, and when the company's own page first admitted it, with the
 * vendor lag as the range the readings allow (docs/methodology.md § Incidents, § Reported status).
 */
export function MeasuredFacts({ facts, service }: { facts: Facts; service: ServiceRef | undefined }) {
  const t = useTranslations('incident.measured');
  const ts = useTranslations('status');
  const td = useTranslations('duration');
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const { fromSeconds, duration } = useDurationText();
  // Under two minutes in seconds, else in whole minutes: a lag read every minute is not known to the second.
  const span = (sec: number) => (sec < 120 ? fromSeconds(Math.round(sec)) : duration(Math.round(sec / 60)));
  const ack = facts.acknowledgement;
  let lag: string | null = null;
  if (ack.kind === 'acknowledged' && ack.lagMaxSec > 0) {
    const min = Math.max(0, ack.lagMinSec);
    lag = ack.lagMinSec <= 0 ? td('atMost', { d: span(ack.lagMaxSec) }) : span(min) === span(ack.lagMaxSec) ? span(min) : td('between', { min: span(min), max: span(ack.lagMaxSec) });
  }
  return (
    <section aria-labelledby="measured-heading" className="space-y-2 rounded-lg border border-line p-4" data-section="measured">
      <h2 id="measured-heading" className="text-xl font-semibold">
        {t('heading')} <span className="ms-2 rounded border border-line px-1.5 align-middle text-sm font-normal">{ts('provenance.measured')}</span>
      </h2>
      <ul className="list-disc space-y-1 ps-5">
        {service ? (
          <li>
            {t.rich('service', {
              link: () => (
                <Link href={`/services/${service.id}`} className="underline underline-offset-4">
                  <bdi>{service.name[locale]}</bdi>
                </Link>
              ),
            })}
          </li>
        ) : null}
        <li>{t('worst', { status: ts(facts.worstStatus) })}</li>
        <li data-precision={facts.precisionSec}>{t('precision', { interval: fromSeconds(facts.precisionSec) })}</li>
        {facts.reopenCount > 0 ? <li>{t('reopened', { count: facts.reopenCount, formatted: format.number(facts.reopenCount, 'integer') })}</li> : null}
        <li data-acknowledgement={ack.kind}>
          {ack.kind === 'acknowledged'
            ? lag
              ? t.rich('ack.acknowledged', { lag, time: () => <LocalTime iso={ack.atUtc} fixed /> })
              : t.rich('ack.spokeFirst', { time: () => <LocalTime iso={ack.atUtc} fixed /> })
            : t(`ack.${ack.kind}`)}
        </li>
      </ul>
    </section>
  );
}
