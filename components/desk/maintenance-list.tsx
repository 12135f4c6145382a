// The desk's list of maintenance windows: when, which services, who announced it, and its phase.
import { useTranslations } from 'next-intl';
import { LocalTime } from '@/components/ui/local-time';
import type { Locale } from '@/lib/i18n/routing';
import type { MaintenanceView } from '@/lib/view-types';

export function MaintenanceList({ lang, windows }: { lang: Locale; windows: MaintenanceView[] }) {
  const t = useTranslations('desk.maintenance');
  const tp = useTranslations('maintenance');
  if (windows.length === 0) return <p>{t('none')}</p>;
  return (
    <ul className="space-y-2">
      {windows.map((w) => (
        <li key={w.id} className="space-y-1 rounded border border-line p-3" data-maintenance={w.id} data-phase={w.phase}>
          <a href={`/desk/${lang}/maintenance/${w.id}`} className="font-medium underline underline-offset-4">
            {w.services.map((s) => s.name[lang]).join(tp('separator'))}
          </a>
          <p className="text-sm">{tp.rich('window', { start: () => <LocalTime iso={w.startUtc} />, end: () => <LocalTime iso={w.endUtc} /> })}</p>
          <p className="text-sm text-muted">
            {tp(`phase.${w.phase}`)} · {w.source === 'company' ? t('byCompany', { company: w.company ?? '' }) : t('byEditors')}
          </p>
        </li>
      ))}
    </ul>
  );
}
