import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/routing';
import { BidiText } from '@/components/incidents/bidi-text';
import type { ExposureView } from '@/lib/view-types';
import { BasisLabel } from './basis-label';
import { ColumnLabel } from './column-label';

/**
 * Services × (provider, region): each cell stated, measured, both or behind a CDN; an empty cell is
 * "nothing known", never "not there". Scrolls sideways on a small screen, the service column first.
 */
export function ExposureMatrix({ view }: { view: ExposureView }) {
  const t = useTranslations('exposure.matrix');
  const locale = useLocale() as Locale;
  const rows = view.services.filter((s) => view.cells.some((c) => c.serviceId === s.serviceId));
  const cell = new Map(view.cells.map((c) => [`${c.serviceId}\u0000${c.columnKey}`, c]));
  if (rows.length === 0) return <p className="text-sm text-muted">{t('empty')}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-line" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
      <table className="min-w-full border-collapse text-sm" data-exposure-matrix="">
        <caption id="matrix-caption" className="p-2 text-start text-xs text-muted">
          <BidiText text={t('caption')} />
        </caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="sticky start-0 bg-surface p-2 text-start">
              {t('service')}
            </th>
            {view.columns.map((c) => (
              <th key={c.key} scope="col" className="p-2 text-start align-bottom font-semibold">
                <ColumnLabel column={c} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.serviceId} className="border-b border-line last:border-b-0" data-service={s.serviceId}>
              <th scope="row" className="sticky start-0 bg-surface p-2 text-start font-normal">
                <bdi>{s.name[locale]}</bdi>
              </th>
              {view.columns.map((c) => {
                const found = cell.get(`${s.serviceId}\u0000${c.key}`);
                return (
                  <td key={c.key} className="p-2 text-start">
                    {found ? <BasisLabel basis={found.basis} compact /> : <span className="sr-only">{t('nothing')}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
