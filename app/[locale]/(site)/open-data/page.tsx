// The open-data page: the API (from the same OpenAPI document the API serves), Statuspage
// compatibility and its "unknown" rule, feeds, badges, widgets and share images, in both languages.
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { BidiText } from '@/components/incidents/bidi-text';
import { StatusIcon } from '@/components/status/status-icon';
import { asLocale, routing, type Locale } from '@/lib/i18n/routing';
import { STATUSES } from '@/lib/status/vocabulary';
import { FEED_FORMATS, feedPath } from '@/lib/open-data/feeds';
import { OPENAPI_DOCUMENT, type OpenApiParameter } from '@/lib/open-data/openapi';
import { configuredOrigin, localizedPath, pageMetadata, shareImagePath } from '@/lib/open-data/seo';
import { COMPONENT_STATUS } from '@/lib/open-data/statuspage';

// No database. Rendered per request all the same (the site layout asks for it): the snippets read
// MARSAD_PUBLIC_URL at run time, not at build.
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/open-data'>): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'api.docs' });
  return pageMetadata({ locale, path: '/open-data', title: t('title'), description: t('description') });
}

/** Stands in for MARSAD_PUBLIC_URL in the snippets when it is unset (a reserved example domain, RFC 2606). */
const EXAMPLE_ORIGIN = 'https://marsad.example';

const SECTIONS = ['start', 'endpoints', 'errors', 'caching', 'statuspage', 'feeds', 'badges', 'embeds', 'images', 'license'] as const;
type OperationId = 'getStatusSummary' | 'listServices' | 'getService' | 'getServiceHistory' | 'listIncidents' | 'getIncident' | 'getOpenApi' | 'statuspageSummary' | 'statuspageStatus' | 'statuspageComponents' | 'statuspageIncidents' | 'statuspageScheduledMaintenances' | 'statuspageUpcomingMaintenances' | 'statuspageActiveMaintenances';
type ParamName = 'category' | 'status' | 'id' | 'range' | 'resolution' | 'provider' | 'year' | 'slug' | 'lang';

function Code({ children }: { children: ReactNode }) {
  return (
    <code dir="ltr" className="rounded bg-bg px-1 py-0.5 font-mono text-[0.9em]">
      {children}
    </code>
  );
}

function Snippet({ label, text }: { label: string; text: string }) {
  return (
    <figure className="space-y-1">
      <figcaption className="text-xs text-muted">{label}</figcaption>
      {/* Focusable: a snippet wider than the screen scrolls, and a keyboard must be able to scroll it too. */}
      <pre tabIndex={0} dir="ltr" className="overflow-x-auto rounded-md border border-line bg-bg p-3 text-start font-mono text-xs leading-relaxed">
        <code>{text}</code>
      </pre>
    </figure>
  );
}

function Prose({ text }: { text: string }) {
  return (
    <p className="leading-relaxed">
      <BidiText text={text} />
    </p>
  );
}

/** Addresses shown as links to themselves, each with its language when it is in one. */
function PathList({ paths }: { paths: { path: string; lang?: string }[] }) {
  return (
    <ul className="space-y-1 text-sm">
      {paths.map(({ path, lang }) => (
        <li key={path}>
          <a href={path} className="underline underline-offset-4" hrefLang={lang}>
            <Code>{path}</Code>
          </a>
        </li>
      ))}
    </ul>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-h`} className="scroll-mt-4 space-y-3">
      <h2 id={`${id}-h`} className="text-xl font-semibold">
        <BidiText text={title} />
      </h2>
      {children}
    </section>
  );
}

export default async function OpenDataPage({ params }: PageProps<'/[locale]/open-data'>) {
  const locale: Locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const [t, ts] = await Promise.all([getTranslations('api.docs'), getTranslations('status')]);
  // Snippets are pasted on other sites: their addresses are absolute, from MARSAD_PUBLIC_URL (read per
  // request), or an example origin the page points out when the deployment has not set it.
  const configured = configuredOrigin();
  const origin = configured ?? EXAMPLE_ORIGIN;
  const paths = Object.entries(OPENAPI_DOCUMENT.paths);
  const v1 = paths.filter(([path]) => path.startsWith('/api/v1/'));
  const v2 = paths.filter(([path]) => path.startsWith('/api/v2/'));
  const code = (chunks: ReactNode) => <Code>{chunks}</Code>;

  const endpoint = ([path, { get }]: (typeof paths)[number]) => (
    <article key={path} className="space-y-2 rounded-lg border border-line bg-surface p-4" data-endpoint={path}>
      <h3 className="font-semibold">
        <Code>GET {path}</Code>
      </h3>
      <p className="text-sm leading-relaxed">
        <BidiText text={t(`ops.${get.operationId as OperationId}`)} />
      </p>
      {get.parameters.length ? <ParameterTable parameters={get.parameters} /> : <p className="text-sm text-muted">{t('endpoints.noParameters')}</p>}
    </article>
  );

  function ParameterTable({ parameters }: { parameters: OpenApiParameter[] }) {
    return (
      <div className="overflow-x-auto">
        <table className="w-full text-start text-sm">
          <caption className="sr-only">{t('endpoints.parameters')}</caption>
          <thead className="text-xs text-muted">
            <tr>
              <th scope="col" className="pe-3 text-start font-normal">{t('endpoints.name')}</th>
              <th scope="col" className="pe-3 text-start font-normal">{t('endpoints.in')}</th>
              <th scope="col" className="pe-3 text-start font-normal">{t('endpoints.meaning')}</th>
              <th scope="col" className="text-start font-normal">{t('endpoints.values')}</th>
            </tr>
          </thead>
          <tbody>
            {parameters.map((p) => {
              const values = (p.schema.enum as string[] | undefined) ?? null;
              const fallback = p.schema.default as string | undefined;
              return (
                <tr key={p.name} className="border-t border-line align-top">
                  <td className="py-1 pe-3">
                    <Code>{p.name}</Code>
                  </td>
                  <td className="py-1 pe-3 text-muted">{t(`endpoints.${p.in === 'path' ? 'path' : 'query'}`)}</td>
                  <td className="py-1 pe-3">
                    <BidiText text={t(`params.${p.name as ParamName}`)} />
                  </td>
                  <td className="py-1">
                    {values ? (
                      <span className="flex flex-wrap gap-1">
                        {values.map((v) => (
                          <Code key={v}>{v}</Code>
                        ))}
                      </span>
                    ) : null}
                    {fallback ? <span className="block text-xs text-muted">{t.rich('endpoints.default', { value: () => <Code>{fallback}</Code> })}</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    );
  }

  const badgeService = `${origin}/badge/service/bitcoin.svg?lang=${locale}`;
  const badgeGroup = `${origin}/badge/group/exchange.svg?lang=${locale}`;
  const embedService = `${origin}${localizedPath(locale, '/embed/service/bitcoin')}`;
  const embedGroup = `${origin}${localizedPath(locale, '/embed/group/exchange')}`;
  const pageUrl = `${origin}${localizedPath(locale, '/')}`;

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">
          <BidiText text={t('title')} />
        </h1>
        <p className="leading-relaxed text-muted">
          <BidiText text={t('intro')} />
        </p>
        {configured ? null : (
          <p className="rounded border border-degraded px-3 py-2 text-sm" data-origin-unset="">
            <BidiText text={t('relative')} />
          </p>
        )}
      </div>

      <nav aria-labelledby="api-toc" className="print:hidden">
        <h2 id="api-toc" className="text-sm font-semibold text-muted">
          {t('contents')}
        </h2>
        <ol className="mt-2 list-decimal space-y-1 ps-5 text-sm">
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`} className="underline-offset-4 hover:underline">
                <BidiText text={t(`sections.${id}`)} />
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <Section id="start" title={t('sections.start')}>
        <Prose text={t('start')} />
        <PathList paths={['/api/v1/openapi.json', '/api/v1/status', '/api/v1/services', '/api/v1/incidents'].map((path) => ({ path }))} />
        <Snippet label="curl" text={`curl -s ${origin}/api/v1/status\ncurl -s '${origin}/api/v1/services/bitcoin/history?range=7d&resolution=1h'`} />
      </Section>

      <Section id="endpoints" title={t('sections.endpoints')}>
        <div className="space-y-3">{v1.map(endpoint)}</div>
      </Section>

      <Section id="errors" title={t('sections.errors')}>
        <Prose text={t('errors')} />
        <Snippet
          label="400"
          text={JSON.stringify({ error: { code: 'invalid_parameter', message: 'Invalid value for parameter "range" (given "1y"): Invalid option: expected one of "24h"|"7d"|"30d"|"90d".', parameter: 'range' } }, null, 2)}
        />
      </Section>

      <Section id="caching" title={t('sections.caching')}>
        <Prose text={t('caching')} />
        <Prose text={t('rateLimit')} />
      </Section>

      <Section id="statuspage" title={t('sections.statuspage')}>
        <Prose text={t('statuspage.intro')} />
        <div className="space-y-3">{v2.map(endpoint)}</div>
        <div className="overflow-x-auto">
          <table className="text-start text-sm" data-mapping="">
            <caption className="pb-2 text-start font-semibold">{t('statuspage.mappingCaption')}</caption>
            <thead className="text-xs text-muted">
              <tr>
                <th scope="col" className="pe-6 text-start font-normal">{t('statuspage.marsad')}</th>
                <th scope="col" className="text-start font-normal">{t('statuspage.statuspage')}</th>
              </tr>
            </thead>
            <tbody>
              {STATUSES.map((s) => (
                <tr key={s} className="border-t border-line" data-status-map={s}>
                  <td className="py-1 pe-6">
                    <span className="inline-flex items-center gap-1.5">
                      <StatusIcon status={s} />
                      {ts(s)} <Code>{s}</Code>
                    </span>
                  </td>
                  <td className="py-1">{s === 'unknown' ? t('statuspage.omitted') : <Code>{COMPONENT_STATUS[s]}</Code>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="leading-relaxed" data-unknown-rule="">
          {t.rich('statuspage.unknown', { code })}
        </p>
        <Prose text={t('statuspage.indicator')} />
        <Prose text={t('statuspage.incidents')} />
      </Section>

      <Section id="feeds" title={t('sections.feeds')}>
        <Prose text={t('feeds')} />
        <PathList paths={routing.locales.flatMap((lang) => FEED_FORMATS.map((format) => ({ path: feedPath(lang, format), lang })))} />
      </Section>

      <Section id="badges" title={t('sections.badges')}>
        <Prose text={t('badges')} />
        <div className="flex flex-wrap items-center gap-4">
          <img src={`/badge/service/bitcoin.svg?lang=${locale}`} alt={t('badgeService')} height={20} />
          <img src={`/badge/group/exchange.svg?lang=${locale}`} alt={t('badgeGroup')} height={20} />
        </div>
        <Snippet label={t('snippet')} text={`![Marsad](${badgeService})\n\n<a href="${pageUrl}"><img src="${badgeGroup}" alt="Marsad" height="20"></a>`} />
      </Section>

      <Section id="embeds" title={t('sections.embeds')}>
        <Prose text={t('embeds')} />
        <Snippet
          label={t('snippet')}
          text={`<iframe src="${embedService}" title="Marsad" width="320" height="120" style="border:0" loading="lazy"></iframe>\n<iframe src="${embedGroup}" title="Marsad" width="360" height="480" style="border:0" loading="lazy"></iframe>`}
        />
      </Section>

      <Section id="images" title={t('sections.images')}>
        <Prose text={t('images')} />
        <PathList
          paths={[shareImagePath(locale, 'home'), shareImagePath(locale, 'service', 'bitcoin'), shareImagePath(locale, 'incident', 'aws-us-east-1-2025-10-20')].map((path) => ({ path }))}
        />
      </Section>

      <Section id="license" title={t('sections.license')}>
        <Prose text={t('license')} />
      </Section>
    </div>
  );
}
