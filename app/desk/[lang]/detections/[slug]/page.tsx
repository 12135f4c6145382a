// /desk/{lang}/detections/{slug}: one detection, its verdict and what the editors wrote, and the forms to
// add an update, confirm it, or dismiss it as a false positive with a reason.
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { DeskShell } from '@/components/desk/desk-shell';
import { ReviewForms, ReviewHistory, ReviewNotice } from '@/components/desk/review-forms';
import { deskLang, deskPageActor } from '@/lib/desk/pages';
import { getDetectionForDesk } from '@/lib/read-models/detection-reviews';

export const dynamic = 'force-dynamic';

export default async function DeskDetection({ params, searchParams }: { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { lang: rawLang, slug } = await params;
  const lang = deskLang(rawLang);
  setRequestLocale(lang);
  const actor = await deskPageActor(lang);
  const [t, format, detection, query] = await Promise.all([getTranslations('deskReview'), getFormatter(), getDetectionForDesk(slug), searchParams]);
  const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);
  return (
    <DeskShell lang={lang} otherHref={`/desk/${lang === 'ar' ? 'en' : 'ar'}/detections/${slug}`} user={actor}>
      <p className="flex flex-wrap gap-4 text-sm">
        <a href={`/desk/${lang}/detections`} className="underline underline-offset-4">{t('back')}</a>
        {detection ? (
          <a href={lang === 'ar' ? `/incidents/${slug}` : `/en/incidents/${slug}`} className="underline underline-offset-4">{t('publicPage')}</a>
        ) : null}
      </p>
      {detection ? (
        <>
          <header className="space-y-2">
            <h1 className="text-2xl font-semibold"><bdi dir="auto">{detection.title[lang]}</bdi></h1>
            <p className="text-sm text-muted">
              {detection.kind === 'cloud-event' ? t('kindCloud') : t('kindService')} · {t('started')}{' '}
              <time dateTime={detection.startUtc}>{format.dateTime(new Date(detection.startUtc), 'long')}</time>
              {detection.endUtc ? null : <> · {t('ongoing')}</>}
            </p>
            <p className="font-semibold" data-verdict={detection.review.verdict ?? 'none'}>{t(`verdict.${detection.review.verdict ?? 'none'}`)}</p>
          </header>
          <ReviewNotice error={one(query.error)} done={one(query.done)} />
          <ReviewForms lang={lang} slug={slug} verdict={detection.review.verdict} cloudEvent={detection.kind === 'cloud-event'} />
          <section aria-labelledby="review-history" className="space-y-3">
            <h2 id="review-history" className="text-xl font-semibold">{t('history')}</h2>
            <ReviewHistory review={detection.review} lang={lang} />
          </section>
        </>
      ) : (
        <p>{t('notFound')}</p>
      )}
    </DeskShell>
  );
}
