// /desk/ar, /desk/en: the editors' incidents and the way to declare one (signed-in editors only).
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DeskShell } from '@/components/desk/desk-shell';
import { EditorTitle } from '@/components/incidents/editor-text';
import { deskLang, deskPageActor } from '@/lib/desk/pages';
import { listEditorIncidents } from '@/lib/read-models/editor-incidents';

export const dynamic = 'force-dynamic';

export default async function DeskHome({ params }: { params: Promise<{ lang: string }> }) {
  const lang = deskLang((await params).lang);
  setRequestLocale(lang);
  const actor = await deskPageActor(lang);
  const [t, ti, td, incidents] = await Promise.all([getTranslations('desk'), getTranslations('incident'), getTranslations('deskReview'), listEditorIncidents(100)]);
  return (
    <DeskShell lang={lang} otherHref={`/desk/${lang === 'ar' ? 'en' : 'ar'}`} user={actor}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('home.incidents')}</h1>
        <a href={`/desk/${lang}/incidents/new`} className="rounded bg-fg px-4 py-3 font-semibold text-bg">{t('home.declare')}</a>
        <a href={`/desk/${lang}/detections`} className="underline underline-offset-4" data-desk-link="detections">{td('nav')}</a>
        <a href={`/desk/${lang}/maintenance`} className="underline underline-offset-4" data-desk-link="maintenance">{t('maintenance.link')}</a>
        <a href={`/desk/${lang}/postmortems`} className="underline underline-offset-4">{t('home.postmortems')}</a>
        <a href={`/desk/${lang}/webhooks`} className="underline underline-offset-4" data-desk-link="webhooks">{t('home.webhooks')}</a>
        {actor.role === 'admin' ? (
          <>
            <a href={`/desk/${lang}/users`} className="underline underline-offset-4">{t('home.users')}</a>
            <a href={`/desk/${lang}/audit`} className="underline underline-offset-4">{t('home.audit')}</a>
          </>
        ) : null}
      </div>
      {incidents.length ? (
        <ul className="space-y-2">
          {incidents.map((incident) => (
            <li key={incident.slug} className="rounded border border-line p-3" data-slug={incident.slug}>
              <a href={`/desk/${lang}/incidents/${incident.slug}`} className="font-medium underline underline-offset-4">
                <EditorTitle text={incident.title} locale={lang} />
              </a>
              <p className="text-sm text-muted">{ti(`phase.${incident.phase}`)}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('home.none')}</p>
      )}
    </DeskShell>
  );
}
