import { useLocale, useTranslations } from 'next-intl';
import { BidiText } from '@/components/incidents/bidi-text';
import { PoweredBy } from './powered-by';
import { StatusBadge } from '@/components/status/status-badge';
import { LocalTime } from '@/components/ui/local-time';
import type { Status } from '@/lib/status/vocabulary';
import type { ServiceSnapshot } from '@/lib/view-types';
import { isChainCategory } from '@/lib/catalog/categories';

export interface EmbedServiceProps {
  service: ServiceSnapshot;
  /** The status to show: unknown when our measurements are late. */
  status: Status;
  late: boolean;
  pageHref: string;
  siteHref: string;
}

/** One service: its name (a link to its page on Marsad), its status now and since when. */
export function EmbedService({ service, status, late, pageHref, siteHref }: EmbedServiceProps) {
  const t = useTranslations('embed');
  const locale = useLocale();
  const chain = isChainCategory(service.category);
  return (
    <div className="space-y-1" data-status={status}>
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
        <h1 className="font-semibold">
          <a href={pageHref} target="_blank" rel="noopener noreferrer" className="underline-offset-4 hover:underline">
            <BidiText text={service.name[locale]} />
          </a>
        </h1>
        <StatusBadge status={status} monitored={service.monitored} chain={chain} />
      </div>
      <p className="text-xs text-muted">
        {late ? t('late') : service.since && status !== 'unknown' ? t.rich('since', { time: () => <LocalTime iso={service.since!} /> }) : t('noRecentData')}
      </p>
      <PoweredBy siteHref={siteHref} />
    </div>
  );
}
