import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { BidiText } from '@/components/incidents/bidi-text';
import { BlastRadius } from '@/components/incidents/blast-radius';
import { CompactTimeline, IncidentContents } from '@/components/incidents/compact-timeline';
import { Disagreements } from '@/components/incidents/disagreements';
import { EventTimeline } from '@/components/incidents/event-timeline';
import { IncidentSummary } from '@/components/incidents/incident-summary';
import { MeasuredFacts } from '@/components/incidents/measured-facts';
import { CloudEventFacts, PartOfCloudEvent } from '@/components/incidents/cloud-event-facts';
import { getCloudEvent, getCloudEventOfIncident } from '@/lib/read-models/cloud-events';
import { CiteThis, DataDownloads, Provenance } from '@/components/incidents/journalist-tools';
import { NotVerifiedList } from '@/components/incidents/not-verified';
import { PhaseSpans } from '@/components/incidents/phase-spans';
import { SourceEntry, SourceLinks, sourceIndex } from '@/components/incidents/source-link';
import { Link, getPathname } from '@/lib/i18n/navigation';
import { asLocale, routing, type Locale } from '@/lib/i18n/routing';
import { getIncident } from '@/lib/read-models/incidents';
import { getEditorIncident } from '@/lib/read-models/editor-incidents';
import { EditorIncident } from '@/components/incidents/editor-incident';
import { DetectionReviewPanel, ReviewCorrections, ReviewMark } from '@/components/incidents/corrections';
import { PostmortemSection } from '@/components/incidents/postmortem';
import { getPublishedPostmortem } from '@/lib/read-models/postmortems';
import { incidentJsonLd, jsonLdText, pageMetadata } from '@/lib/open-data/seo';
import type { IncidentRecord } from '@/lib/view-types';
import { siteOrigin } from '@/lib/open-data/seo';
import { GetNotified } from '@/components/subscribe/get-notified';
import { readSubscribeOptions } from '@/lib/notify/email-settings';

// Reads the database: per request (a cache in front absorbs the load), never at build time.
export const dynamic = 'force-dynamic';

/** From this many events a page gets a table of contents and the timeline at a glance (October 2025 has 30). */
const LONG_PAGE_EVENTS = 8;

export async function generateMetadata({ params }: PageProps<'/[locale]/incidents/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const detail = await getIncident(slug);
  if (!detail) {
    // An incident an editor declared (the desk): its own title, Arabic when there is no English.
    const editor = await getEditorIncident(slug);
    if (!editor) return {};
    const l = asLocale(locale);
    return pageMetadata({ locale: l, path: `/incidents/${slug}`, title: editor.title[l] ?? editor.title.ar, description: editor.title[l] ?? editor.title.ar, type: 'article' });
  }
  const l = asLocale(locale);
  const title = detail.incident.title[l];
  return pageMetadata({
    locale: l,
    path: `/incidents/${slug}`,
    title,
    description: detail.incident.summary?.[l] ?? title,
    image: { kind: 'incident', id: slug, alt: title },
    type: 'article',
  });
}

/** "Cite this", in each language with that language's words and dates. */
async function citations(incident: IncidentRecord, methodologyVersion: string): Promise<Record<Locale, string>> {
  const origin = siteOrigin();
  const accessed = new Date();
  const entries = await Promise.all(
    routing.locales.map(async (lang) => {
      const [t, format] = await Promise.all([getTranslations({ locale: lang, namespace: 'incident.cite' }), getFormatter({ locale: lang })]);
      return [
        lang,
        t('text', {
          title: incident.title[lang],
          updated: format.dateTime(new Date(`${incident.lastUpdated}T00:00:00Z`), 'date'),
          version: methodologyVersion,
          url: `${origin}${getPathname({ href: `/incidents/${incident.slug}`, locale: lang })}`,
          accessed: format.dateTime(accessed, 'date'),
        }),
      ] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Locale, string>;
}

export default async function IncidentPage({ params }: PageProps<'/[locale]/incidents/[slug]'>) {
  const { locale: raw, slug } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const detail = await getIncident(slug);
  if (!detail) {
    const editor = await getEditorIncident(slug);
    if (!editor) notFound();
    const editorPostmortem = await getPublishedPostmortem(slug);
    return (
      <div className="space-y-8">
        <EditorIncident incident={editor} locale={locale} />
        {editorPostmortem ? <PostmortemSection postmortem={editorPostmortem} locale={locale} /> : null}
      </div>
    );
  }
  const { incident } = detail;
  const detected = incident.origin === 'detected';
  const [t, tp, cite, cloudEvent, partOf, postmortem] = await Promise.all([
    getTranslations('incident'),
    getTranslations('postmortem'),
    citations(incident, detail.methodologyVersion),
    detected && !incident.measured ? getCloudEvent(slug) : null,
    incident.measured ? getCloudEventOfIncident(slug) : null,
    getPublishedPostmortem(slug),
  ]);
  const provider = incident.provider || t('theCloud');
  const jsonLd = jsonLdText(incidentJsonLd(incident, locale, siteOrigin()));
  const sources = sourceIndex(incident.sourceInfo);
  // Every source the incident cites, typed; a detected incident cites none (its sources are its own checks).
  const allSources = incident.sourceInfo?.length ? incident.sourceInfo.map((s) => s.url) : incident.sources;
  const long = incident.events.length >= LONG_PAGE_EVENTS;
  const contents = [
    { id: 'summary-heading', label: t('summary.heading') },
    ...(postmortem ? [{ id: 'postmortem-heading', label: tp('heading') }] : []),
    ...(long ? [{ id: 'glance-heading', label: t('timeline.compactHeading') }] : []),
    { id: 'tools-heading', label: t('tools.heading') },
    ...(incident.phases.length ? [{ id: 'phases-heading', label: t('phases.headingShort') }] : []),
    { id: 'blast-heading', label: t('blast.heading') },
    { id: 'timeline-heading', label: t('timeline.heading') },
    ...(incident.scale ? [{ id: 'scale-heading', label: t('scale.heading') }] : []),
    ...(incident.disagreements.length ? [{ id: 'disagreements-heading', label: t('disagreements.heading') }] : []),
    ...(incident.notVerified.length ? [{ id: 'not-verified-heading', label: t('notVerified.heading') }] : []),
    ...(allSources.length ? [{ id: 'sources-heading', label: t('sources.heading') }] : []),
  ];
  return (
    <article className="space-y-10 print:space-y-6" data-incident={incident.slug}>
      {/* schema.org Article about an Event, for search engines and journalists' tools. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <header className="space-y-3">
        <p className="text-sm print:hidden">
          <Link href="/incidents" className="underline underline-offset-4">
            {t('back')}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold leading-snug">
          <BidiText text={incident.title[locale]} />
        </h1>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
          {incident.provider ? (
            <span>
              {t('provider')} <bdi dir="ltr">{incident.provider}</bdi>
            </span>
          ) : null}
          {incident.region ? (
            <span>
              {t('region')} <bdi dir="ltr">{incident.region}</bdi>
              {incident.regionName ? ` (${incident.regionName[locale]})` : null}
            </span>
          ) : null}
          {incident.zone ? (
            <span>
              {t('zone')} <bdi dir="ltr">{incident.zone}</bdi>
            </span>
          ) : null}
          <span>{t(`phase.${incident.phase}`)}</span>
          <span className="rounded border border-line px-1.5">{incident.origin === 'past' ? t('provenance.reconstructed') : t('provenance.measured')}</span>
          <ReviewMark verdict={incident.review?.verdict} className="" />
        </p>
        {incident.scopeNote ? (
          <p className="rounded-lg border border-line bg-surface p-3 text-sm" data-scope-note="">
            <BidiText text={incident.scopeNote[locale]} />
          </p>
        ) : null}
      </header>

      {long ? <IncidentContents items={contents} /> : null}

      <IncidentSummary incident={incident} now={new Date().toISOString()} />
      {incident.review ? <DetectionReviewPanel review={incident.review} locale={locale} /> : null}
      {partOf ? <PartOfCloudEvent event={partOf} /> : null}
      {incident.measured ? <MeasuredFacts facts={incident.measured} service={detail.services[incident.measured.serviceId]} /> : null}
      {cloudEvent ? <CloudEventFacts event={cloudEvent} /> : null}
      {postmortem ? <PostmortemSection postmortem={postmortem} locale={locale} /> : null}
      {long ? <CompactTimeline events={incident.events} services={detail.services} /> : null}

      <section aria-labelledby="tools-heading" className="space-y-4 rounded-lg border border-line p-4 print:border-0 print:p-0">
        <h2 id="tools-heading" className="text-xl font-semibold">
          {t('tools.heading')}
        </h2>
        <DataDownloads slug={incident.slug} />
        <CiteThis citations={cite} />
        <Provenance
          lastUpdated={incident.lastUpdated}
          corrections={incident.corrections}
          methodologyVersion={detail.methodologyVersion}
          editorCorrectionCount={incident.review?.corrections.length ?? 0}
          editorCorrections={incident.review ? <ReviewCorrections corrections={incident.review.corrections} locale={locale} /> : null}
        />
      </section>

      <PhaseSpans phases={incident.phases} window={detail.window} provider={provider} sources={sources} />
      <BlastRadius
        measured={incident.origin === 'detected'}
        blast={detail.blast}
        services={detail.services}
        keptProducing={detail.keptProducing}
        window={detail.window}
        provider={provider}
        secondaryOnly={detail.secondaryOnly}
        sources={sources}
      />
      <EventTimeline events={incident.events} services={detail.services} provider={provider} sources={sources} />

      {incident.scale ? (
        <section aria-labelledby="scale-heading" className="space-y-2">
          <h2 id="scale-heading" className="text-xl font-semibold">
            {t('scale.heading')}
          </h2>
          <p>
            <BidiText text={incident.scale.summary[locale]} />
          </p>
          <p className="text-sm text-muted">
            {t('event.confidence')}: {t(`confidence.${incident.scale.confidence}`)} · {t('event.sources')}:{' '}
            <SourceLinks urls={incident.scale.sources} separator={t('listSeparator')} index={sources} />
          </p>
        </section>
      ) : null}

      <Disagreements items={incident.disagreements} sources={sources} />
      <NotVerifiedList items={incident.notVerified} sources={sources} />

      {allSources.length ? (
        <section aria-labelledby="sources-heading" className="space-y-2" data-section="sources" data-source-count={allSources.length}>
          <h2 id="sources-heading" className="text-xl font-semibold">
            {t('sources.heading')}
          </h2>
          <p className="text-sm text-muted">{t('sources.intro')}</p>
          {incident.sourceNotes ? (
            <p className="text-sm text-muted">
              <BidiText text={incident.sourceNotes[locale]} />
            </p>
          ) : null}
          <ol className="space-y-1.5 text-sm">
            {allSources.map((url) => (
              <li key={url} className="min-w-0" data-all-sources-item={sources.get(url)?.type ?? ''}>
                <SourceEntry url={url} index={sources} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <div className="print:hidden">
        <GetNotified scope="all" locale={locale} options={readSubscribeOptions()} />
      </div>
    </article>
  );
}
