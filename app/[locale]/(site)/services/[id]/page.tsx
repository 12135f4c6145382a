import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { TimeSeriesChart } from '@/components/charts/time-series-chart';
import { BidiText } from '@/components/incidents/bidi-text';
import { EndpointOrigins } from '@/components/exposure/endpoint-origins';
import { CloudDependencies, CloudDependents } from '@/components/status/cloud-dependencies';
import { LiveMeta } from '@/components/status/live-meta';
import { LiveServiceNow } from '@/components/status/live-service-now';
import { LiveStatusProvider } from '@/components/status/live-status';
import { readLiveRefreshMs } from '@/components/status/live-types';
import { MonitorList } from '@/components/status/monitor-list';
import { MaintenanceAhead } from '@/components/maintenance/maintenance-ahead';
import { CHART_RANGES, RangeSwitch, type ChartRange } from '@/components/status/range-switch';
import { ServiceIncidents } from '@/components/status/service-incidents';
import { isChainCategory } from '@/lib/catalog/categories';
import { StatusAnnouncer } from '@/components/status/status-announcer';
import { UpdatedMeta } from '@/components/status/updated-meta';
import { StatusMessagesProvider } from '@/components/status/status-messages';
import { UptimeBars } from '@/components/status/uptime-bars';
import { encodeBarDays } from '@/components/status/uptime-encoding';
import { UptimeWindows } from '@/components/status/uptime-windows';
import { findService, getCatalog } from '@/lib/catalog';
import { cloudDependentsOf, statusPageOf } from '@/lib/catalog/presentation';
import { Link } from '@/lib/i18n/navigation';
import { asLocale } from '@/lib/i18n/routing';
import { getUptimeWindows } from '@/lib/read-models/uptime-windows';
import { getServiceExposure } from '@/lib/read-models/exposure';
import { getLiveStatus } from '@/lib/read-models/live-status';
import { listMaintenanceAhead } from '@/lib/read-models/maintenance';
import { getMonitorVantages } from '@/lib/read-models/monitor-vantages';
import { getServiceHistory, parseHistoryQuery } from '@/lib/read-models/service-history';
import { getServiceIncidents } from '@/lib/read-models/service-incidents';
import { getUptimeOverview } from '@/lib/read-models/uptime-overview';
import { GetNotified } from '@/components/subscribe/get-notified';
import { readSubscribeOptions } from '@/lib/notify/email-settings';
import type { ServiceHistory } from '@/lib/view-types';

// Live data: rendered per request (a cache in front absorbs the load), never at build time.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/services/[id]'>): Promise<Metadata> {
  const { locale, id } = await params;
  const service = findService(getCatalog(), id);
  if (!service) return {};
  const t = await getTranslations({ locale: asLocale(locale), namespace: 'service' });
  return { title: t('metaTitle', { name: service.name[asLocale(locale)] }) };
}

/** Only the ranges the page offers; the JSON API accepts more (see parseHistoryQuery). */
function chartRange(query: Record<string, string | string[] | undefined>): { range: ChartRange; invalid: boolean } {
  const { options, problems } = parseHistoryQuery({ range: query.range });
  const offered = (CHART_RANGES as readonly string[]).includes(options.range);
  return { range: offered ? (options.range as ChartRange) : '24h', invalid: problems.length > 0 || !offered };
}

function average(history: ServiceHistory): number | null {
  let sum = 0;
  let count = 0;
  for (const p of history.points) {
    if (p.latencyAvgMs === null) continue;
    sum += p.latencyAvgMs * p.answered;
    count += p.answered;
  }
  return count ? Math.round(sum / count) : null;
}

function highest(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? Math.max(...known) : null;
}

export default async function ServicePage({ params, searchParams }: PageProps<'/[locale]/services/[id]'>) {
  const { locale: raw, id } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const service = findService(getCatalog(), id);
  if (!service) notFound();
  const { range, invalid } = chartRange(await searchParams);
  const chain = isChainCategory(service.category);
  const cloud = service.category === 'cloud';
  const readsReported = service.monitors.some((m) => m.role === 'reported');
  const statusPage = statusPageOf(service);
  const [t, format, live, history, windows, vantages, incidents, overview, exposure, maintenance] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getLiveStatus(),
    getServiceHistory(id, { range }),
    service.monitored ? getUptimeWindows(id) : null,
    getMonitorVantages(id),
    getServiceIncidents(id),
    service.monitored ? getUptimeOverview(90, Date.now(), id) : null,
    service.monitors.length > 0 ? getServiceExposure(id) : null,
    listMaintenanceAhead(Date.now(), id),
  ]);
  const dir = locale === 'ar' ? ('rtl' as const) : ('ltr' as const);
  const name = service.name[locale];
  const bars = overview?.get(id);
  const units = (key: 'ms' | 'seconds', count: number) => t(`status.unit.${key}`, { count, formatted: format.number(count, 'integer') });
  const integer = (v: number) => format.number(Math.round(v), 'integer');
  const section = 'space-y-3';
  const h2 = 'text-xl font-semibold';

  const avg = history ? average(history) : null;
  const axis = {
    from: history?.from ?? '',
    dir,
    formatValue: integer,
    timeFormat: range === '24h' ? ('short' as const) : ('date' as const),
    middleFormat: range === '24h' ? ('time' as const) : ('date' as const),
    nowLabel: t('service.charts.axisNow'),
  };
  const maxLatency = history ? highest(history.points.map((p) => p.latencyMaxMs)) : null;
  const maxHeadAge = history?.headAge ? highest(history.points.map((p) => p.headAgeSec)) : null;

  return (
    <StatusMessagesProvider>
      <LiveStatusProvider initial={live} refreshMs={readLiveRefreshMs(process.env)}>
        <article className="space-y-10" data-service-page={id}>
          <header className="space-y-2">
            <p className="text-sm">
              <Link href="/" prefetch={false} className="underline underline-offset-4">
                {t('service.back')}
              </Link>
            </p>
            <h1 className="text-2xl font-semibold">{locale === 'ar' ? name : <bdi>{name}</bdi>}</h1>
            <p className="flex flex-wrap gap-x-3 text-sm text-muted">
              <span>{t(`category.${service.category}`)}</span>
              <a href={service.website} rel="noopener noreferrer" className="underline underline-offset-4">
                {t('service.website')}
              </a>
              {statusPage ? (
                <a href={statusPage} rel="noopener noreferrer" className="underline underline-offset-4" data-status-page="">
                  {t('service.statusPage')}
                </a>
              ) : null}
            </p>
          </header>

          <section aria-labelledby="now" className={section}>
            <h2 id="now" className={h2}>
              {t(chain ? (readsReported ? 'service.compare.titleChain' : 'service.compare.titleMeasured') : 'service.compare.title')}
            </h2>
            {service.monitored ? (
              <>
                <LiveServiceNow id={id} chain={chain} readsReported={readsReported} />
                <LiveMeta>
                  <UpdatedMeta status={live} />
                </LiveMeta>
              </>
            ) : (
              <p className="rounded-lg border border-line bg-surface p-4">{t('service.notMonitored')}</p>
            )}
            <MaintenanceAhead items={maintenance} headingLevel={3} showServices={false} />
          </section>

          {windows && bars ? (
            <section aria-labelledby="uptime" className={section}>
              <h2 id="uptime" className={h2}>
                {t('uptime.windows.title')}
              </h2>
              {service.monitors.every((m) => m.role === 'reported') ? <p className="text-sm text-muted">{t('service.uptimeReported')}</p> : null}
              <UptimeWindows windows={windows} />
              <div className="rounded-lg border border-line bg-surface px-4 pb-3 pt-2">
                <UptimeBars
                  name={name}
                  encoded={encodeBarDays(bars.days)}
                  lastDay={bars.days.at(-1)!.day}
                  totalPercent={bars.total.uptimePercent}
                  totalCoverage={bars.total.coverage}
                  totalNotEnough={bars.total.notEnoughData}
                  dir={dir}
                />
              </div>
              <p className="text-xs text-muted">
                <BidiText text={`${t('uptime.direction')} ${t('uptime.keys')}`} />
              </p>
            </section>
          ) : null}

          {service.monitored ? (
            <section aria-labelledby="charts" className={section} data-range={range}>
              <div className="flex flex-wrap items-center justify-between gap-3">
                <h2 id="charts" className={h2}>
                  {t(history?.headAge ? 'service.charts.titleChain' : 'service.charts.title')}
                </h2>
                <RangeSwitch serviceId={id} current={range} />
              </div>
              {invalid ? (
                <p role="status" className="rounded border border-degraded px-3 py-2 text-sm text-degraded">
                  {t('service.charts.invalidRange')}
                </p>
              ) : null}
              {history && history.monitorIds.length > 0 ? (
                <div className="space-y-6 rounded-lg border border-line bg-surface p-4">
                  <TimeSeriesChart
                    title={t('service.charts.latency')}
                    summary={
                      avg !== null && maxLatency !== null ? (
                        <span data-num="" suppressHydrationWarning>
                          {t('service.charts.latencySummary', { avg: units('ms', avg), max: units('ms', maxLatency) })}
                        </span>
                      ) : null
                    }
                    points={history.points.map((p) => ({ t: p.t, value: p.latencyAvgMs }))}
                    {...axis}
                    noData={t('service.charts.noData')}
                  />
                  {history.headAge && service.chain ? (
                    <TimeSeriesChart
                      title={t('service.charts.headAge')}
                      summary={
                        maxHeadAge !== null ? (
                          <span data-num="" suppressHydrationWarning>
                            {t('service.charts.headAgeSummary', { max: units('seconds', maxHeadAge) })}
                          </span>
                        ) : null
                      }
                      points={history.points.map((p) => ({ t: p.t, value: p.headAgeSec }))}
                      {...axis}
                      threshold={{ value: service.chain.softLimitSec, label: t('service.charts.threshold', { limit: units('seconds', service.chain.softLimitSec) }) }}
                      noData={t('service.charts.noData')}
                    />
                  ) : null}
                  <p className="text-xs text-muted">
                    {t('uptime.direction')} {t('service.charts.gaps')}
                  </p>
                </div>
              ) : (
                <p className="text-sm text-muted">{t('service.charts.notMeasured')}</p>
              )}
            </section>
          ) : null}

          {service.monitors.length > 0 ? (
            <section aria-labelledby="monitors" className={section}>
              <h2 id="monitors" className={h2}>
                {t('service.monitors.title')}
              </h2>
              <MonitorList monitors={service.monitors} chain={service.chain} vantages={vantages} />
            </section>
          ) : null}

          <section aria-labelledby="deps" className={section}>
            <h2 id="deps" className={h2}>
              {t(cloud ? 'service.deps.cloudTitle' : 'service.deps.title')}
            </h2>
            {cloud ? (
              <CloudDependents dependents={cloudDependentsOf(getCatalog().services, service.shortName).map((d) => ({ id: d.id, name: d.name[locale], regions: d.regions }))} />
            ) : (
              <CloudDependencies dependencies={service.cloudDependencies} />
            )}
          </section>

          {exposure ? (
            <section aria-labelledby="origins" className={section}>
              <h2 id="origins" className={h2}>
                {t('exposure.service.title')}
              </h2>
              <p className="text-sm text-muted">{t('exposure.service.intro', { span: t('status.unit.hours', { count: exposure.windowHours, formatted: format.number(exposure.windowHours, 'integer') }) })}</p>
              <EndpointOrigins endpoints={exposure.service.endpoints} windowHours={exposure.windowHours} />
              <p className="text-sm">
                <Link href="/exposure" prefetch={false} className="underline underline-offset-4">
                  {t('exposure.service.mapLink')}
                </Link>
              </p>
            </section>
          ) : null}

          <section aria-labelledby="incidents" className={section}>
            <h2 id="incidents" className={h2}>
              {t('service.incidents.title')}
            </h2>
            <ServiceIncidents incidents={incidents} chain={chain} />
          </section>

          <GetNotified scope={`service:${id}`} locale={locale} options={readSubscribeOptions()} serviceName={service.shortName} />
        </article>
        <StatusAnnouncer />
      </LiveStatusProvider>
    </StatusMessagesProvider>
  );
}
