import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Banner } from '@/components/status/banner';
import { CloudEventBanners } from '@/components/status/cloud-event-banner';
import { CloudStrip } from '@/components/status/cloud-strip';
import { ActiveIncidents } from '@/components/status/active-incidents';
import { LiveActiveIncidents } from '@/components/status/live-active-incidents';
import { LiveBanner } from '@/components/status/live-banner';
import { LiveCloudEventBanners } from '@/components/status/live-cloud-event-banners';
import { LiveMeta } from '@/components/status/live-meta';
import { LiveStatusProvider } from '@/components/status/live-status';
import { readLiveRefreshMs } from '@/components/status/live-types';
import { RecentIncidents, recentIncidents } from '@/components/status/recent-incidents';
import { ServiceGroups, type RowInfo } from '@/components/status/service-groups';
import { StatusAnnouncer } from '@/components/status/status-announcer';
import { StatusMessagesProvider } from '@/components/status/status-messages';
import { UpdatedMeta } from '@/components/status/updated-meta';
import { encodeBarDays } from '@/components/status/uptime-encoding';
import { UptimeBars } from '@/components/status/uptime-bars';
import { KeptServerHtml } from '@/components/ui/kept-server-html';
import { UptimeLegend } from '@/components/status/uptime-legend';
import { MaintenanceAhead } from '@/components/maintenance/maintenance-ahead';
import { getCatalog } from '@/lib/catalog';
import { homeGroupOf, statusPageOf } from '@/lib/catalog/presentation';
import { asLocale } from '@/lib/i18n/routing';
import { listIncidents } from '@/lib/read-models/incidents';
import { getLiveStatus } from '@/lib/read-models/live-status';
import { listMaintenanceAhead } from '@/lib/read-models/maintenance';
import { getUptimeOverview } from '@/lib/read-models/uptime-overview';
import { GetNotified } from '@/components/subscribe/get-notified';
import { readSubscribeOptions } from '@/lib/notify/email-settings';

// Live data: rendered per request (a cache in front absorbs the load), never at build time.
export const dynamic = 'force-dynamic';

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  setRequestLocale(asLocale(locale));
  const [t, live, overview, incidents, maintenance] = await Promise.all([getTranslations('home'), getLiveStatus(), getUptimeOverview(90), listIncidents({}), listMaintenanceAhead()]);
  // From the catalog: each row's home group (apps and wallets apart) and the company's own status page.
  const rows: Record<string, RowInfo> = Object.fromEntries(getCatalog().services.map((s) => [s.id, { group: homeGroupOf(s), statusPage: statusPageOf(s) }]));
  // Each row's 90-day bars, drawn by the server (their texts formatted here, not in the browser).
  const names = new Map(live.services.map((s) => [s.id, locale === 'ar' ? s.name.ar : s.name.en]));
  const bars = Object.fromEntries(
    [...overview].map(([id, { days, total }]) => [
      id,
      <UptimeBars
        key={id}
        name={names.get(id) ?? id}
        encoded={encodeBarDays(days)}
        lastDay={days.at(-1)!.day}
        totalPercent={total.uptimePercent}
        totalCoverage={total.coverage}
        totalNotEnough={total.notEnoughData}
        dir={locale === 'ar' ? 'rtl' : 'ltr'}
      />,
    ]),
  );
  const recent = recentIncidents(incidents.items);
  return (
    <StatusMessagesProvider>
      <LiveStatusProvider initial={live} refreshMs={readLiveRefreshMs(process.env)}>
        <div className="space-y-8">
          <header className="space-y-3">
            <h1 className="text-2xl font-semibold">{t('heading')}</h1>
            {/* Each live part shows the server's rendering of this snapshot until the first poll answers. */}
            <LiveBanner>
              <Banner status={live} />
            </LiveBanner>
            <LiveCloudEventBanners>
              <CloudEventBanners events={live.cloudEvents ?? []} />
            </LiveCloudEventBanners>
            <LiveMeta>
              <UpdatedMeta status={live} />
            </LiveMeta>
          </header>
          {/* The summary line and the events above, what is open now next, the colour key before the bars
              it explains, then the services, and the last incidents that ended. */}
          <LiveActiveIncidents>
            <ActiveIncidents status={live} />
          </LiveActiveIncidents>
          <MaintenanceAhead items={maintenance} />
          {/* Static once drawn: kept as the server sent them while the page hydrates (kept-server-html.tsx). */}
          <KeptServerHtml>
            <UptimeLegend />
          </KeptServerHtml>
          <CloudStrip clouds={live.services.filter((s) => s.category === 'cloud')} regions={live.cloudIncidents} statusPages={Object.fromEntries(Object.entries(rows).map(([id, r]) => [id, r.statusPage]))} />
          <ServiceGroups services={live.services} bars={bars} rows={rows} />
          <KeptServerHtml contents={recent.map((i) => `${i.slug} ${i.endUtc ?? ''}`).join()}>
            <RecentIncidents items={recent} />
          </KeptServerHtml>
          <GetNotified scope="all" locale={asLocale(locale)} options={readSubscribeOptions()} />
          <p className="text-sm text-muted">{t('intro')}</p>
        </div>
        <StatusAnnouncer />
      </LiveStatusProvider>
    </StatusMessagesProvider>
  );
}
