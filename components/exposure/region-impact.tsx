import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/routing';
import { siteName } from '@/lib/incidents/types';
import { LocalTime } from '@/components/ui/local-time';
import type { ExposureView } from '@/lib/view-types';
import { BasisLabel } from './basis-label';
import { ColumnLabel, columnAnchor } from './column-label';

/**
 * "What would be hit if this region failed": one section per cloud provider and region, listing the
 * services that a source states or Marsad measured there, each labelled; then each CDN's services,
 * whose origin is not visible.
 */
export function RegionImpact({ view }: { view: ExposureView }) {
  const t = useTranslations('exposure.impact');
  const locale = useLocale() as Locale;
  const names = new Map(view.services.map((s) => [s.serviceId, s]));
  return (
    <div className="space-y-4">
      {view.columns.map((column) => {
        const cells = view.cells.filter((c) => c.columnKey === column.key);
        return (
          <section key={column.key} id={columnAnchor(column)} aria-labelledby={`${columnAnchor(column)}-h`} className="scroll-mt-4 space-y-2 rounded-lg border border-line bg-surface p-3" data-column={column.key}>
            <h3 id={`${columnAnchor(column)}-h`} className="font-semibold">
              {column.kind === 'cdn' ? t.rich('headingCdn', { label: () => <ColumnLabel column={column} /> }) : t.rich('heading', { label: () => <ColumnLabel column={column} /> })}
            </h3>
            {column.kind === 'cdn' ? <p className="text-xs text-muted">{t('cdnNote')}</p> : null}
            <ul className="space-y-1 text-sm">
              {cells.map((cell) => {
                const service = names.get(cell.serviceId)!;
                return (
                  <li key={cell.serviceId} className="flex flex-wrap items-baseline gap-x-2" data-service={cell.serviceId}>
                    <a href={`#service-${cell.serviceId}`} className="underline underline-offset-4">
                      <bdi>{service.name[locale]}</bdi>
                    </a>
                    <BasisLabel basis={cell.basis} compact />
                    {cell.measuredAt ? (
                      <span className="text-xs text-muted">{t.rich('measuredAt', { time: () => <LocalTime iso={cell.measuredAt!} /> })}</span>
                    ) : null}
                    {cell.sources.map((source) => (
                      <a key={source} href={source} rel="noopener noreferrer" className="text-xs text-muted underline underline-offset-4">
                        {t.rich('source', { site: () => <bdi dir="ltr">{siteName(source)}</bdi> })}
                      </a>
                    ))}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
