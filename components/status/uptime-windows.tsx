import { useTranslations } from 'next-intl';
import { PARTIAL_WEIGHT_TENTHS, UPTIME_WINDOWS, type UptimeFigure, type UptimeWindow } from '@/lib/status/uptime';
import { useUnits } from './format-span';

const SPAN: Record<UptimeWindow, ['hours' | 'days', number]> = { '24h': ['hours', 24], '7d': ['days', 7], '30d': ['days', 30], '90d': ['days', 90] };

/** Uptime over 24 h, 7, 30 and 90 days, each with its coverage and the raw share of successful checks. */
export function UptimeWindows({ windows }: { windows: Record<UptimeWindow, UptimeFigure> }) {
  const t = useTranslations('uptime.windows');
  const units = useUnits();
  return (
    <div className="space-y-2">
      <dl className="grid grid-cols-2 gap-2 md:grid-cols-4" data-uptime-windows="">
        {UPTIME_WINDOWS.map((w) => {
          const figure = windows[w];
          const [unit, count] = SPAN[w];
          return (
            <div key={w} className="rounded-lg border border-line bg-surface p-3" data-window={w}>
              <dt className="text-sm text-muted" data-num="" suppressHydrationWarning>
                {t('last', { span: units.unit(unit, count) })}
              </dt>
              <dd className="text-xl font-semibold" data-num="" suppressHydrationWarning>
                {figure.uptimePercent === null ? t('notEnough') : units.percent(figure.uptimePercent)}
              </dd>
              <dd className="text-xs text-muted" data-num="" suppressHydrationWarning>
                {t('coverage', { percent: units.share(figure.coverage) })}
                {figure.notEnoughData && figure.uptimePercent !== null ? ` · ${t('notEnough')}` : ''}
              </dd>
              {figure.checksSuccessShare !== null ? (
                <dd className="text-xs text-muted" data-num="" suppressHydrationWarning>
                  {t('checks', { percent: units.share(figure.checksSuccessShare) })}
                </dd>
              ) : null}
            </div>
          );
        })}
      </dl>
      <p className="text-xs text-muted" data-num="" suppressHydrationWarning>
        {t('rule', { partial: units.share(PARTIAL_WEIGHT_TENTHS / 10) })}
      </p>
    </div>
  );
}
