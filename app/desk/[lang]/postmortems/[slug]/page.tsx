// /desk/{lang}/postmortems/{slug}: write, save and publish the postmortem of one incident (editor role).
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { DeskShell } from '@/components/desk/desk-shell';
import { PostmortemForm } from '@/components/desk/postmortem-form';
import { deskLang, deskPageActor } from '@/lib/desk/pages';
import { incidentTitle, postmortemOf } from '@/lib/desk/team-routes';

export const dynamic = 'force-dynamic';

const DONE = ['saved', 'published', 'revised'] as const;
const FIELDS = ['bodyAr', 'bodyEn'] as const;

export default async function DeskPostmortem({ params, searchParams }: { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { lang: rawLang, slug } = await params;
  const lang = deskLang(rawLang);
  setRequestLocale(lang);
  const actor = await deskPageActor(lang);
  const valid = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && slug.length <= 120;
  const [t, tf, format, title, postmortem] = await Promise.all([
    getTranslations('desk.postmortems'),
    getTranslations('desk.form'),
    getFormatter(),
    valid ? incidentTitle(slug) : null,
    valid ? postmortemOf(slug) : null,
  ]);
  const query = await searchParams;
  const done = DONE.find((d) => d === query.done);
  const errorField = typeof query.error === 'string' ? query.error : undefined;
  const errorLabel = FIELDS.find((f) => f === errorField);
  const body = (postmortem?.body ?? null) as { ar?: string; en?: string | null } | null;
  const publicHref = lang === 'ar' ? `/incidents/${slug}#postmortem` : `/en/incidents/${slug}#postmortem`;
  return (
    <DeskShell lang={lang} otherHref={`/desk/${lang === 'ar' ? 'en' : 'ar'}/postmortems/${slug}`} user={actor}>
      <p className="flex flex-wrap gap-4 text-sm">
        <a href={`/desk/${lang}/postmortems`} className="underline underline-offset-4">{t('back')}</a>
        {title ? <a href={publicHref} className="underline underline-offset-4">{t('publicPage')}</a> : null}
      </p>
      {title ? (
        <>
          <h1 className="text-2xl font-semibold">
            {t('title')}: <bdi dir="auto">{title[lang] ?? title.ar}</bdi>
          </h1>
          <p className="text-sm" data-postmortem-state={postmortem?.publishedAt ? 'published' : postmortem ? 'draft' : 'none'}>
            {postmortem?.publishedAt ? t('statePublished', { time: format.dateTime(postmortem.publishedAt, 'long') }) : t('stateDraft')}
          </p>
          {done ? <p role="status" className="rounded border border-line bg-surface p-3" data-done={done}>{t(done)}</p> : null}
          {errorField ? (
            <p role="alert" className="rounded border border-line bg-surface p-3" data-error-field={errorField}>
              {t('error', { field: errorLabel ? tf(errorLabel) : errorField.slice(0, 40) })}
            </p>
          ) : null}
          <PostmortemForm lang={lang} slug={slug} value={{ bodyAr: body?.ar ?? '', bodyEn: body?.en ?? '', published: !!postmortem?.publishedAt }} />
        </>
      ) : (
        <p>{t('notFound')}</p>
      )}
    </DeskShell>
  );
}
