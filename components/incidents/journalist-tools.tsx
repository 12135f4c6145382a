import { useLocale, useTranslations } from 'next-intl';
import { LocalTime } from '@/components/ui/local-time';
import { Link } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import { DATA_LICENSE } from '@/lib/incidents/methodology';
import type { Correction } from '@/lib/incidents/types';
import { BidiText } from './bidi-text';
import { CopyCitation } from './copy-citation';

/** The incident's data as files: CSV in each language (UTF-8 with BOM) and JSON. */
export function DataDownloads({ slug }: { slug: string }) {
  const t = useTranslations('incident.tools');
  const base = `/api/incidents/${slug}`;
  const link = 'inline-flex items-center rounded border border-line bg-surface px-3 py-2 text-sm underline-offset-4 hover:underline';
  return (
    <div className="space-y-2 print:hidden" data-section="downloads">
      <h3 className="font-semibold">{t('downloads')}</h3>
      <ul className="flex flex-wrap gap-2">
        <li>
          <a href={`${base}.csv?lang=ar`} className={link} type="text/csv" hrefLang="ar" data-download="csv-ar">
            {t('csvAr')}
          </a>
        </li>
        <li>
          <a href={`${base}.csv?lang=en`} className={link} type="text/csv" hrefLang="en" data-download="csv-en">
            {t('csvEn')}
          </a>
        </li>
        <li>
          <a href={`${base}.json`} className={link} type="application/json" download={`marsad-${slug}.json`} data-download="json">
            {t('json')}
          </a>
        </li>
      </ul>
      <p className="text-xs text-muted">{t('downloadsNote')}</p>
    </div>
  );
}

/**
 * Ready citations in Arabic and in English, each in its own language and direction, each with a one-click
 * copy button. The Arabic one follows the visitor's digits (every number of it); the English one keeps
 * Western digits whatever the visitor chose, as an English citation is written.
 */
export function CiteThis({ citations }: { citations: { ar: string; en: string } }) {
  const t = useTranslations('incident.tools');
  return (
    <div className="space-y-2" data-section="cite">
      <h3 className="font-semibold">{t('cite')}</h3>
      {routing.locales.map((lang) => (
        <figure key={lang} className="space-y-1">
          <figcaption className="flex flex-wrap items-center justify-between gap-2 text-xs text-muted">
            <span>{lang === 'ar' ? t('citeAr') : t('citeEn')}</span>
            <CopyCitation text={citations[lang]} lang={lang} label={lang === 'ar' ? t('copyAr') : t('copyEn')} copied={t('copied')} failed={t('copyFailed')} />
          </figcaption>
          <blockquote lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'} className="select-all rounded border border-line bg-surface p-3 text-sm" data-citation={lang}>
            {lang === 'ar' ? <BidiText text={citations.ar} /> : citations.en}
          </blockquote>
        </figure>
      ))}
      <p className="text-xs text-muted">
        {t.rich('citeEvent', {
          code: () => (
            <code dir="ltr" className="font-mono">
              #event-…
            </code>
          ),
        })}
      </p>
    </div>
  );
}

/** Last updated, the corrections (listed, never hidden), the methodology version and the licence. */
export function Provenance({
  lastUpdated,
  corrections,
  methodologyVersion,
  editorCorrections = null,
  editorCorrectionCount = 0,
}: {
  lastUpdated: string;
  corrections: readonly Correction[];
  methodologyVersion: string;
  /** A detection's corrections by the editors (components/incidents/corrections.tsx), listed after the record's own. */
  editorCorrections?: React.ReactNode;
  editorCorrectionCount?: number;
}) {
  const t = useTranslations('incident.tools');
  const locale = useLocale();
  return (
    <div className="space-y-3 text-sm" data-section="record">
      <p>
        {t.rich('lastUpdated', { date: () => <LocalTime iso={`${lastUpdated}T00:00:00Z`} format="date" fixed /> })}
      </p>
      <div>
        <h3 className="font-semibold">{t('corrections')}</h3>
        {corrections.length ? (
          <ul className="mt-1 list-disc space-y-1 ps-5" data-corrections={corrections.length}>
            {corrections.map((c, i) => (
              <li key={i}>
                <LocalTime iso={`${c.date}T00:00:00Z`} format="date" fixed />: <BidiText text={c.text[locale]} />
                {c.eventId ? (
                  <>
                    {' '}
                    <a href={`#${c.eventId}`} className="underline underline-offset-4">
                      {t('correctionEvent')}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : editorCorrectionCount ? null : (
          <p className="text-muted" data-corrections="0">
            {t('noCorrections')}
          </p>
        )}
        {editorCorrections}
      </div>
      <p>
        {t.rich('methodology', {
          version: () => (
            <bdi dir="ltr" data-num="" suppressHydrationWarning>
              {methodologyVersion}
            </bdi>
          ),
          link: (chunks) => (
            <Link href="/about" className="underline underline-offset-4">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <p data-license={DATA_LICENSE.id}>
        {t.rich('license', {
          license: () => (
            <a href={DATA_LICENSE.url[locale]} className="underline underline-offset-4" rel="license noopener noreferrer">
              <bdi dir="ltr">{DATA_LICENSE.name}</bdi>
            </a>
          ),
        })}
      </p>
    </div>
  );
}
