// /desk/{lang}/incidents/{slug}: one editor's incident as the public will see it, and the form for its
// next update (resolving it is an update whose phase is "resolved").
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DeskShell } from '@/components/desk/desk-shell';
import { FieldError, TemplateLinks, UpdateForm } from '@/components/desk/desk-forms';
import { EditorIncident } from '@/components/incidents/editor-incident';
import { deskLang, deskPageActor } from '@/lib/desk/pages';
import { DESK_TEMPLATES, templateById } from '@/lib/desk/templates';
import { getCatalog } from '@/lib/catalog';
import { getEditorIncident } from '@/lib/read-models/editor-incidents';

export const dynamic = 'force-dynamic';

export default async function DeskIncident({ params, searchParams }: { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { lang: rawLang, slug } = await params;
  const lang = deskLang(rawLang);
  setRequestLocale(lang);
  const actor = await deskPageActor(lang);
  const [t, incident] = await Promise.all([getTranslations('desk'), getEditorIncident(slug)]);
  const query = await searchParams;
  const error = query.error;
  const chosen = templateById(query.template);
  const initial = chosen ? { phase: chosen.phase, bodyAr: chosen.body.ar, bodyEn: chosen.body.en } : undefined;
  const templates = DESK_TEMPLATES.map((tpl) => ({ id: tpl.id, label: tpl.label[lang], href: `/desk/${lang}/incidents/${slug}?template=${tpl.id}` }));
  const services = getCatalog().services.map((s) => ({ id: s.id, name: s.name[lang] }));
  return (
    <DeskShell lang={lang} otherHref={`/desk/${lang === 'ar' ? 'en' : 'ar'}/incidents/${slug}`} user={actor}>
      {incident ? (
        <>
          <p className="flex flex-wrap gap-4 text-sm">
            <a href={`/desk/${lang}`} className="underline underline-offset-4">{t('incident.back')}</a>
            <a href={lang === 'ar' ? `/incidents/${slug}` : `/en/incidents/${slug}`} className="underline underline-offset-4">{t('incident.publicPage')}</a>
          </p>
          <section aria-labelledby="add-update" className="space-y-3 rounded border border-line p-4">
            <h2 id="add-update" className="text-xl font-semibold">{t('incident.addUpdate')}</h2>
            <FieldError field={typeof error === 'string' ? error : undefined} />
            <TemplateLinks templates={templates} />
            <UpdateForm lang={lang} slug={slug} phase={incident.phase} services={services} initial={initial} />
          </section>
          <EditorIncident incident={incident} locale={lang} inDesk />
        </>
      ) : (
        <p>{t('incident.notFound')}</p>
      )}
    </DeskShell>
  );
}
