// /desk/{lang}/maintenance: every maintenance window (the editors' and the companies' own), newest first,
// and the way to schedule one (signed-in editors only).
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DeskShell } from '@/components/desk/desk-shell';
import { MaintenanceList } from '@/components/desk/maintenance-list';
import { deskLang, deskPageActor } from '@/lib/desk/pages';
import { listMaintenance } from '@/lib/read-models/maintenance';

export const dynamic = 'force-dynamic';

export default async function DeskMaintenance({ params }: { params: Promise<{ lang: string }> }) {
  const lang = deskLang((await params).lang);
  setRequestLocale(lang);
  const actor = await deskPageActor(lang);
  const [t, windows] = await Promise.all([getTranslations('desk.maintenance'), listMaintenance(200)]);
  return (
    <DeskShell lang={lang} otherHref={`/desk/${lang === 'ar' ? 'en' : 'ar'}/maintenance`} user={actor}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <a href={`/desk/${lang}/maintenance/new`} className="rounded bg-fg px-4 py-3 font-semibold text-bg">{t('schedule')}</a>
      </div>
      <MaintenanceList lang={lang} windows={windows} />
    </DeskShell>
  );
}
