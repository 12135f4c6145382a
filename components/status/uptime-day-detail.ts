// One day's detail under the uptime bars (date, worst status, uptime, incidents), in the page's language:
// the server formats the newest day's (uptime-bars.tsx), the browser the others when the visitor moves to
// them (uptime-slider.tsx).
import { useFormatter, useTranslations } from 'next-intl';
import { useUnits } from './format-span';
import type { BarDay } from './uptime-encoding';

const DAY_MS = 86_400_000;

export function useDayDetail(days: readonly BarDay[], lastDay: string): (i: number) => string {
  const t = useTranslations('uptime');
  const tStatus = useTranslations('status');
  const format = useFormatter();
  const units = useUnits();
  const n = days.length;
  const lastDayMs = Date.parse(`${lastDay}T00:00:00Z`);
  return (i) => {
    const d = days[i];
    if (!d) return '';
    const date = format.dateTime(new Date(lastDayMs - (n - 1 - i) * DAY_MS), 'date');
    const incidents = { incidents: d.incidents, incidentsFormatted: units.integer(d.incidents) };
    if (d.notEnoughData || d.uptimePercent === null) return t('dayNotEnough', { date, coverage: units.share(d.coveragePercent / 100), ...incidents });
    return t('day', { date, worst: tStatus(d.worst), percent: units.percent(d.uptimePercent), ...incidents });
  };
}
