// /desk/{lang}/maintenance/new: schedule a maintenance window (Arabic description required, English optional).
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DeskShell } from '@/components/desk/desk-shell';
import { MaintenanceFieldError, MaintenanceForm } from '@/components/desk/maintenance-form';
import { deskLang, deskPageActor } from '@/lib/desk/pages';
import { getCatalog } from '@/lib/catalog';

export const dynamic = 'force-dynamic';

export default async function DeskScheduleMaintenance({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const lang = deskLang((await params).lang);
  setRequestLocale(lang);
  const actor = await deskPageActor(lang);
  const t = await getTranslations('desk.maintenance');
  const error = (await searchParams).error;
  const services = getCatalog().services.map((s) => ({ id: s.id, name: s.name[lang] }));
  return (
    <DeskShell lang={lang} otherHref={`/desk/${lang === 'ar' ? 'en' : 'ar'}/maintenance/new`} user={actor}>
      <p className="text-sm">
        <a href={`/desk/${lang}/maintenance`} className="underline underline-offset-4">{t('back')}</a>
      </p>
      <h1 className="text-2xl font-semibold">{t('schedule')}</h1>
      <MaintenanceFieldError field={typeof error === 'string' ? error : undefined} />
      <MaintenanceForm lang={lang} services={services} />
    </DeskShell>
  );
}
