// The desk's forms on a detection: an update, a confirmation, a dismissal as a false positive with its
// reason. Plain HTML forms posting to /desk/api/detections/{slug}/reviews (the server checks Origin, the
// session and every field); a refusal comes back as `?error=<field>`, a success as `?done=<kind>`.
import { useFormatter, useTranslations } from 'next-intl';
import { EditorText } from '@/components/incidents/editor-text';
import type { Locale } from '@/lib/i18n/routing';
import type { DetectionReview, DetectionVerdict } from '@/lib/view-types';

const input = 'block w-full rounded border border-line bg-bg px-3 py-2 text-base';
const label = 'block text-sm font-medium';
const button = 'rounded bg-fg px-4 py-3 text-base font-semibold text-bg';
const FIELDS = ['bodyAr', 'bodyEn', 'reasonAr', 'reasonEn'] as const;

/** What the last post said: the field a refusal named, a verdict already given, or what was done. */
export function ReviewNotice({ error, done }: { error?: string; done?: string }) {
  const t = useTranslations('deskReview');
  if (error === 'already_confirmed' || error === 'already_dismissed') {
    return <p role="alert" className="rounded border border-line bg-surface p-3" data-error-field="kind">{t('errorAlready')}</p>;
  }
  if (error) {
    const known = FIELDS.find((f) => f === error);
    return (
      <p role="alert" className="rounded border border-line bg-surface p-3" data-error-field={error}>
        {t('error', { field: known ? t(known) : error })}
      </p>
    );
  }
  if (done === 'update' || done === 'confirm' || done === 'dismiss') return <p role="status" className="rounded border border-line bg-surface p-3">{t(`done.${done}`)}</p>;
  return null;
}

function Hidden({ lang, kind }: { lang: Locale; kind: 'update' | 'confirm' | 'dismiss' }) {
  return (
    <>
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="kind" value={kind} />
    </>
  );
}

export function ReviewForms({ lang, slug, verdict, cloudEvent }: { lang: Locale; slug: string; verdict: DetectionVerdict | null; cloudEvent: boolean }) {
  const t = useTranslations('deskReview');
  const action = `/desk/api/detections/${slug}/reviews`;
  return (
    <div className="space-y-6">
      <form method="post" action={action} className="space-y-3 rounded border border-line p-4" aria-labelledby="review-update">
        <h2 id="review-update" className="text-xl font-semibold">{t('updateHeading')}</h2>
        <Hidden lang={lang} kind="update" />
        <label className={label}>
          {t('bodyAr')}
          <textarea name="bodyAr" required rows={4} dir="rtl" lang="ar" className={input} />
        </label>
        <label className={label}>
          {t('bodyEn')}
          <textarea name="bodyEn" rows={3} dir="ltr" lang="en" className={input} />
        </label>
        <button type="submit" className={button}>{t('submitUpdate')}</button>
      </form>

      {verdict !== 'confirmed' ? (
        <form method="post" action={action} className="space-y-3 rounded border border-line p-4" aria-labelledby="review-confirm">
          <h2 id="review-confirm" className="text-xl font-semibold">{t('confirmHeading')}</h2>
          <p className="text-sm text-muted">{t('confirmHint')}</p>
          <Hidden lang={lang} kind="confirm" />
          <button type="submit" className={button}>{t('submitConfirm')}</button>
        </form>
      ) : null}

      {verdict !== 'dismissed' ? (
        <form method="post" action={action} className="space-y-3 rounded border border-line p-4" aria-labelledby="review-dismiss">
          <h2 id="review-dismiss" className="text-xl font-semibold">{t('dismissHeading')}</h2>
          <p className="text-sm text-muted">{cloudEvent ? t('cloudHint') : t('dismissHint')}</p>
          <Hidden lang={lang} kind="dismiss" />
          <label className={label}>
            {t('reasonAr')}
            <textarea name="reasonAr" required minLength={3} rows={3} dir="rtl" lang="ar" className={input} />
          </label>
          <label className={label}>
            {t('reasonEn')}
            <textarea name="reasonEn" rows={3} dir="ltr" lang="en" className={input} />
          </label>
          <button type="submit" className={button}>{t('submitDismiss')}</button>
        </form>
      ) : null}
    </div>
  );
}

/**
 * What the editors wrote and decided about a detection, oldest last (the desk's own list: the public panel's
 * links and visitor-time parts belong to the site's pages, not to the desk's layout).
 */
export function ReviewHistory({ review, lang }: { review: DetectionReview; lang: Locale }) {
  const t = useTranslations('deskReview');
  const tk = useTranslations('detectionReview');
  const format = useFormatter();
  if (!review.entries.length) return <p>{t('noHistory')}</p>;
  return (
    <ol className="space-y-4 border-s border-line ps-4">
      {[...review.entries].reverse().map((entry, i) => (
        <li key={`${entry.atUtc}-${i}`} className="space-y-1" data-review-entry={entry.kind}>
          <p className="text-sm text-muted">
            <time dateTime={entry.atUtc}>{format.dateTime(new Date(entry.atUtc), 'long')}</time> · <strong className="text-fg">{tk(`kind.${entry.kind}`)}</strong>
          </p>
          {entry.text ? <EditorText text={entry.text} locale={lang} /> : null}
        </li>
      ))}
    </ol>
  );
}
