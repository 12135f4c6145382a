// The exposure map: which services a source states or Marsad measured on each cloud provider and region
// ("what would be hit if us-east-1 failed"), which sit behind a CDN, where each endpoint answered from,
// and the date of the address ranges the mapping used.
import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { BasisLabel } from '@/components/exposure/basis-label';
import { BidiText } from '@/components/incidents/bidi-text';
import { ColumnLabel, columnAnchor } from '@/components/exposure/column-label';
import { EndpointOrigins } from '@/components/exposure/endpoint-origins';
import { ExposureMatrix } from '@/components/exposure/exposure-matrix';
import { RangeDates } from '@/components/exposure/range-dates';
import { RegionImpact } from '@/components/exposure/region-impact';
import { CloudDependencies } from '@/components/status/cloud-dependencies';
import { findService, getCatalog } from '@/lib/catalog';
import { Link } from '@/lib/i18n/navigation';
import { asLocale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/open-data/seo';
import { getExposure } from '@/lib/read-models/exposure';

// Live data: rendered per request (the front cache absorbs the load), never at build time.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'exposure' });
  return pageMetadata({ locale, path: '/exposure', title: t('metaTitle'), description: t('metaDescription') });
}

const BASES = ['stated', 'measured', 'both', 'cdn'] as const;

export default async function ExposurePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const [t, unit, format, view] = await Promise.all([getTranslations('exposure'), getTranslations('status.unit'), getFormatter(), getExposure()]);
  const span = unit('hours', { count: view.windowHours, formatted: format.number(view.windowHours, 'integer') });
  const catalog = getCatalog();
  const section = 'space-y-3';
  const h2 = 'text-xl font-semibold';

  return (
    <article className="space-y-10" data-exposure-page="">
      <header className="space-y-3">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="leading-relaxed">{t('intro')}</p>
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          {BASES.map((b) => (
            <div key={b} className="rounded-lg border border-line bg-surface p-2">
              <dt className="font-semibold">
                <BasisLabel basis={b} />
              </dt>
              <dd className="text-muted">
                <BidiText text={t(`legend.${b}`, { span })} />
              </dd>
            </div>
          ))}
        </dl>
      </header>

      {view.columns.length > 0 ? (
        <nav aria-labelledby="pick" className="space-y-2">
          <h2 id="pick" className="font-semibold">
            {t('pick')}
          </h2>
          <ul className="flex flex-wrap gap-2 text-sm">
            {view.columns.map((c) => (
              <li key={c.key}>
                <a href={`#${columnAnchor(c)}`} className="inline-block rounded-full border border-line px-3 py-1 underline-offset-4 hover:underline">
                  <ColumnLabel column={c} />
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      <section aria-labelledby="impact" className={section}>
        <h2 id="impact" className={h2}>
          {t('impactTitle')}
        </h2>
        <p className="text-sm text-muted">{t('impactIntro')}</p>
        {view.columns.length > 0 ? <RegionImpact view={view} /> : <p className="text-sm text-muted">{t('matrix.empty')}</p>}
      </section>

      <section aria-labelledby="matrix" className={section}>
        <h2 id="matrix" className={h2}>
          {t('matrixTitle')}
        </h2>
        <ExposureMatrix view={view} />
      </section>

      <section aria-labelledby="services" className={section}>
        <h2 id="services" className={h2}>
          {t('servicesTitle')}
        </h2>
        <p className="text-sm text-muted">{t('servicesIntro', { span })}</p>
        <div className="space-y-2">
          {view.services.map((s) => {
            const service = findService(catalog, s.serviceId);
            const measured = s.endpoints.filter((e) => e.observations.length > 0).length;
            return (
              <details key={s.serviceId} id={`service-${s.serviceId}`} className="scroll-mt-4 rounded-lg border border-line bg-surface p-3" data-service={s.serviceId}>
                <summary className="cursor-pointer">
                  <span className="font-semibold">
                    <bdi>{s.name[locale]}</bdi>
                  </span>{' '}
                  <span className="text-sm text-muted" data-num="" suppressHydrationWarning>
                    {s.endpoints.length === 0 ? t('summaryNoEndpoints') : t('summary', { measured, total: s.endpoints.length })}
                  </span>
                </summary>
                <div className="mt-3 space-y-3">
                  <h3 className="text-sm font-semibold">{t('statedTitle')}</h3>
                  <CloudDependencies dependencies={service?.cloudDependencies ?? []} />
                  <h3 className="text-sm font-semibold">{t('measuredTitle')}</h3>
                  <EndpointOrigins endpoints={s.endpoints} windowHours={view.windowHours} />
                  <p className="text-sm">
                    <Link href={`/services/${s.serviceId}`} prefetch={false} className="underline underline-offset-4">
                      {t('servicePage')}
                    </Link>
                  </p>
                </div>
              </details>
            );
          })}
        </div>
      </section>

      <section aria-labelledby="dates" className={section}>
        <h2 id="dates" className={h2}>
          {t('datesTitle')}
        </h2>
        <p className="text-sm text-muted">{t('datesIntro')}</p>
        <RangeDates feeds={view.feeds} />
        <p className="text-sm text-muted">{t('method')}</p>
      </section>
    </article>
  );
}
