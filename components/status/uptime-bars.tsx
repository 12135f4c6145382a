// 90 days of uptime as bars (uptime-slider.tsx draws them and takes the keyboard and pointer). The server
// formats the texts the first render shows (label, caption, the newest day's detail), so loading the page
// formats nothing in the browser.
import { useTranslations } from 'next-intl';
import { useUnits } from './format-span';
import { useDayDetail } from './uptime-day-detail';
import { decodeBarDays } from './uptime-encoding';
import { UptimeSlider } from './uptime-slider';

export interface UptimeBarsProps {
  /** The service's name in the page's language, for the slider's label. */
  name: string;
  /** Days oldest first (see uptime-encoding.ts). */
  encoded: string;
  /** The last (newest) day, YYYY-MM-DD UTC. */
  lastDay: string;
  /** The whole span's uptime (null: nothing known), and the share of it with trustworthy data (0–1). */
  totalPercent: number | null;
  totalCoverage: number;
  /** Under 90 % covered: the figure is shown with its coverage. */
  totalNotEnough: boolean;
  dir: 'rtl' | 'ltr';
}

export function UptimeBars({ name, encoded, lastDay, totalPercent, totalCoverage, totalNotEnough, dir }: UptimeBarsProps) {
  const t = useTranslations('uptime');
  const units = useUnits();
  const days = decodeBarDays(encoded);
  const detail = useDayDetail(days, lastDay);
  const span = units.unit('days', days.length);
  const total =
    totalPercent === null
      ? t('totalNotEnough')
      : totalNotEnough
        ? t('totalPartial', { percent: units.percent(totalPercent), coverage: units.share(totalCoverage) })
        : t('total', { percent: units.percent(totalPercent) });
  return (
    <UptimeSlider
      encoded={encoded}
      lastDay={lastDay}
      dir={dir}
      label={t('label', { name, span })}
      captionStart={t('start', { span })}
      captionTotal={total}
      captionToday={t('today')}
      newestDetail={detail(days.length - 1)}
    />
  );
}
