import { useTranslations } from 'next-intl';
import { BidiParagraphs, BidiText } from '@/components/incidents/bidi-text';
import { Link } from '@/lib/i18n/navigation';

export interface FaqEntry {
  id: string;
  question: string;
  /** Paragraphs separated by a blank line. */
  answer: string;
  more?: { href: string; label: string };
  /** One of the article's own questions. */
  fromArticle: boolean;
}

/** Questions as linkable sections (`#id`), answers in plain paragraphs. */
export function FaqList({ entries }: { entries: readonly FaqEntry[] }) {
  const t = useTranslations('faq');
  return (
    <div className="space-y-4">
      {entries.map((e) => (
        <section
          key={e.id}
          id={e.id}
          aria-labelledby={`${e.id}-q`}
          className="scroll-mt-4 rounded-lg border border-line bg-surface p-4 target:border-accent target:ring-2 target:ring-accent print:break-inside-avoid"
          data-faq={e.id}
        >
          <div className="flex items-start justify-between gap-3">
            <h2 id={`${e.id}-q`} className="text-lg font-semibold leading-snug">
              <BidiText text={e.question} />
            </h2>
            <a href={`#${e.id}`} className="shrink-0 text-xs text-muted underline-offset-4 hover:underline print:hidden">
              <span aria-hidden="true"># </span>
              {t('permalink')}
              <span className="sr-only"> ({e.question})</span>
            </a>
          </div>
          {e.fromArticle ? <p className="mt-1 text-xs text-muted">{t('fromArticle')}</p> : null}
          <div className="mt-2 space-y-2 leading-relaxed">
            <BidiParagraphs text={e.answer} />
          </div>
          {e.more ? (
            <p className="mt-2 text-sm">
              <Link href={e.more.href} className="underline underline-offset-4">
                {e.more.label}
              </Link>
            </p>
          ) : null}
        </section>
      ))}
    </div>
  );
}
