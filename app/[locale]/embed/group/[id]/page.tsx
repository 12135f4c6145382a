// The embeddable widget of a group: /embed/group/{exchange|l1|l2|infra|cloud} and /en/embed/group/….
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EmbedFrame } from '@/components/embed/embed-frame';
import { EmbedGroup } from '@/components/embed/embed-group';
import { asLocale } from '@/lib/i18n/routing';
import { effectiveStatus, isGroupId, servicesOfGroup, summarizeSet } from '@/lib/read-models/group-status';
import { localizedPath } from '@/lib/open-data/seo';
import { getStatusSnapshot } from '@/lib/read-models/snapshot';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/embed/group/[id]'>): Promise<Metadata> {
  const { locale: raw, id } = await params;
  const locale = asLocale(raw);
  if (!isGroupId(id)) return { robots: { index: false, follow: false } };
  const [t, category] = await Promise.all([getTranslations({ locale, namespace: 'embed' }), getTranslations({ locale, namespace: 'category' })]);
  return { title: t('groupTitle', { name: category(id) }), robots: { index: false, follow: false } };
}

export default async function EmbedGroupPage({ params }: PageProps<'/[locale]/embed/group/[id]'>) {
  const { locale: raw, id } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  if (!isGroupId(id)) notFound();
  const [snapshot, category] = await Promise.all([getStatusSnapshot(), getTranslations({ locale, namespace: 'category' })]);
  const members = servicesOfGroup(snapshot.services, id);
  const summary = summarizeSet(members, snapshot.late);
  return (
    <EmbedFrame kind="group" id={id}>
      <EmbedGroup
        name={category(id)}
        status={summary.status}
        known={summary.known}
        total={summary.total}
        late={snapshot.late}
        services={members.map((service) => ({ service, status: effectiveStatus(service, snapshot), href: localizedPath(locale, `/services/${service.id}`) }))}
        siteHref={localizedPath(locale, '/')}
      />
    </EmbedFrame>
  );
}
