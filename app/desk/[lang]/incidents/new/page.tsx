// /desk/{lang}/incidents/new: declare an incident (Arabic required, English optional).
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DeskShell } from '@/components/desk/desk-shell';
import { DeclareForm, FieldError, TemplateLinks } from '@/components/desk/desk-forms';
import { deskLang, deskPageActor } from '@/lib/desk/pages';
import { DESK_TEMPLATES, templateById } from '@/lib/desk/templates';
import { getCatalog } from '@/lib/catalog';

export const dynamic = 'force-dynamic';

export default async function DeskDeclare({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const lang = deskLang((await params).lang);
  setRequestLocale(lang);
  const actor = await deskPageActor(lang);
  const t = await getTranslations('desk');
  const query = await searchParams;
  const error = query.error;
  const chosen = templateById(query.template);
  const initial = chosen ? { phase: chosen.phase, bodyAr: chosen.body.ar, bodyEn: chosen.body.en } : undefined;
  const templates = DESK_TEMPLATES.map((tpl) => ({ id: tpl.id, label: tpl.label[lang], href: `/desk/${lang}/incidents/new?template=${tpl.id}` }));
  const services = getCatalog().services.map((s) => ({ id: s.id, name: s.name[lang] }));
  return (
    <DeskShell lang={lang} otherHref={`/desk/${lang === 'ar' ? 'en' : 'ar'}/incidents/new`} user={actor}>
      <h1 className="text-2xl font-semibold">{t('home.declare')}</h1>
      <FieldError field={typeof error === 'string' ? error : undefined} />
      <TemplateLinks templates={templates} />
      <DeclareForm lang={lang} services={services} initial={initial} />
    </DeskShell>
  );
}
