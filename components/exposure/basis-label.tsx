import { useTranslations } from 'next-intl';
import type { ExposureBasis } from '@/lib/view-types';

/** A mark that does not rely on colour alone: a letter-like symbol and the word. */
const MARK: Record<ExposureBasis, string> = { stated: '◇', measured: '◆', both: '◈', cdn: '▣' };

export function BasisLabel({ basis, compact = false }: { basis: ExposureBasis; compact?: boolean }) {
  const t = useTranslations('exposure.basis');
  return (
    <span className="inline-flex items-baseline gap-1 whitespace-nowrap" data-basis={basis}>
      <span aria-hidden="true">{MARK[basis]}</span>
      <span className={compact ? 'text-xs' : undefined}>{t(basis)}</span>
    </span>
  );
}
