// What the editors wrote and decided about a detection (a detected incident or a cloud-outage event),
// labelled "from Marsad's editors" apart from what the probes measured and what the company reported:
// the verdict (a dismissal with its reason), the updates, and the corrections, listed and never hidden.
import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import type { DetectionReview, DetectionReviewEntry, DetectionVerdict } from '@/lib/view-types';
import { TimePair } from './time-pair';
import { EditorText } from './editor-text';

function EditorLabel() {
  const t = useTranslations('detectionReview');
  return (
    <span className="rounded border border-line px-1.5 text-sm" data-provenance="editor">
      {t('label')}
    </span>
  );
}

function Entry({ entry, locale }: { entry: DetectionReviewEntry; locale: Locale }) {
  const t = useTranslations('detectionReview');
  return (
    <li className="space-y-1" data-review-entry={entry.kind}>
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm text-muted">
        <strong className="text-fg">{t(`kind.${entry.kind}`)}</strong>
        <TimePair iso={entry.atUtc} />
      </p>
      {entry.text ? <EditorText text={entry.text} locale={locale} /> : null}
    </li>
  );
}

/** The review of a detection, on its public page: nothing when no editor has written or decided anything. */
export function DetectionReviewPanel({ review, locale }: { review: DetectionReview; locale: Locale }) {
  const t = useTranslations('detectionReview');
  if (!review.entries.length) return null;
  return (
    <section aria-labelledby="review-heading" className="space-y-4 rounded-lg border border-line p-4" data-review={review.verdict ?? 'open'}>
      <h2 id="review-heading" className="flex flex-wrap items-center gap-3 text-xl font-semibold">
        {t('heading')} <EditorLabel />
      </h2>
      {review.verdict === 'dismissed' ? (
        <div className="space-y-2 rounded border-s-4 border-line bg-surface p-3" data-review-verdict="dismissed">
          <p className="font-semibold">{t('dismissed')}</p>
          {review.reason ? (
            <div className="text-sm">
              <p className="font-medium">{t('reason')}</p>
              <EditorText text={review.reason} locale={locale} />
            </div>
          ) : null}
        </div>
      ) : review.verdict === 'confirmed' ? (
        <p className="rounded border-s-4 border-line bg-surface p-3 font-semibold" data-review-verdict="confirmed">
          {t('confirmed')}
        </p>
      ) : null}
      <p className="text-sm text-muted">
        {t('measuredStays')}{' '}
        <Link href="/about" className="underline underline-offset-4">
          {t('uptimeLink')}
        </Link>
      </p>
      <ol className="space-y-4 border-s border-line ps-4">
        {[...review.entries].reverse().map((entry, i) => (
          <Entry key={`${entry.atUtc}-${i}`} entry={entry} locale={locale} />
        ))}
      </ol>
    </section>
  );
}

/** The corrections the editors made to a detection, for the page's record ("corrections are listed, not hidden"). */
export function ReviewCorrections({ corrections, locale }: { corrections: readonly DetectionReviewEntry[]; locale: Locale }) {
  const t = useTranslations('detectionReview');
  if (!corrections.length) return null;
  return (
    <div className="text-sm" data-review-corrections={corrections.length}>
      <ul className="mt-1 list-disc space-y-2 ps-5">
        {corrections.map((c, i) => (
          <li key={`${c.atUtc}-${i}`} className="space-y-1" data-correction={c.kind}>
            <p className="flex flex-wrap items-baseline gap-x-2">
              <strong>{c.kind === 'dismiss' ? t('correctionDismiss') : t('correctionConfirm')}</strong> <EditorLabel />
            </p>
            <p>
              <TimePair iso={c.atUtc} />
            </p>
            {c.text ? <EditorText text={c.text} locale={locale} /> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The mark a reviewed detection carries in the incident list and its page's header. */
export function ReviewMark({ verdict, className = 'text-xs' }: { verdict: DetectionVerdict | null | undefined; className?: string }) {
  const t = useTranslations('detectionReview');
  if (!verdict) return null;
  return (
    <span className={`rounded border border-line px-1.5 ${className}`} data-review-mark={verdict} data-provenance="editor">
      {verdict === 'dismissed' ? t('listDismissed') : t('listConfirmed')}
    </span>
  );
}
