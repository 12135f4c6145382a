'use client';
// One service on the home page: its name (a link to its page), the company's own status page where the
// catalog reads one, live status and figure, and its 90-day bars. Drawn by the server; in the browser the
// row's head (everything but the bars) is kept as the server sent it until the first poll answers, then
// drawn live (kept-server-html.tsx). The bars (`bars`, rendered by the server) hydrate: they take the
// keyboard and the pointer.
import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { getPathname } from '@/lib/i18n/navigation';
import { isChainCategory } from '@/lib/catalog/categories';
import { KeptServerHtml } from '@/components/ui/kept-server-html';
import { LiveStatusBadge } from './live-badge';
import { ServiceFigure } from './figure';
import { LiveFigure } from './live-figure';
import { ServiceBadge } from './status-badge';
import type { ServiceSnapshot } from './live-types';

export function ServiceRow({ service, statusPage = null, bars = null, live }: { service: ServiceSnapshot; statusPage?: string | null; bars?: ReactNode; live: boolean }) {
  return (
    <li className="px-4 py-3" data-service={service.id}>
      {/* The contents key matters only while the head is kept: once live, the head is drawn on every poll. */}
      <KeptServerHtml className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1" until={live} contents={live ? undefined : JSON.stringify([service, statusPage])}>
        <RowHead service={service} statusPage={statusPage} />
      </KeptServerHtml>
      {bars}
    </li>
  );
}

// Its own component, so that nothing in it (translations, links) is computed while the head is kept.
function RowHead({ service, statusPage }: { service: ServiceSnapshot; statusPage: string | null }) {
  const t = useTranslations('home');
  const locale = useLocale();
  const chain = isChainCategory(service.category);
  return (
    <>
      <div className="min-w-0">
        <h3 className="font-semibold">
          <a href={getPathname({ href: `/services/${service.id}`, locale })} className="underline-offset-4 hover:underline">
            <bdi>{locale === 'ar' ? service.name.ar : service.name.en}</bdi>
          </a>
        </h3>
        {service.monitored ? (
          <LiveFigure id={service.id} chain={chain}>
            <ServiceFigure service={service} chain={chain} />
          </LiveFigure>
        ) : (
          <p className="text-xs text-muted">{t('notMonitoredRow')}</p>
        )}
        {statusPage ? (
          <p className="text-xs">
            <a href={statusPage} rel="noopener noreferrer" className="text-muted underline underline-offset-4" data-status-page="">
              {t('statusPage')}
            </a>
          </p>
        ) : null}
      </div>
      <LiveStatusBadge id={service.id} chain={chain}>
        <ServiceBadge service={service} chain={chain} />
      </LiveStatusBadge>
    </>
  );
}
