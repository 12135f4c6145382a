// Durations in words ("14 hours and 32 minutes"), and ranges that keep their uncertainty. Hooks: call
// from a server component that is not async.
import { useFormatter, useTranslations } from 'next-intl';
import type { DurationRange } from '@/lib/incidents/blast-radius';
import { NUMBERING_SYSTEM } from '@/lib/i18n/formats';

export function useDurationText() {
  const t = useTranslations('duration');
  const format = useFormatter();
  const n = (count: number) => ({
    count,
    // Sub-second block times (0.4 s, 0.25 s) keep their fraction; everything else is whole.
    formatted: Number.isInteger(count) ? format.number(count, 'integer') : format.number(count, { numberingSystem: NUMBERING_SYSTEM, maximumFractionDigits: 2 }),
  });

  function duration(totalMinutes: number): string {
    const minutes = Math.max(0, Math.round(totalMinutes));
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    if (h === 0) return t('minutes', n(m));
    if (m === 0) return t('hours', n(h));
    return t('hoursAndMinutes', { hours: t('hours', n(h)), minutes: t('minutes', n(m)) });
  }

  /** A range as the data bounds it: exact, between, at least, at most, or not known. */
  function range(r: DurationRange): string {
    const { minMinutes: min, maxMinutes: max } = r;
    let text: string;
    if (min !== null && max !== null) text = min === max ? t('exactly', { d: duration(min) }) : t('between', { min: duration(min), max: duration(max) });
    else if (min !== null) text = t('atLeast', { d: duration(min) });
    else if (max !== null) text = t('atMost', { d: duration(max) });
    else return t('unknown');
    if (r.approximate) text = t('approximate', { d: text });
    if (max !== null && r.maxAssumesWindow) text = t('assumesWindow', { d: text });
    return text;
  }

  /** Seconds under a minute in seconds, else as a duration in minutes and hours. */
  function fromSeconds(totalSeconds: number): string {
    if (totalSeconds < 60 || totalSeconds % 60 !== 0) return t('seconds', n(Math.round(totalSeconds * 100) / 100));
    return duration(totalSeconds / 60);
  }

  function between(startUtc: string, endUtc: string): string {
    return duration((Date.parse(endUtc) - Date.parse(startUtc)) / 60_000);
  }

  return { duration, range, between, fromSeconds };
}
