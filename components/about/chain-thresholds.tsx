import { useLocale, useTranslations } from 'next-intl';
import { BidiText } from '@/components/incidents/bidi-text';
import type { Category } from '@/lib/catalog';

export interface ChainRow {
  id: string;
  name: { ar: string; en: string };
  category: Category;
  /** Preformatted durations and numbers, in the page's language. */
  soft: string;
  hard: string;
  finalized: string | null;
  safe: string | null;
  minSlots: string | null;
  quorum: string;
  endpoints: string;
  operators: string;
  blockTime: string | null;
}

/** The chain limits as the catalog in use sets them: one card per chain (readable at phone width). */
export function ChainThresholds({ rows }: { rows: readonly ChainRow[] }) {
  const t = useTranslations('about.chains');
  const tc = useTranslations('category');
  const locale = useLocale();
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {rows.map((row) => (
        <li key={row.id} className="rounded-lg border border-line bg-surface p-4 print:break-inside-avoid" data-chain={row.id}>
          <p className="font-semibold">
            {locale === 'ar' ? row.name.ar : <bdi>{row.name.en}</bdi>} <span className="text-sm font-normal text-muted">· {tc(row.category)}</span>
          </p>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <Item label={t('soft')} value={row.soft} />
            <Item label={t('hard')} value={row.hard} />
            {row.finalized ? <Item label={t('finalized')} value={row.finalized} /> : null}
            {row.safe ? <Item label={t('safe')} value={row.safe} /> : null}
            {row.minSlots ? <Item label={t('minSlots')} value={row.minSlots} /> : null}
            <Item label={t('quorum')} value={row.quorum} />
            <Item label={t('endpoints')} value={t('endpointsValue', { endpoints: row.endpoints, operators: row.operators })} />
            {row.blockTime ? <Item label={t('blockTime')} value={row.blockTime} /> : null}
          </dl>
        </li>
      ))}
    </ul>
  );
}

function Item({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt className="text-muted">{label}</dt>
      <dd>
        <BidiText text={value} />
      </dd>
    </>
  );
}
