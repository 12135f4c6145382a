import { useFormatter, useTranslations } from 'next-intl';
import type { Category } from '@/lib/catalog/schema';
import { ServiceRow, type RowUptime } from './service-row';
import type { ServiceSnapshot } from '@/lib/view-types';

// Home page order: the article's story first (exchanges, then the chains that kept producing blocks).
// The clouds have their own strip above (what they report about themselves).
const GROUP_ORDER: readonly Category[] = ['exchange', 'l1', 'l2', 'infra'];

export function ServiceGroups({ services, uptime }: { services: readonly ServiceSnapshot[]; uptime: ReadonlyMap<string, RowUptime> }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <div className="space-y-6">
      {GROUP_ORDER.map((category) => {
        const members = services.filter((s) => s.category === category);
        if (members.length === 0) return null;
        const headingId = `group-${category}`;
        return (
          <section key={category} aria-labelledby={headingId} data-group={category}>
            <h2 id={headingId} className="mb-2 flex flex-wrap items-baseline gap-x-2 text-lg font-semibold">
              {t(`category.${category}`)}
              <span className="text-sm font-normal text-muted" data-num="" suppressHydrationWarning>
                {t('home.serviceCount', { count: members.length, formatted: format.number(members.length, 'integer') })}
              </span>
            </h2>
            <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
              {members.map((service) => (
                <ServiceRow key={service.id} service={service} uptime={uptime.get(service.id)} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
