// An editor's Markdown, made safe by lib/incidents/editor-text (no raw HTML, no images, nofollow links,
// dir="auto" per block). When the reader's language has no text, the Arabic is shown with a note.
import { useTranslations } from 'next-intl';
import { renderEditorMarkdown } from '@/lib/incidents/editor-text';
import type { EditorText as EditorTextValue } from '@/lib/view-types';
import type { Locale } from '@/lib/i18n/routing';

export function EditorText({ text, locale, className = '' }: { text: EditorTextValue; locale: Locale; className?: string }) {
  const t = useTranslations('editorIncident');
  const arabicOnly = locale === 'en' && !text.en;
  const shown = arabicOnly ? text.ar : (text[locale] ?? text.ar);
  return (
    <div className={`space-y-2 ${className}`} lang={arabicOnly || locale === 'ar' ? 'ar' : 'en'}>
      {arabicOnly ? (
        <p className="text-xs text-muted" lang="en" data-arabic-only="">
          {t('arabicOnlyNote')}
        </p>
      ) : null}
      <div className="editor-text space-y-2 [&_a]:underline [&_a]:underline-offset-4 [&_ul]:list-disc [&_ul]:ps-6" dangerouslySetInnerHTML={{ __html: renderEditorMarkdown(shown) }} />
    </div>
  );
}

/** A title in the reader's language, or the Arabic one marked "Arabic only". */
export function EditorTitle({ text, locale }: { text: EditorTextValue; locale: Locale }) {
  const t = useTranslations('editorIncident');
  if (locale === 'en' && !text.en) {
    return (
      <>
        <bdi lang="ar" dir="rtl">{text.ar}</bdi>{' '}
        <span className="rounded border border-line px-1.5 text-xs font-normal" data-arabic-only="">{t('arabicOnly')}</span>
      </>
    );
  }
  return <bdi dir="auto">{text[locale] ?? text.ar}</bdi>;
}
