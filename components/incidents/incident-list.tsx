import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { BidiText } from './bidi-text';
import { ReviewMark } from './corrections';
import { useDurationText } from './duration';
import { TimePair } from './time-pair';
import type { IncidentListItem } from '@/lib/view-types';

export function IncidentList({ items }: { items: readonly IncidentListItem[] }) {
  return (
    <ol className="space-y-4">
      {items.map((item) => (
        <IncidentCard key={item.slug} item={item} />
      ))}
    </ol>
  );
}

function IncidentCard({ item }: { item: IncidentListItem }) {
  const t = useTranslations('incidents.item');
  const locale = useLocale();
  const format = useFormatter();
  const { between } = useDurationText();
  const duration = item.endUtc
    ? between(item.startUtc, item.endUtc)
    : item.endBounds
      ? t('durationRange', { min: between(item.startUtc, item.endBounds.earliestUtc), max: between(item.startUtc, item.endBounds.latestUtc) })
      : t('durationUnknown');
  return (
    <li className="rounded-lg border border-line bg-surface p-4" data-incident={item.slug} data-origin={item.origin}>
      <article className="space-y-2">
        <h2 className="text-lg font-semibold leading-snug">
          <Link href={`/incidents/${item.slug}`} className="underline-offset-4 hover:underline">
            <BidiText text={item.title[locale]} />
          </Link>
        </h2>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
          <div className="flex flex-wrap gap-x-1.5">
            <dt className="text-muted">{t('provider')}</dt>
            <dd>
              <bdi dir="ltr">{item.provider ?? t('unknown')}</bdi>
            </dd>
          </div>
          <div className="flex flex-wrap gap-x-1.5">
            <dt className="text-muted">{t('region')}</dt>
            <dd>
              {item.region ? <bdi dir="ltr">{item.region}</bdi> : t('unknown')}
              {item.regionName ? ` (${item.regionName[locale]})` : null}
              {item.zone ? (
                <>
                  {t('zoneSeparator')}
                  <bdi dir="ltr">{item.zone}</bdi>
                </>
              ) : null}
            </dd>
          </div>
          <div className="flex flex-wrap gap-x-1.5 sm:col-span-2">
            <dt className="text-muted">{t('start')}</dt>
            <dd>
              <TimePair iso={item.startUtc} />
            </dd>
          </div>
          <div className="flex flex-wrap gap-x-1.5">
            <dt className="text-muted">{t('duration')}</dt>
            <dd>
              <BidiText text={duration} />
            </dd>
          </div>
          <div className="flex flex-wrap gap-x-1.5">
            <dt className="text-muted">{t('servicesHit')}</dt>
            <dd data-affected-count={item.affectedServiceCount}>
              <span data-num="" suppressHydrationWarning>
                {format.number(item.affectedServiceCount, 'integer')}
              </span>
            </dd>
          </div>
        </dl>
        <p className="flex flex-wrap gap-2 text-xs">
          <span className="rounded border border-line px-1.5 py-0.5">{item.origin === 'past' ? t('originPast') : t('originDetected')}</span>
          <ReviewMark verdict={item.review} />
          {!item.inScope ? <span className="rounded border border-line px-1.5 py-0.5">{t('notInArticle')}</span> : null}
        </p>
      </article>
    </li>
  );
}
