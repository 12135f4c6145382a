// The embeddable widget of one service: /embed/service/{id} (Arabic) and /en/embed/service/{id}.
// Any site may frame it (the front server's policy for /embed and /en/embed); it reloads every minute.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EmbedFrame } from '@/components/embed/embed-frame';
import { EmbedService } from '@/components/embed/embed-service';
import { asLocale } from '@/lib/i18n/routing';
import { effectiveStatus } from '@/lib/read-models/group-status';
import { localizedPath } from '@/lib/open-data/seo';
import { getStatusSnapshot } from '@/lib/read-models/snapshot';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/embed/service/[id]'>): Promise<Metadata> {
  const { locale: raw, id } = await params;
  const locale = asLocale(raw);
  const [t, snapshot] = await Promise.all([getTranslations({ locale, namespace: 'embed' }), getStatusSnapshot()]);
  const service = snapshot.services.find((s) => s.id === id);
  // A widget repeats the service page: it is not a page of its own for search engines.
  return { title: service ? t('serviceTitle', { name: service.name[locale] }) : undefined, robots: { index: false, follow: false } };
}

export default async function EmbedServicePage({ params }: PageProps<'/[locale]/embed/service/[id]'>) {
  const { locale: raw, id } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const snapshot = await getStatusSnapshot();
  const service = snapshot.services.find((s) => s.id === id);
  if (!service) notFound();
  return (
    <EmbedFrame kind="service" id={service.id}>
      <EmbedService
        service={service}
        status={effectiveStatus(service, snapshot)}
        late={snapshot.late}
        pageHref={localizedPath(locale, `/services/${service.id}`)}
        siteHref={localizedPath(locale, '/')}
      />
    </EmbedFrame>
  );
}
