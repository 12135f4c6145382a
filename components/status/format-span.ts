// Durations as words with the correct plural ("12 seconds", "3 minutes", "2 days"), for the server and the
// browser alike: the caller passes its translator for `status.unit` and its number formatter.
import { useFormatter, useTranslations } from 'next-intl';

export type UnitKey = 'ms' | 'seconds' | 'minutes' | 'hours' | 'days' | 'blocks' | 'checks' | 'rounds';
export type UnitTranslator = (key: UnitKey, values: { count: number; formatted: string }) => string;
export type IntegerFormatter = (value: number) => string;

export function formatUnit(t: UnitTranslator, formatInteger: IntegerFormatter, key: UnitKey, count: number): string {
  return t(key, { count, formatted: formatInteger(count) });
}

/** Seconds under a minute, then whole minutes, hours (under 2 days) and days, always rounded down. */
export function formatSpan(t: UnitTranslator, formatInteger: IntegerFormatter, seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return formatUnit(t, formatInteger, 'seconds', s);
  if (s < 3600) return formatUnit(t, formatInteger, 'minutes', Math.floor(s / 60));
  if (s < 48 * 3600) return formatUnit(t, formatInteger, 'hours', Math.floor(s / 3600));
  return formatUnit(t, formatInteger, 'days', Math.floor(s / 86_400));
}

/** The same, bound to the current locale's messages and number format (server or client component). */
export function useUnits() {
  const t = useTranslations('status.unit');
  const format = useFormatter();
  const integer: IntegerFormatter = (n) => format.number(n, 'integer');
  const translate: UnitTranslator = (key, values) => t(key, values);
  return {
    integer,
    unit: (key: UnitKey, count: number) => formatUnit(translate, integer, key, count),
    span: (seconds: number) => formatSpan(translate, integer, seconds),
    /** An uptime already floored to 2 decimals (99.93): formatted as is, never rounded up. */
    percent: (valuePercent: number) => format.number(valuePercent / 100, { style: 'percent', maximumFractionDigits: 2, numberingSystem: 'latn' }),
    /** A share (0–1) as a whole percent, floored: coverage never overstates what was covered. */
    share: (fraction: number) => format.number(Math.floor(fraction * 100 + 1e-9) / 100, { style: 'percent', maximumFractionDigits: 0, numberingSystem: 'latn' }),
  };
}
