'use client';
// The home page's services by group. Rendered in the browser's code but drawn by the server: while the page
// hydrates, the group headings and each row's head stay as the server sent them (kept-server-html.tsx), so
// React's data carries the rows as plain snapshot data (shared with the live provider) instead of as a
// tree, and hydration walks only the uptime bars (docs/architecture.md § Home page speed).
import type { ReactNode } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { HOME_GROUP_ORDER, type HomeGroup } from '@/lib/catalog/presentation';
import { KeptServerHtml } from '@/components/ui/kept-server-html';
import { useLive } from './live-status';
import { ServiceRow } from './service-row';
import type { ServiceSnapshot } from './live-types';

/** What the catalog says about a row beyond the snapshot: its home group and the company's status page. */
export interface RowInfo {
  group: HomeGroup | null;
  statusPage: string | null;
}

// Home page order (HOME_GROUP_ORDER): the article's story first (exchanges, then the chains that kept
// producing blocks), the infrastructure providers, then the apps and wallets people use. The clouds have
// their own strip above (what they report about themselves). A group is for reading only: the API's
// `category` stays (a wallet is `infra` there).
export function ServiceGroups({ services, bars, rows }: { services: readonly ServiceSnapshot[]; bars: Readonly<Record<string, ReactNode>>; rows: Readonly<Record<string, RowInfo>> }) {
  // The rows follow the snapshot from the first poll on; until then they are the server's HTML.
  const { status, fresh } = useLive();
  const shown = fresh ? status.services : services;
  return (
    <div className="space-y-6">
      {HOME_GROUP_ORDER.map((category) => {
        const members = shown.filter((s) => (rows[s.id] ? rows[s.id]!.group : s.category) === category);
        if (members.length === 0) return null;
        const headingId = `group-${category}`;
        return (
          <section key={category} aria-labelledby={headingId} data-group={category}>
            <KeptServerHtml as="h2" id={headingId} className="mb-2 flex flex-wrap items-baseline gap-x-2 text-lg font-semibold" until={fresh} contents={String(members.length)}>
              <GroupHeading group={category} count={members.length} />
            </KeptServerHtml>
            <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
              {members.map((service) => (
                <ServiceRow key={service.id} service={service} bars={bars[service.id] ?? null} statusPage={rows[service.id]?.statusPage ?? null} live={fresh} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

// Its own component, so that nothing in it is formatted while the heading is kept.
function GroupHeading({ group, count }: { group: HomeGroup; count: number }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <>
      {group === 'apps' ? t('home.appsGroup') : t(`category.${group}`)}
      <span className="text-sm font-normal text-muted" data-num="" suppressHydrationWarning>
        {t('home.serviceCount', { count, formatted: format.number(count, 'integer') })}
      </span>
    </>
  );
}
