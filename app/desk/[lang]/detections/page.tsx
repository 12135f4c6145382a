// /desk/{lang}/detections: what the probes detected (service incidents and cloud-outage events), ongoing
// ones first, each with the editors' verdict; each links to its review page.
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { DeskShell } from '@/components/desk/desk-shell';
import { deskLang, deskPageActor } from '@/lib/desk/pages';
import { listDetectionsForDesk } from '@/lib/read-models/detection-reviews';

export const dynamic = 'force-dynamic';

export default async function DeskDetections({ params }: { params: Promise<{ lang: string }> }) {
  const lang = deskLang((await params).lang);
  setRequestLocale(lang);
  const actor = await deskPageActor(lang);
  const [t, format, detections] = await Promise.all([getTranslations('deskReview'), getFormatter(), listDetectionsForDesk(100)]);
  return (
    <DeskShell lang={lang} otherHref={`/desk/${lang === 'ar' ? 'en' : 'ar'}/detections`} user={actor}>
      <p className="text-sm">
        <a href={`/desk/${lang}`} className="underline underline-offset-4">{t('back')}</a>
      </p>
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-sm text-muted">{t('intro')}</p>
      {detections.length ? (
        <ul className="space-y-2">
          {detections.map((d) => (
            <li key={d.slug} className="rounded border border-line p-3" data-detection={d.slug} data-verdict={d.review.verdict ?? 'none'}>
              <a href={`/desk/${lang}/detections/${d.slug}`} className="font-medium underline underline-offset-4">
                <bdi dir="auto">{d.title[lang]}</bdi>
              </a>
              <p className="text-sm text-muted">
                {d.kind === 'cloud-event' ? t('kindCloud') : t('kindService')} · {t('started')}{' '}
                <time dateTime={d.startUtc}>{format.dateTime(new Date(d.startUtc), 'long')}</time>
                {d.endUtc ? null : <> · {t('ongoing')}</>} · <strong>{t(`verdict.${d.review.verdict ?? 'none'}`)}</strong>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('none')}</p>
      )}
    </DeskShell>
  );
}
