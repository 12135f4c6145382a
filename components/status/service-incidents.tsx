import { useLocale, useTranslations } from 'next-intl';
import { LocalTime } from '@/components/ui/local-time';
import { Link } from '@/lib/i18n/navigation';
import { useUnits } from './format-span';
import { StatusBadge } from './status-badge';
import type { ServiceIncidents as Incidents } from '@/lib/view-types';

/** Incidents Marsad detected for the service, then past incidents (reconstructed) whose events name it. */
export function ServiceIncidents({ incidents, chain }: { incidents: Incidents; chain: boolean }) {
  const t = useTranslations('service.incidents');
  const tStatus = useTranslations('status');
  const locale = useLocale() === 'ar' ? 'ar' : 'en';
  const units = useUnits();
  if (incidents.detected.length === 0 && incidents.past.length === 0) return <p className="text-sm text-muted">{t('none')}</p>;
  return (
    <div className="space-y-4">
      {incidents.detected.length > 0 ? (
        <section aria-labelledby="incidents-detected" className="space-y-2">
          <h3 id="incidents-detected" className="font-semibold">
            {t('detected')}
          </h3>
          <ul className="space-y-2 text-sm">
            {incidents.detected.map((i) => (
              <li key={i.slug} className="rounded-lg border border-line bg-surface p-3" data-incident={i.slug}>
                <p>
                  {i.endedAt
                    ? t.rich('detectedItem', { status: tStatus(i.worstStatus), start: () => <LocalTime iso={i.startedAt} />, end: () => <LocalTime iso={i.endedAt!} /> })
                    : t.rich('detectedOpen', { status: tStatus(i.worstStatus), start: () => <LocalTime iso={i.startedAt} /> })}
                </p>
                <p className="text-xs text-muted">
                  <span data-num="" suppressHydrationWarning>
                    {t('precision', { span: units.span(i.precisionSec) })}
                  </span>
                  {' · '}
                  <Link href={`/incidents/${i.slug}`} prefetch={false} className="underline underline-offset-4">
                    {t('open')}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {incidents.past.length > 0 ? (
        <section aria-labelledby="incidents-past" className="space-y-2">
          <h3 id="incidents-past" className="font-semibold">
            {t('past')}
          </h3>
          <ul className="space-y-3 text-sm">
            {incidents.past.map((incident) => (
              <li key={incident.slug} className="space-y-2 rounded-lg border border-line bg-surface p-3" data-incident={incident.slug}>
                <p className="font-semibold">
                  <Link href={`/incidents/${incident.slug}`} prefetch={false} className="underline underline-offset-4">
                    {incident.title[locale]}
                  </Link>
                </p>
                {incident.events.length === 0 ? (
                  <p className="text-xs text-muted">
                    <LocalTime iso={incident.startUtc} />
                  </p>
                ) : (
                  <ol className="space-y-2">
                    {incident.events.map((e) => (
                      <li key={e.id} className="space-y-1 border-s-2 border-line ps-3">
                        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
                          {e.timeUtc ? <LocalTime iso={e.timeUtc} /> : <span>{t('timeNotConfirmed')}</span>}
                          {e.state === 'resolved' ? <span className="font-semibold text-operational">{t('resolved')}</span> : <StatusBadge status={e.state} chain={chain} />}
                          <span>{t(e.provenance)}</span>
                        </p>
                        <p>
                          <Link href={`/incidents/${incident.slug}#${e.id}`} prefetch={false} className="underline-offset-4 hover:underline">
                            {e.summary[locale]}
                          </Link>
                        </p>
                      </li>
                    ))}
                  </ol>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
