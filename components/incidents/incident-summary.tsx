import { useLocale, useTranslations } from 'next-intl';
import { BidiText } from './bidi-text';
import { useDurationText } from './duration';
import { TimePair } from './time-pair';
import type { IncidentRecord } from '@/lib/view-types';

/** What happened, when (UTC and the visitor's zone), for how long, and why: the four questions first. */
export function IncidentSummary({ incident, now }: { incident: IncidentRecord; now?: string }) {
  const t = useTranslations('incident.summary');
  const tc = useTranslations('incident');
  const locale = useLocale();
  const { between } = useDurationText();
  const bounds = incident.endBounds;
  // A detected incident without an end is one Marsad still measures: say so, not "no published end".
  const ongoing = incident.origin === 'detected' && !incident.endUtc;
  return (
    <section aria-labelledby="summary-heading" className="space-y-4" data-section="summary">
      <h2 id="summary-heading" className="sr-only">
        {t('heading')}
      </h2>
      <dl className="grid gap-4 md:grid-cols-2">
        <div className="space-y-1 md:col-span-2">
          <dt className="text-sm font-semibold text-muted">{t('what')}</dt>
          <dd className="leading-relaxed">
            <BidiText text={(incident.summary ?? incident.title)[locale]} />
          </dd>
        </div>
        <div className="space-y-1">
          <dt className="text-sm font-semibold text-muted">{t('when')}</dt>
          <dd className="space-y-1">
            <p>
              <span className="text-muted">{t('start')} </span>
              <TimePair iso={incident.startUtc} />
            </p>
            <p>
              <span className="text-muted">{t('end')} </span>
              {incident.endUtc ? (
                <TimePair iso={incident.endUtc} />
              ) : (
                <span className="font-semibold" data-ongoing={ongoing || undefined}>
                  {ongoing ? t('ongoing') : t('endUnknown')}
                </span>
              )}
            </p>
            {incident.endNote ? (
              <p className="text-sm text-muted">
                <BidiText text={incident.endNote[locale]} />
              </p>
            ) : null}
          </dd>
        </div>
        <div className="space-y-1">
          <dt className="text-sm font-semibold text-muted">{t('howLong')}</dt>
          <dd className="space-y-1">
            {incident.endUtc ? (
              <p className="font-semibold" data-duration="">
                <BidiText text={between(incident.startUtc, incident.endUtc)} />
              </p>
            ) : bounds ? (
              <p className="font-semibold" data-duration="">
                <BidiText text={t('durationRange', { min: between(incident.startUtc, bounds.earliestUtc), max: between(incident.startUtc, bounds.latestUtc) })} />
              </p>
            ) : ongoing && now ? (
              // Not data-duration: that marks a known length (an ended incident), which readers and tests wait for.
              <p className="font-semibold" data-ongoing-duration="">
                <BidiText text={t('ongoingDuration', { duration: between(incident.startUtc, now) })} />
              </p>
            ) : (
              <p className="font-semibold">{t('durationUnknown')}</p>
            )}
            {incident.durationNote ? (
              <p className="text-sm text-muted">
                <BidiText text={incident.durationNote[locale]} />
              </p>
            ) : null}
            {bounds ? (
              <p className="text-sm text-muted">
                <BidiText text={bounds.note[locale]} />
              </p>
            ) : null}
          </dd>
        </div>
        <div className="space-y-1 md:col-span-2">
          <dt className="text-sm font-semibold text-muted">{t('why')}</dt>
          <dd className="space-y-1">
            {incident.rootCause ? (
              <>
                <p className="leading-relaxed">
                  <BidiText text={incident.rootCause[locale]} />
                </p>
                {incident.rootCauseConfidence ? (
                  <p className="text-sm text-muted">
                    {tc('event.confidence')}: {tc(`confidence.${incident.rootCauseConfidence}`)}
                  </p>
                ) : null}
              </>
            ) : (
              <p>{t('causeUnknown')}</p>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
