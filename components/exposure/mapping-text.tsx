import { useFormatter, useTranslations } from 'next-intl';
import type { ExposureMapping } from '@/lib/view-types';

/** A YYYY-MM-DD day as a date in the page's language (UTC, the day the ranges carry). */
export function useRangeDate(): (day: string) => string {
  const format = useFormatter();
  return (day) => format.dateTime(new Date(`${day}T00:00:00Z`), 'date');
}

/**
 * Where an address maps, in words: a cloud and its region, "behind a CDN: origin not visible", or in
 * no published range; with the date of the range data used.
 */
export function MappingText({ mapping }: { mapping: ExposureMapping | null }) {
  const t = useTranslations('exposure.mapping');
  const day = useRangeDate();
  if (!mapping) return <span data-mapping="none">{t('none')}</span>;
  const provider = () => <bdi>{mapping.providerName}</bdi>;
  const text =
    mapping.kind === 'cdn'
      ? t.rich('cdn', { provider })
      : mapping.region
        ? t.rich('cloud', { provider, region: () => <bdi dir="ltr">{mapping.region}</bdi> })
        : t.rich('cloudNoRegion', { provider });
  return (
    <span data-mapping={mapping.kind} data-provider={mapping.providerId} data-region={mapping.region ?? ''}>
      <span className="font-semibold">{text}</span>{' '}
      <span className="text-xs text-muted" data-num="" suppressHydrationWarning>
        {t(mapping.origin === 'fetched' ? 'dateFetched' : 'dateSnapshot', { date: day(mapping.snapshotDate) })}
      </span>
    </span>
  );
}
