import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import type { IncidentList } from '@/lib/view-types';

/** A plain GET form (no script needed): provider and year, each with "all". */
export function IncidentFilterForm({ list, action }: { list: IncidentList; action: string }) {
  const t = useTranslations('incidents.filter');
  const select = 'mt-1 block w-full min-w-32 rounded border border-line bg-surface px-2 py-1.5 text-sm';
  const active = list.filter.provider !== null || list.filter.year !== null || list.filter.origin !== null;
  return (
    <form method="get" action={action} role="search" aria-label={t('label')} className="flex flex-wrap items-end gap-3 print:hidden">
      <label className="text-sm">
        {t('provider')}
        <select name="provider" defaultValue={list.filter.provider ?? ''} className={select}>
          <option value="">{t('allProviders')}</option>
          {list.options.providers.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        {t('year')}
        <select name="year" defaultValue={list.filter.year?.toString() ?? ''} className={select}>
          <option value="">{t('allYears')}</option>
          {list.options.years.map((y) => (
            <option key={y} value={y} data-num="" suppressHydrationWarning>
              {String(y)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        {t('origin')}
        <select name="origin" defaultValue={list.filter.origin ?? ''} className={select}>
          <option value="">{t('allOrigins')}</option>
          <option value="measured">{t('measured')}</option>
          <option value="reconstructed">{t('reconstructed')}</option>
        </select>
      </label>
      <button type="submit" className="rounded border border-line bg-surface px-3 py-2 text-sm font-semibold hover:bg-bg">
        {t('apply')}
      </button>
      {active || list.problems.length ? (
        <Link href="/incidents" className="py-2 text-sm underline underline-offset-4">
          {t('clear')}
        </Link>
      ) : null}
    </form>
  );
}

/** A filter value that makes no sense: said plainly, and ignored. */
export function FilterProblems({ list }: { list: IncidentList }) {
  const t = useTranslations('incidents.filter');
  if (list.problems.length === 0) return null;
  return (
    <div role="alert" className="rounded-lg border border-partial bg-surface p-3 text-sm" data-filter-problem="">
      <p className="font-semibold">{t('problemTitle')}</p>
      <ul className="mt-1 list-disc ps-5">
        {list.problems.map((p) => (
          <li key={p.param}>
            {t.rich(p.param === 'year' ? 'badYear' : p.param === 'origin' ? 'badOrigin' : 'badProvider', {
              value: () => (
                <bdi dir="ltr" className="font-mono">
                  {p.value.slice(0, 60)}
                </bdi>
              ),
            })}
          </li>
        ))}
      </ul>
      <p className="mt-1">{t('problemIgnored')}</p>
    </div>
  );
}

export function ResultCount({ count, formatted }: { count: number; formatted: string }) {
  const t = useTranslations('incidents');
  return (
    <p className="text-sm text-muted" data-num="" data-result-count={count} suppressHydrationWarning>
      {t('count', { count, formatted })}
    </p>
  );
}
