import { useLocale, useTranslations } from 'next-intl';
import { BidiText } from '@/components/incidents/bidi-text';
import { PoweredBy } from './powered-by';
import { StatusBadge } from '@/components/status/status-badge';
import { StatusIcon } from '@/components/status/status-icon';
import type { Status } from '@/lib/status/vocabulary';
import type { ServiceSnapshot } from '@/lib/view-types';

export interface EmbedGroupProps {
  name: string;
  status: Status;
  known: number;
  total: number;
  late: boolean;
  services: { service: ServiceSnapshot; status: Status; href: string }[];
  siteHref: string;
}

/** A group: its overall status, how many of its services are known, and each service's status. */
export function EmbedGroup({ name, status, known, total, late, services, siteHref }: EmbedGroupProps) {
  const t = useTranslations('embed');
  const ts = useTranslations('status');
  const locale = useLocale();
  return (
    <div className="space-y-2" data-status={status}>
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
        <h1 className="font-semibold">{name}</h1>
        <StatusBadge status={status} />
      </div>
      <p className="text-xs text-muted">{late ? t('late') : t('known', { known, total })}</p>
      <ul className="divide-y divide-line text-sm">
        {services.map(({ service, status: s, href }) => (
          <li key={service.id} className="flex items-center justify-between gap-3 py-1" data-service={service.id} data-status={s}>
            <a href={href} target="_blank" rel="noopener noreferrer" className="min-w-0 truncate underline-offset-4 hover:underline">
              <BidiText text={service.name[locale]} />
            </a>
            <span className="flex shrink-0 items-center gap-1 text-xs">
              <StatusIcon status={s} />
              <span>{service.monitored ? ts(s) : ts('notMonitored')}</span>
            </span>
          </li>
        ))}
      </ul>
      <PoweredBy siteHref={siteHref} />
    </div>
  );
}
