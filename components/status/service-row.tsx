import { useLocale, useTranslations } from 'next-intl';
import { LocalTime } from '@/components/ui/local-time';
import type { ServiceSnapshot } from '@/lib/server/snapshot';
import { StatusBadge } from './status-badge';

export function ServiceRow({ service }: { service: ServiceSnapshot }) {
  const t = useTranslations();
  const locale = useLocale();
  const isChain = service.category === 'l1' || service.category === 'l2';
  return (
    <li className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3" data-service={service.id}>
      <div className="min-w-0">
        <p className="font-semibold">
          {locale === 'ar' ? service.name.ar : <bdi>{service.name.en}</bdi>}
        </p>
        <p className="text-xs text-muted">
          {service.reason ? t(`reason.${service.reason}`) : null}
          {service.checkedAt ? (
            <>
              {service.reason ? ' · ' : null}
              {t.rich('home.checkedAt', { time: () => <LocalTime iso={service.checkedAt!} format="time" /> })}
            </>
          ) : null}
        </p>
      </div>
      <StatusBadge status={service.status} monitored={service.monitored} chain={isChain} />
    </li>
  );
}
