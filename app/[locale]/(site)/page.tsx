import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LiveCloudEventBanners } from '@/components/status/cloud-event-banner';
import { CloudStrip } from '@/components/status/cloud-strip';
import { ActiveIncidents } from '@/components/status/active-incidents';
import { LiveBanner } from '@/components/status/live-banner';
import { LiveMeta } from '@/components/status/live-meta';
import { LiveStatusProvider } from '@/components/status/live-status';
import { readLiveRefreshMs } from '@/components/status/live-types';
import { ServiceGroups } from '@/components/status/service-groups';
import type { RowUptime } from '@/components/status/service-row';
import { StatusAnnouncer } from '@/components/status/status-announcer';
import { StatusMessagesProvider } from '@/components/status/status-messages';
import { encodeBarDays } from '@/components/status/uptime-encoding';
import { UptimeLegend } from '@/components/status/uptime-legend';
import { asLocale } from '@/lib/i18n/routing';
import { getLiveStatus } from '@/lib/read-models/live-status';
import { getUptimeOverview } from '@/lib/read-models/uptime-overview';

// Live data: rendered per request (a cache in front absorbs the load), never at build time.
export const dynamic = 'force-dynamic';

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  setRequestLocale(asLocale(locale));
  const [t, live, overview] = await Promise.all([getTranslations('home'), getLiveStatus(), getUptimeOverview(90)]);
  const uptime = new Map<string, RowUptime>(
    [...overview].map(([id, { days, total }]) => [
      id,
      { encoded: encodeBarDays(days), lastDay: days.at(-1)!.day, totalPercent: total.uptimePercent, totalCoverage: total.coverage, totalNotEnough: total.notEnoughData },
    ]),
  );
  return (
    <StatusMessagesProvider>
      <LiveStatusProvider initial={live} refreshMs={readLiveRefreshMs(process.env)}>
        <div className="space-y-8">
          <header className="space-y-3">
            <h1 className="text-2xl font-semibold">{t('heading')}</h1>
            <LiveBanner />
            <LiveCloudEventBanners />
            <LiveMeta />
          </header>
          <ActiveIncidents />
          <CloudStrip clouds={live.services.filter((s) => s.category === 'cloud')} />
          <ServiceGroups services={live.services} uptime={uptime} />
          <UptimeLegend />
          <p className="text-sm text-muted">{t('intro')}</p>
        </div>
        <StatusAnnouncer />
      </LiveStatusProvider>
    </StatusMessagesProvider>
  );
}
