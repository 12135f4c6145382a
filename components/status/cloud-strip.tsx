import { useLocale, useTranslations } from 'next-intl';
import { getPathname } from '@/lib/i18n/navigation';
import { CloudRegions } from './cloud-regions';
import { LiveCloudRegions } from './live-cloud-regions';
import { LiveStatusBadge } from './live-badge';
import { ServiceBadge } from './status-badge';
import type { ServiceSnapshot } from '@/lib/view-types';

/** AWS, Google Cloud, Azure, Cloudflare: what each reports about itself (reported, never measured). */
export function CloudStrip({ clouds, regions, statusPages = {} }: { clouds: readonly ServiceSnapshot[]; regions: Readonly<Record<string, { regions: readonly string[] } | undefined>>; statusPages?: Readonly<Record<string, string | null>> }) {
  const t = useTranslations();
  const locale = useLocale();
  if (clouds.length === 0) return null;
  return (
    <section aria-labelledby="group-cloud" data-group="cloud" className="space-y-2">
      <h2 id="group-cloud" className="text-lg font-semibold">
        {t('home.cloudsTitle')}
      </h2>
      <ul className="grid grid-cols-1 gap-2 min-[22rem]:grid-cols-2 md:grid-cols-4">
        {clouds.map((cloud) => (
          <li key={cloud.id} className="space-y-1 rounded-lg border border-line bg-surface px-3 py-2" data-service={cloud.id}>
            <h3 className="font-semibold">
              <a href={getPathname({ href: `/services/${cloud.id}`, locale })} className="underline-offset-4 hover:underline">
                <bdi>{cloud.shortName}</bdi>
              </a>
            </h3>
            <LiveStatusBadge id={cloud.id} reported>
              <ServiceBadge service={cloud} reported />
            </LiveStatusBadge>
            <LiveCloudRegions id={cloud.id}>
              <CloudRegions regions={regions[cloud.id]?.regions ?? []} />
            </LiveCloudRegions>
            {statusPages[cloud.id] ? (
              <p className="text-xs">
                <a href={statusPages[cloud.id]!} rel="noopener noreferrer" className="text-muted underline underline-offset-4" data-status-page="">
                  {t('home.statusPage')}
                </a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="text-xs text-muted">{t('home.cloudsNote')}</p>
    </section>
  );
}
