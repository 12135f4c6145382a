import { useFormatter, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { groupDependencies } from '@/lib/catalog/presentation';
import type { CloudDependency } from '@/lib/catalog/schema';
import { siteName } from '@/lib/incidents/types';
import { Link } from '@/lib/i18n/navigation';

/**
 * Which cloud (and region) public sources say the service ran on: each provider and region once, with
 * every source that says so; or "not known".
 */
export function CloudDependencies({ dependencies }: { dependencies: readonly CloudDependency[] }) {
  const t = useTranslations('service.deps');
  const format = useFormatter();
  const grouped = groupDependencies(dependencies);
  if (grouped.length === 0) return <p className="text-sm text-muted">{t('unknown')}</p>;
  const link = (source: string) => (
    <a key={source} href={source} rel="noopener noreferrer" className="underline underline-offset-4">
      <bdi dir="ltr">{siteName(source)}</bdi>
    </a>
  );
  return (
    <ul className="space-y-2 text-sm">
      {grouped.map((d) => (
        <li key={`${d.provider}-${d.region ?? ''}`} className="rounded-lg border border-line bg-surface p-3" data-dependency={`${d.provider} ${d.region ?? ''}`.trim()}>
          <p className="font-semibold">
            {d.region
              ? t.rich('item', { provider: () => <bdi>{d.provider}</bdi>, region: () => <bdi dir="ltr">{d.region}</bdi> })
              : t.rich('itemNoRegion', { provider: () => <bdi>{d.provider}</bdi> })}
          </p>
          <p className="text-muted">
            {d.sources.length === 1
              ? t.rich('source', { link: () => link(d.sources[0]!) })
              : t.rich('sources', { links: () => format.list(d.sources.map(link), { type: 'conjunction' }) as unknown as ReactNode })}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** A service that public sources say runs on a cloud, and where. */
export interface CloudDependent {
  id: string;
  name: string;
  regions: string[];
}

/**
 * A cloud's own page: not "its cloud dependency" (it is the cloud) but the services public sources say
 * run on it, each linking to its page, with the regions named.
 */
export function CloudDependents({ dependents }: { dependents: readonly CloudDependent[] }) {
  const t = useTranslations('service.deps');
  const format = useFormatter();
  if (dependents.length === 0) return <p className="text-sm text-muted">{t('cloudNone')}</p>;
  return (
    <div className="space-y-2 text-sm">
      <p className="text-muted">{t('cloudIntro')}</p>
      <ul className="flex flex-wrap gap-2" data-dependents="">
        {dependents.map((d) => {
          const service = () => (
            <Link href={`/services/${d.id}`} prefetch={false} className="font-semibold underline underline-offset-4">
              <bdi>{d.name}</bdi>
            </Link>
          );
          const regions = () => format.list(d.regions.map((r) => <bdi key={r} dir="ltr" className="whitespace-nowrap">{r}</bdi>), { type: 'conjunction' }) as unknown as ReactNode;
          return (
            <li key={d.id} className="rounded-lg border border-line bg-surface px-3 py-2" data-dependent={d.id}>
              {d.regions.length ? t.rich('cloudItem', { service, regions }) : service()}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
