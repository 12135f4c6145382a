import { useLocale, useTranslations } from 'next-intl';
import type { ServiceRef } from '@/lib/view-types';

/**
 * Catalog names in the page's language, always isolated: they are Latin in Arabic too, and in a list
 * («Coinbase، Infura») two Latin names around an Arabic comma would otherwise run together as one Latin run.
 */
export function ServiceName({ service }: { service: ServiceRef }) {
  const locale = useLocale();
  return <bdi>{locale === 'ar' ? service.name.ar : service.name.en}</bdi>;
}

export function ServiceNames({ ids, services }: { ids: readonly string[]; services: Record<string, ServiceRef> }) {
  const t = useTranslations('incident');
  if (ids.length === 0) return <span>{t('event.aggregate')}</span>;
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? t('listSeparator') : null}
          <ServiceName service={services[id] ?? { id, name: { ar: id, en: id }, shortName: id, category: 'other' }} />
        </span>
      ))}
    </>
  );
}
