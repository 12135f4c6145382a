import { useTranslations } from 'next-intl';
import type { CloudDependency } from '@/lib/catalog/schema';
import { siteName } from '@/lib/incidents/types';

/** Which cloud (and region) a public source says the service ran on, each with that source; or "not known". */
export function CloudDependencies({ dependencies }: { dependencies: readonly CloudDependency[] }) {
  const t = useTranslations('service.deps');
  if (dependencies.length === 0) return <p className="text-sm text-muted">{t('unknown')}</p>;
  return (
    <ul className="space-y-2 text-sm">
      {dependencies.map((d) => (
        <li key={`${d.provider}-${d.region ?? ''}-${d.source}`} className="rounded-lg border border-line bg-surface p-3" data-dependency="">
          <p className="font-semibold">
            {d.region
              ? t.rich('item', { provider: () => <bdi>{d.provider}</bdi>, region: () => <bdi dir="ltr">{d.region}</bdi> })
              : t.rich('itemNoRegion', { provider: () => <bdi>{d.provider}</bdi> })}
          </p>
          <p className="text-muted">
            {t.rich('source', {
              link: () => (
                <a href={d.source} rel="noopener noreferrer" className="underline underline-offset-4">
                  <bdi dir="ltr">{siteName(d.source)}</bdi>
                </a>
              ),
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
