import { useLocale, useTranslations } from 'next-intl';
import { getPathname } from '@/lib/i18n/navigation';
import { LiveStatusBadge } from './live-badge';
import { ServiceFigure } from './figure';
import { LiveFigure } from './live-figure';
import { ServiceBadge } from './status-badge';
import { UptimeBars } from './uptime-bars';
import type { ServiceSnapshot } from '@/lib/view-types';
import { isChainCategory } from '@/lib/catalog/categories';

/** What a row needs to draw its 90 bars (see uptime-encoding.ts). */
export interface RowUptime {
  encoded: string;
  lastDay: string;
  totalPercent: number | null;
  totalCoverage: number;
  totalNotEnough: boolean;
}

/**
 * One service: its name (a link to its page), the company's own status page where the catalog reads one,
 * live status and figure, and its 90-day bars.
 */
export function ServiceRow({ service, uptime, statusPage = null }: { service: ServiceSnapshot; uptime?: RowUptime; statusPage?: string | null }) {
  const t = useTranslations('home');
  const locale = useLocale();
  const chain = isChainCategory(service.category);
  const name = locale === 'ar' ? service.name.ar : service.name.en;
  return (
    <li className="px-4 py-3" data-service={service.id}>
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
        <div className="min-w-0">
          <h3 className="font-semibold">
            <a href={getPathname({ href: `/services/${service.id}`, locale })} className="underline-offset-4 hover:underline">
              <bdi>{name}</bdi>
            </a>
          </h3>
          {service.monitored ? (
            <LiveFigure id={service.id} chain={chain}>
              <ServiceFigure service={service} chain={chain} />
            </LiveFigure>
          ) : <p className="text-xs text-muted">{t('notMonitoredRow')}</p>}
          {statusPage ? (
            <p className="text-xs">
              <a href={statusPage} rel="noopener noreferrer" className="text-muted underline underline-offset-4" data-status-page="">
                {t('statusPage')}
              </a>
            </p>
          ) : null}
        </div>
        <LiveStatusBadge id={service.id} chain={chain}>
          <ServiceBadge service={service} chain={chain} />
        </LiveStatusBadge>
      </div>
      {uptime ? <UptimeBars name={name} encoded={uptime.encoded} lastDay={uptime.lastDay} totalPercent={uptime.totalPercent} totalCoverage={uptime.totalCoverage} totalNotEnough={uptime.totalNotEnough} dir={locale === 'ar' ? 'rtl' : 'ltr'} /> : null}
    </li>
  );
}
