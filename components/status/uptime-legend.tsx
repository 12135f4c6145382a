import { useFormatter, useTranslations } from 'next-intl';
import { BidiText } from '@/components/incidents/bidi-text';
import { MIN_COVERAGE } from '@/lib/status/uptime';
import type { Status } from '@/lib/status/vocabulary';
import { BAR_HEIGHT, barPath, type BarKind } from './bar-shapes';
import { STATUS_FILL_CLASS } from './status-icon';

const KEYED: readonly Status[] = ['operational', 'degraded', 'partial_outage', 'major_outage', 'maintenance'];

/** One bar drawn as the uptime bars draw that status (shape and colour), a little wider to be read. */
function Swatch({ kind, className }: { kind: BarKind; className: string }) {
  return (
    <svg viewBox={`0 0 3 ${BAR_HEIGHT}`} width="8" height="20" preserveAspectRatio="none" aria-hidden="true" className="shrink-0" data-swatch={kind}>
      <path d={barPath(kind, 0, 3)} className={className} />
    </svg>
  );
}

/**
 * The key of the uptime bars (each status's colour and shape), the direction time runs in, and the keys
 * that move between days: near the top of the home page, before the bars it explains.
 */
export function UptimeLegend() {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <section aria-labelledby="uptime-legend" className="space-y-1 rounded-lg border border-line bg-surface px-4 py-3 text-sm" data-legend="">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <h2 id="uptime-legend" className="font-semibold">
          {t('uptime.legend.title')}
        </h2>
        <ul className="flex flex-wrap items-center gap-x-4 gap-y-1">
          {KEYED.map((status) => (
            <li key={status} className="flex items-center gap-1.5">
              <Swatch kind={status} className={STATUS_FILL_CLASS[status]} />
              {t(`status.${status}`)}
            </li>
          ))}
          <li className="flex items-center gap-1.5">
            <Swatch kind="notEnoughData" className="fill-unknown" />
            <span data-num="" suppressHydrationWarning>
              {t('uptime.legend.notEnoughData', { percent: format.number(MIN_COVERAGE, { style: 'percent', numberingSystem: 'latn' }) })}
            </span>
          </li>
        </ul>
      </div>
      <p className="text-xs text-muted">
        {/* The key names (PageUp, Home…) isolated, so «وPageUp وPageDown» keeps its order in Arabic. */}
        <BidiText text={`${t('uptime.direction')} ${t('uptime.keys')}`} />
      </p>
    </section>
  );
}
