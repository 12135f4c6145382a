// The postmortem form of the desk: Arabic required, English optional (the English page then says
// "Arabic only"), Markdown without HTML, a preview in both directions, and two ways to submit: keep as
// a draft, or publish (once published, saving revises the public text, dated).
import { useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/routing';

const input = 'block w-full rounded border border-line bg-bg px-3 py-2 text-base';
const label = 'block text-sm font-medium';

export interface PostmortemFormValue {
  bodyAr: string;
  bodyEn: string;
  published: boolean;
}

export function PostmortemForm({ lang, slug, value }: { lang: Locale; slug: string; value: PostmortemFormValue }) {
  const t = useTranslations('desk.postmortems');
  const tf = useTranslations('desk.form');
  return (
    <form method="post" action={`/desk/api/postmortems/${slug}`} className="space-y-4">
      <input type="hidden" name="lang" value={lang} />
      <label className={label}>
        {t('bodyAr')}
        <textarea name="bodyAr" className={input} rows={14} required dir="rtl" lang="ar" aria-describedby="pm-markdown-hint" defaultValue={value.bodyAr} />
      </label>
      <p id="pm-markdown-hint" className="text-sm text-muted">{tf('markdownHint')}</p>
      <label className={label}>
        {t('bodyEn')}
        <textarea name="bodyEn" className={input} rows={10} dir="ltr" lang="en" aria-describedby="pm-english-hint" defaultValue={value.bodyEn} />
      </label>
      <p id="pm-english-hint" className="text-sm text-muted">{tf('englishHint')}</p>
      {value.published ? <p className="text-sm text-muted">{t('revisionHint')}</p> : null}
      <div className="flex flex-wrap gap-3">
        {value.published ? (
          <button type="submit" name="action" value="save" className="rounded bg-fg px-4 py-3 text-base font-semibold text-bg">{t('saveRevision')}</button>
        ) : (
          <>
            <button type="submit" name="action" value="publish" className="rounded bg-fg px-4 py-3 text-base font-semibold text-bg">{t('publish')}</button>
            <button type="submit" name="action" value="save" className="rounded border border-line px-4 py-3 text-base">{t('save')}</button>
          </>
        )}
        <button type="submit" formAction="/desk/api/preview" formTarget="_blank" className="rounded border border-line px-4 py-3 text-base">{tf('preview')}</button>
      </div>
    </form>
  );
}
