// /desk/{lang}/maintenance/{id}: one window as the public will see it; an editor's can be changed or
// cancelled here, a company's follows its own status page.
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DeskShell } from '@/components/desk/desk-shell';
import { MaintenanceAhead } from '@/components/maintenance/maintenance-ahead';
import { CancelMaintenance, MaintenanceFieldError, MaintenanceForm } from '@/components/desk/maintenance-form';
import { deskLang, deskPageActor } from '@/lib/desk/pages';
import { getCatalog } from '@/lib/catalog';
import { getMaintenance } from '@/lib/read-models/maintenance';

export const dynamic = 'force-dynamic';

export default async function DeskMaintenanceWindow({ params, searchParams }: { params: Promise<{ lang: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { lang: rawLang, id } = await params;
  const lang = deskLang(rawLang);
  setRequestLocale(lang);
  const actor = await deskPageActor(lang);
  const [t, window] = await Promise.all([getTranslations('desk.maintenance'), getMaintenance(id)]);
  const query = await searchParams;
  const services = getCatalog().services.map((s) => ({ id: s.id, name: s.name[lang] }));
  const editable = window?.source === 'editor' && window.phase !== 'cancelled' && window.phase !== 'completed';
  return (
    <DeskShell lang={lang} otherHref={`/desk/${lang === 'ar' ? 'en' : 'ar'}/maintenance/${id}`} user={actor}>
      <p className="text-sm">
        <a href={`/desk/${lang}/maintenance`} className="underline underline-offset-4">{t('back')}</a>
      </p>
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      {window ? (
        <>
          {query.saved ? <p role="status" className="rounded border border-line bg-surface p-3">{t('saved')}</p> : null}
          <MaintenanceAhead items={[window]} />
          {window.phase === 'cancelled' ? <p>{t('cancelledNote')}</p> : null}
          {window.source === 'company' ? <p>{t('companyNote')}</p> : null}
          {editable ? (
            <section aria-labelledby="edit" className="space-y-3 rounded border border-line p-4">
              <h2 id="edit" className="text-xl font-semibold">{t('edit')}</h2>
              <MaintenanceFieldError field={typeof query.error === 'string' ? query.error : undefined} />
              <MaintenanceForm lang={lang} services={services} current={window} />
              <CancelMaintenance lang={lang} id={window.id} />
            </section>
          ) : null}
        </>
      ) : (
        <p>{t('notFound')}</p>
      )}
    </DeskShell>
  );
}
