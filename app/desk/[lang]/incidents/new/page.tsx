// /desk/{lang}/incidents/new: declare an incident (Arabic required, English optional).
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DeskShell } from '@/components/desk/desk-shell';
import { DeclareForm, FieldError } from '@/components/desk/desk-forms';
import { deskLang, deskPageActor } from '@/lib/desk/pages';
import { getCatalog } from '@/lib/catalog';

export const dynamic = 'force-dynamic';

export default async function DeskDeclare({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const lang = deskLang((await params).lang);
  setRequestLocale(lang);
  const actor = await deskPageActor(lang);
  const t = await getTranslations('desk');
  const error = (await searchParams).error;
  const services = getCatalog().services.map((s) => ({ id: s.id, name: s.name[lang] }));
  return (
    <DeskShell lang={lang} otherHref={`/desk/${lang === 'ar' ? 'en' : 'ar'}/incidents/new`} user={actor}>
      <h1 className="text-2xl font-semibold">{t('home.declare')}</h1>
      <FieldError field={typeof error === 'string' ? error : undefined} />
      <DeclareForm lang={lang} services={services} />
    </DeskShell>
  );
}
