import { useTranslations } from 'next-intl';
import type { ExposureColumn } from '@/lib/view-types';

/** The id a column's section carries, for links from the region picker. */
export function columnAnchor(column: Pick<ExposureColumn, 'key'>): string {
  return `where-${column.key.replace(/[^a-z0-9-]+/gi, '-').replace(/-+$/, '')}`;
}

/** A matrix column in words: "AWS us-east-1", "AWS (region not known)", "behind Cloudflare". */
export function ColumnLabel({ column }: { column: ExposureColumn }) {
  const t = useTranslations('exposure.column');
  const provider = () => <bdi>{column.providerName}</bdi>;
  if (column.kind === 'cdn') return <>{t.rich('cdn', { provider })}</>;
  if (column.region === null) return <>{t.rich('noRegion', { provider })}</>;
  return <>{t.rich('region', { provider, region: () => <bdi dir="ltr">{column.region}</bdi> })}</>;
}
