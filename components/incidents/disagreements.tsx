import { useLocale, useTranslations } from 'next-intl';
import type { Disagreement } from '@/lib/incidents/types';
import { BidiText } from './bidi-text';
import { SourceLinks, type SourceIndex } from './source-link';

/** Where sources disagree: every figure with who gives it; Marsad never keeps only one. */
export function Disagreements({ items, sources }: { items: readonly Disagreement[]; sources?: SourceIndex }) {
  const t = useTranslations('incident');
  const locale = useLocale();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="disagreements-heading" className="space-y-3" data-section="disagreements">
      <h2 id="disagreements-heading" className="text-xl font-semibold">
        {t('disagreements.heading')}
      </h2>
      <p className="text-sm text-muted">{t('disagreements.intro')}</p>
      <ul className="space-y-3">
        {items.map((d, i) => (
          <li key={i} className="rounded-lg border border-line bg-surface p-4 print:break-inside-avoid">
            <h3 className="font-semibold">
              <BidiText text={d.topic[locale]} />
            </h3>
            <ul className="mt-2 list-disc space-y-1 ps-5 text-sm">
              {d.figures.map((f, j) => (
                <li key={j}>
                  <span className="font-semibold">
                    <BidiText text={f.figure[locale]} />
                  </span>
                  {' — '}
                  <BidiText text={f.according[locale]} />
                  {f.sources.length ? (
                    <>
                      {' ('}
                      <SourceLinks urls={f.sources} separator={t('listSeparator')} index={sources} />
                      {')'}
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
            {d.sources?.length ? (
              <p className="mt-2 text-sm text-muted">
                {t('event.sources')}: <SourceLinks urls={d.sources} separator={t('listSeparator')} index={sources} />
              </p>
            ) : null}
            {d.note ? (
              <p className="mt-2 text-sm text-muted">
                <BidiText text={d.note[locale]} />
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
