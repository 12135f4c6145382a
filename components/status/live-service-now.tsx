'use client';
// A service page's "now": Marsad's measurement (status since when, the figure, failing from k of n
// vantages, when last checked) beside what the company itself says, both following the live snapshot.
import { useFormatter, useTranslations } from 'next-intl';
import { LocalTime } from '@/components/ui/local-time';
import { CloudRegions } from './cloud-regions';
import { useFigureParts } from './figure';
import { useLive } from './live-status';
import { StatusBadge } from './status-badge';

export function LiveServiceNow({ id, chain, readsReported }: { id: string; chain: boolean; readsReported: boolean }) {
  const { status } = useLive();
  const service = status.services.find((s) => s.id === id);
  const t = useTranslations('status');
  const tReason = useTranslations('reason');
  const format = useFormatter();
  const parts = useFigureParts(service, chain);
  if (!service) return null;
  const cloud = service.category === 'cloud';
  // A chain has no company: its block is there only where its team publishes a status page we read.
  const showReported = !chain || readsReported;
  const card = 'space-y-2 rounded-lg border border-line bg-surface p-4';
  return (
    <div className={`grid gap-3 ${showReported ? 'md:grid-cols-2' : ''}`} data-now="">
      <section className={card} aria-labelledby="now-measured" data-measured="">
        <h3 id="now-measured" className="text-sm font-semibold text-muted">
          {t('now.measuredTitle')}
        </h3>
        {cloud ? (
          <p className="text-sm">{t('now.noMeasurement')}</p>
        ) : (
          <>
            <div className="text-lg">
              <StatusBadge status={service.status} monitored={service.monitored} chain={chain} />
            </div>
            {service.since ? <p className="text-sm">{t.rich('now.since', { time: () => <LocalTime iso={service.since!} format="long" /> })}</p> : null}
            {parts.length ? (
              <p className="text-sm text-muted">
                <span data-num="" suppressHydrationWarning>
                  {parts.join(' · ')}
                </span>
              </p>
            ) : null}
            {chain && service.bestHeight !== null ? (
              <p className="text-sm text-muted">
                <span data-num="" suppressHydrationWarning>
                  {t('now.height', { height: format.number(service.bestHeight, 'integer') })}
                </span>
              </p>
            ) : null}
            <p className="text-xs text-muted">
              {service.checkedAt ? t.rich('now.checkedAt', { time: () => <LocalTime iso={service.checkedAt!} /> }) : t('now.neverChecked')}
            </p>
            <p className="text-xs text-muted">{t('now.measuredNote')}</p>
          </>
        )}
      </section>
      {showReported ? (
        <section className={card} aria-labelledby="now-reported" data-reported="">
          <h3 id="now-reported" className="text-sm font-semibold text-muted">
            {t(chain ? 'now.reportedTitleChain' : 'now.reportedTitle')}
          </h3>
          {service.reported ? (
            <>
              <div className="text-lg">
                <StatusBadge status={service.reported.status} />
              </div>
              {service.reported.reason ? <p className="text-sm text-muted">{tReason(service.reported.reason)}</p> : null}
              {cloud ? <CloudRegions regions={status.cloudIncidents[id]?.regions ?? []} /> : null}
            </>
          ) : (
            <p className="text-sm">{readsReported ? t('now.notYet') : t('now.noReported')}</p>
          )}
          <p className="text-xs text-muted">{t(chain ? 'now.reportedNoteChain' : 'now.reportedNote')}</p>
        </section>
      ) : null}
    </div>
  );
}
