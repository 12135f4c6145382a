import { useTranslations } from 'next-intl';
import { LocalTime } from '@/components/ui/local-time';
import type { ExposureFeedInfo } from '@/lib/view-types';
import { useRangeDate } from './mapping-text';

/** The address-range data in use, per provider file: the snapshot's date, or when a newer copy was fetched. */
export function RangeDates({ feeds }: { feeds: readonly ExposureFeedInfo[] }) {
  const t = useTranslations('exposure.dates');
  const day = useRangeDate();
  return (
    <ul className="space-y-1 text-sm" data-range-dates="">
      {feeds.map((f) => (
        <li key={f.id} data-feed={f.id} data-origin={f.origin}>
          <bdi className="font-semibold">{f.providerNames.join(' · ')}</bdi>
          {': '}
          <span data-num="" suppressHydrationWarning>
            {f.origin === 'fetched' && f.fetchedAt
              ? t.rich('fetched', { date: day(f.dataDate), time: () => <LocalTime iso={f.fetchedAt!} /> })
              : t(f.refreshable ? 'snapshot' : 'snapshotOnly', { date: day(f.dataDate) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
