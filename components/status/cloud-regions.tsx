// The regions a cloud's open incidents name, as its feed lists them (Latin codes, isolated). Nothing when
// there are none.
import { useFormatter, useTranslations } from 'next-intl';

export function CloudRegions({ regions }: { regions: readonly string[] }) {
  const t = useTranslations('status');
  const format = useFormatter();
  if (regions.length === 0) return null;
  return (
    <p className="text-xs text-muted" data-regions="">
      {t.rich('cloudRegions', { regions: () => format.list(regions.map((r) => <bdi key={r} className="whitespace-nowrap">{r}</bdi>), { type: 'conjunction' }) })}
    </p>
  );
}
