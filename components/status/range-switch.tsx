import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

export const CHART_RANGES = ['24h', '7d'] as const;
export type ChartRange = (typeof CHART_RANGES)[number];

/** Links between the chart ranges (plain links: the page is rendered on the server for each). */
export function RangeSwitch({ serviceId, current }: { serviceId: string; current: ChartRange }) {
  const t = useTranslations('service.charts.range');
  return (
    <nav aria-label={t('label')}>
      <ul className="inline-flex overflow-hidden rounded border border-line text-sm">
        {CHART_RANGES.map((range) => (
          <li key={range} className="border-line [&+&]:border-s">
            <Link
              href={{ pathname: `/services/${serviceId}`, query: range === '24h' ? {} : { range } }}
              aria-current={range === current ? 'page' : undefined}
              className={`inline-block px-3 py-2 ${range === current ? 'bg-fg font-semibold text-bg' : 'bg-surface hover:bg-bg'}`}
              scroll={false}
              prefetch={false}
              data-num=""
              suppressHydrationWarning
            >
              {t(range)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
