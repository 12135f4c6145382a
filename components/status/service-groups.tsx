import { useFormatter, useTranslations } from 'next-intl';
import { HOME_GROUP_ORDER, type HomeGroup } from '@/lib/catalog/presentation';
import { ServiceRow, type RowUptime } from './service-row';
import type { ServiceSnapshot } from '@/lib/view-types';

/** What the catalog says about a row beyond the snapshot: its home group and the company's status page. */
export interface RowInfo {
  group: HomeGroup | null;
  statusPage: string | null;
}

// Home page order (HOME_GROUP_ORDER): the article's story first (exchanges, then the chains that kept
// producing blocks), the infrastructure providers, then the apps and wallets people use. The clouds have
// their own strip above (what they report about themselves). A group is for reading only: the API's
// `category` stays (a wallet is `infra` there).
export function ServiceGroups({ services, uptime, rows }: { services: readonly ServiceSnapshot[]; uptime: ReadonlyMap<string, RowUptime>; rows: Readonly<Record<string, RowInfo>> }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <div className="space-y-6">
      {HOME_GROUP_ORDER.map((category) => {
        const members = services.filter((s) => (rows[s.id] ? rows[s.id]!.group : s.category) === category);
        if (members.length === 0) return null;
        const headingId = `group-${category}`;
        return (
          <section key={category} aria-labelledby={headingId} data-group={category}>
            <h2 id={headingId} className="mb-2 flex flex-wrap items-baseline gap-x-2 text-lg font-semibold">
              {category === 'apps' ? t('home.appsGroup') : t(`category.${category}`)}
              <span className="text-sm font-normal text-muted" data-num="" suppressHydrationWarning>
                {t('home.serviceCount', { count: members.length, formatted: format.number(members.length, 'integer') })}
              </span>
            </h2>
            <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
              {members.map((service) => (
                <ServiceRow key={service.id} service={service} uptime={uptime.get(service.id)} statusPage={rows[service.id]?.statusPage ?? null} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
