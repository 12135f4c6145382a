import { useLocale, useTranslations } from 'next-intl';
import type { NotVerified } from '@/lib/incidents/types';
import { BidiText } from './bidi-text';
import { SourceLinks, type SourceIndex } from './source-link';

/** What Marsad checked and could not verify: claims are "claimed, not verified", gaps are "not verified". */
export function NotVerifiedList({ items, sources }: { items: readonly NotVerified[]; sources?: SourceIndex }) {
  const t = useTranslations('incident.notVerified');
  const tc = useTranslations('incident');
  const locale = useLocale();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="not-verified-heading" className="space-y-3" data-section="not-verified">
      <h2 id="not-verified-heading" className="text-xl font-semibold">
        {t('heading')}
      </h2>
      <p className="text-sm text-muted">{t('intro')}</p>
      <ul className="space-y-3">
        {items.map((item) => (
          <li key={item.id} id={`claim-${item.id}`} className="rounded-lg border border-dashed border-unknown p-4 print:break-inside-avoid" data-not-verified={item.kind}>
            <p className="text-xs font-semibold uppercase text-unknown">{t(item.kind)}</p>
            <p className="mt-1">
              <BidiText text={item.claim[locale]} />
            </p>
            <p className="mt-1 text-sm text-muted">
              <span className="font-semibold">{t('why')} </span>
              <BidiText text={item.whyNotVerified[locale]} />
            </p>
            <p className="mt-1 text-sm text-muted">
              {t('seenAt')}{' '}
              {item.source ? (
                <SourceLinks urls={[item.source, ...item.extraSources]} separator={tc('listSeparator')} index={sources} />
              ) : (
                <BidiText text={item.sourceNote?.[locale] ?? ''} />
              )}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
