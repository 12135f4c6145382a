import { useFormatter, useTranslations } from 'next-intl';
import { MIN_COVERAGE } from '@/lib/status/uptime';
import type { Status } from '@/lib/status/vocabulary';
import { STATUS_FILL_CLASS } from './status-icon';

const KEYED: readonly Status[] = ['operational', 'degraded', 'partial_outage', 'major_outage', 'maintenance'];

function Swatch({ className, short = false }: { className: string; short?: boolean }) {
  return (
    <svg viewBox="0 0 6 14" width="6" height="14" aria-hidden="true" className="shrink-0">
      <rect x="0" y={short ? 9 : 0} width="6" height={short ? 5 : 14} className={className} />
    </svg>
  );
}

/** The colour key of the uptime bars, the direction time runs in, and the keys that move between days. */
export function UptimeLegend() {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <section aria-labelledby="uptime-legend" className="space-y-2 rounded-lg border border-line bg-surface p-4 text-sm">
      <h2 id="uptime-legend" className="font-semibold">
        {t('uptime.legend.title')}
      </h2>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {KEYED.map((status) => (
          <li key={status} className="flex items-center gap-1.5">
            <Swatch className={STATUS_FILL_CLASS[status]} />
            {t(`status.${status}`)}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <Swatch className="fill-unknown" short />
          <span data-num="" suppressHydrationWarning>
            {t('uptime.legend.notEnoughData', { percent: format.number(MIN_COVERAGE, { style: 'percent', numberingSystem: 'latn' }) })}
          </span>
        </li>
      </ul>
      <p className="text-muted">{t('uptime.direction')}</p>
      <p className="text-muted">{t('uptime.keys')}</p>
    </section>
  );
}
