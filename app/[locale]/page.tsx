import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { ServiceGroups } from '@/components/status/service-groups';
import { asLocale } from '@/lib/i18n/routing';
import { getStatusSnapshot } from '@/lib/server/snapshot';

// Live data: rendered per request (a cache in front absorbs the load), never at build time.
export const dynamic = 'force-dynamic';

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  setRequestLocale(asLocale(locale));
  const [t, format, snapshot] = await Promise.all([getTranslations('home'), getFormatter(), getStatusSnapshot()]);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t('heading')}</h1>
        <p className="text-muted">{t('intro')}</p>
        <p className="text-xs text-muted">
          <time dateTime={snapshot.generatedAt}>{t('generatedAt', { time: format.dateTime(new Date(snapshot.generatedAt), 'short') })}</time>
        </p>
      </div>
      <ServiceGroups services={snapshot.services} />
    </div>
  );
}
