import { useFormatter } from 'next-intl';
import type { formats } from '@/lib/i18n/formats';

type DateFormat = keyof typeof formats.dateTime;

/**
 * A time as the server renders it (UTC, Western digits); the preferences script re-renders it in the
 * visitor's zone and digits before paint. `fixed` keeps it in UTC (journalists' UTC column).
 */
export function LocalTime({ iso, format = 'short', fixed = false }: { iso: string; format?: DateFormat; fixed?: boolean }) {
  const formatter = useFormatter();
  return (
    <time dateTime={iso} data-format={fixed ? undefined : format} data-num={fixed ? '' : undefined} suppressHydrationWarning>
      {formatter.dateTime(new Date(iso), format)}
    </time>
  );
}
