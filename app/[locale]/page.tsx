import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LocalTime } from '@/components/ui/local-time';
import { ServiceGroups } from '@/components/status/service-groups';
import { asLocale } from '@/lib/i18n/routing';
import { getStatusSnapshot } from '@/lib/server/snapshot';

// Live data: rendered per request (a cache in front absorbs the load), never at build time.
export const dynamic = 'force-dynamic';

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  setRequestLocale(asLocale(locale));
  const [t, snapshot] = await Promise.all([getTranslations('home'), getStatusSnapshot()]);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t('heading')}</h1>
        <p className="text-muted">{t('intro')}</p>
        <p className="text-xs text-muted">
          {t.rich('generatedAt', { time: () => <LocalTime iso={snapshot.generatedAt} /> })}
        </p>
      </div>
      <ServiceGroups services={snapshot.services} />
    </div>
  );
}
