// An incident's postmortem on its public page: its own section, labelled "from Marsad's editors" (never
// mixed with what the probes measured), with its publication date and, when revised, the revision's.
// The text is the editors' Markdown through the same safe renderer as their updates.
import { useFormatter, useTranslations } from 'next-intl';
import type { PublishedPostmortem } from '@/lib/view-types';
import type { Locale } from '@/lib/i18n/routing';
import { EditorText } from './editor-text';

export function PostmortemSection({ postmortem, locale }: { postmortem: PublishedPostmortem; locale: Locale }) {
  const t = useTranslations('postmortem');
  const te = useTranslations('editorIncident');
  const format = useFormatter();
  const time = (iso: string) => format.dateTime(new Date(iso), 'long');
  return (
    <section id="postmortem" aria-labelledby="postmortem-heading" className="space-y-3 rounded-lg border border-line p-4" data-postmortem="" data-provenance="editor">
      <h2 id="postmortem-heading" className="text-xl font-semibold">{t('heading')}</h2>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
        <span className="rounded border border-line px-1.5">{te('label')}</span>
        <span>
          {t('published')} <time dateTime={postmortem.publishedUtc}>{time(postmortem.publishedUtc)}</time>
        </span>
        {postmortem.revisedUtc ? (
          <span>
            {t('revised')} <time dateTime={postmortem.revisedUtc}>{time(postmortem.revisedUtc)}</time>
          </span>
        ) : null}
      </p>
      <p className="text-sm text-muted">{t('note')}</p>
      <EditorText text={postmortem.body} locale={locale} />
    </section>
  );
}
