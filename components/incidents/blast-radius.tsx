import { useFormatter, useTranslations } from 'next-intl';
import { LocalTime } from '@/components/ui/local-time';
import { Num } from '@/components/ui/num';
import type { Category } from '@/lib/catalog';
import { isAffectedState, type BlastRadius as Blast, type GroupImpact, type KeptProducing, type ServiceImpact } from '@/lib/incidents/blast-radius';
import { BidiText } from './bidi-text';
import { ChartAxis, ChartBar, ChartOpenEnd, ChartTrack, positionOf, type ChartWindow } from './chart';
import { useDurationText } from './duration';
import { EventStateBadge, STATE_BAR_CLASS } from './event-state-badge';
import { ServiceName, ServiceNames } from './service-names';
import { SourceLink, type SourceIndex } from './source-link';
import type { EventRecord, ServiceRef } from '@/lib/view-types';

// Blast radius: services × time across the incident window, grouped as the article tells it: the layer-1
// chains first (did they keep producing blocks?), then everything people use to reach them.
const GROUP_ORDER = ['l1', 'l2', 'exchange', 'infra', 'cloud', 'other'] as const;
type Group = (typeof GROUP_ORDER)[number];

interface Props {
  blast: Blast<Category>;
  services: Record<string, ServiceRef>;
  keptProducing: readonly KeptProducing[];
  window: ChartWindow;
  provider: string;
  /** Events only secondary sources or copies report: listed apart, never counted or drawn. */
  secondaryOnly?: readonly EventRecord[];
  sources?: SourceIndex;
  /** An incident Marsad detected: its services were measured, not named by sources. */
  measured?: boolean;
}

export function BlastRadius({ blast, services, keptProducing, window, provider, secondaryOnly = [], sources, measured = false }: Props) {
  const t = useTranslations('incident.blast');
  const tc = useTranslations();
  const format = useFormatter();
  const groups = GROUP_ORDER.map((category) => ({ category, group: blast.groups.find((g) => g.category === category) }));
  const kept = keptProducing.filter((k, i, all) => all.findIndex((x) => x.serviceId === k.serviceId) === i);
  // A low-confidence report is not enough for the headline: it is said apart, as such.
  const strong = kept.filter((k) => k.confidence !== 'low');
  const weak = kept.filter((k) => k.confidence === 'low');
  const affectedTotal = blast.services.filter((s) => s.affected && s.category !== 'cloud').length;
  return (
    <section aria-labelledby="blast-heading" className="space-y-4" data-section="blast-radius">
      <h2 id="blast-heading" className="text-xl font-semibold">
        {t('heading')}
      </h2>
      <p className="text-sm text-muted">
        <BidiText text={t(measured ? 'measured.intro' : 'intro', { provider })} />
      </p>
      <div className="space-y-1 rounded-lg border border-line bg-surface p-3" data-blast-point="">
        <p>
          {strong.length
            ? t.rich(measured ? 'measured.point' : 'point', { affected: () => <Num>{t('servicesCount', { count: affectedTotal, formatted: format.number(affectedTotal, 'integer') })}</Num>, chains: () => <ChainList items={strong} services={services} /> })
            : t.rich(measured ? 'measured.pointNoChains' : 'pointNoChains', { affected: () => <Num>{t('servicesCount', { count: affectedTotal, formatted: format.number(affectedTotal, 'integer') })}</Num> })}
        </p>
        {weak.length ? <p className="text-sm text-muted">{t.rich('pointWeak', { chains: () => <ChainList items={weak} services={services} /> })}</p> : null}
      </div>
      <div className="px-4 md:grid md:grid-cols-[11rem_minmax(0,1fr)_12rem] md:gap-x-4">
        <div className="md:col-start-2">
          <ChartAxis window={window} label={tc('incident.chart.axis')} />
        </div>
      </div>
      {groups.map(({ category, group }) =>
        group ? (
          <BlastGroup
            key={category}
            category={category}
            group={group}
            blast={blast}
            services={services}
            keptProducing={keptProducing}
            window={window}
            sources={sources}
          />
        ) : category === 'l1' ? (
          <section key={category} aria-labelledby="blast-l1" data-blast-group="l1">
            <h3 id="blast-l1" className="font-semibold">
              {tc('category.l1')}
            </h3>
            <p className="text-sm text-muted">{t(measured ? 'measured.noL1' : 'noL1Reports')}</p>
          </section>
        ) : null,
      )}
      {blast.incidentEvents.length ? (
        <div className="space-y-1" data-blast-sector="">
          <h3 className="font-semibold">{t('sectorHeading')}</h3>
          <ul className="space-y-1 text-sm">
            {blast.incidentEvents.map((e) => (
              <li key={e.id} className="flex flex-wrap items-baseline gap-x-2">
                <EventStateBadge state={e.state} />
                <span className="text-muted">{e.timeUtc ? <LocalTime iso={e.timeUtc} fixed /> : tc('incident.time.notConfirmed')}</span>
                <a href={`#${e.id}`} className="underline underline-offset-4">
                  {t('seeEvent')}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {secondaryOnly.length ? (
        <div className="space-y-1 rounded-lg border border-dashed border-unknown p-3" data-blast-secondary="">
          <h3 className="font-semibold">{t('secondaryHeading')}</h3>
          <p className="text-sm text-muted">{t('secondaryIntro')}</p>
          <ul className="space-y-1 text-sm">
            {secondaryOnly.map((e) => (
              <li key={e.id} className="flex flex-wrap items-baseline gap-x-2" data-blast-secondary-event={e.id}>
                <span className="font-semibold">
                  <ServiceNames ids={e.serviceIds} services={services} />
                </span>
                <span className="text-muted">{tc(`incident.state.${e.state}`)}</span>
                <a href={`#${e.id}`} className="underline underline-offset-4">
                  {t('seeEvent')}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {blast.claims.length ? (
        <p className="text-sm text-muted">
          {t.rich('claimsExcluded', { count: () => <Num>{format.number(blast.claims.length, 'integer')}</Num> })}
        </p>
      ) : null}
    </section>
  );
}

function ChainList({ items, services }: { items: readonly KeptProducing[]; services: Record<string, ServiceRef> }) {
  const t = useTranslations('incident');
  return (
    <>
      {items.map((k, i) => (
        <span key={k.serviceId}>
          {i > 0 ? t('listSeparator') : null}
          <ServiceName service={services[k.serviceId]!} />
        </span>
      ))}
    </>
  );
}

function BlastGroup({
  category,
  group,
  blast,
  services,
  keptProducing,
  window,
  sources,
}: Omit<Props, 'provider'> & { category: Group; group: GroupImpact<Category> }) {
  const t = useTranslations('incident.blast');
  const tc = useTranslations();
  const format = useFormatter();
  const { range } = useDurationText();
  const members = blast.services.filter((s) => s.category === category);
  const num = (n: number) => <Num>{format.number(n, 'integer')}</Num>;
  const headingId = `blast-${category}`;
  const weakIds = group.keptWorkingIds.filter((id) => keptProducing.some((k) => k.serviceId === id && k.confidence === 'low'));
  return (
    <section aria-labelledby={headingId} className="space-y-2" data-blast-group={category}>
      <h3 id={headingId} className="font-semibold">
        {category === 'other' ? t('otherGroup') : tc(`category.${category}`)}
      </h3>
      <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm" data-blast-numbers={category}>
        <div className="flex gap-1.5">
          <dt className="text-muted">{t('numbers.named')}</dt>
          <dd data-count="named">{num(group.serviceIds.length)}</dd>
        </div>
        <div className="flex gap-1.5">
          <dt className="text-muted">{t('numbers.affected')}</dt>
          <dd data-count="affected">{num(group.affectedCount)}</dd>
        </div>
        {group.affectedCount ? (
          <>
            <div className="flex gap-1.5">
              <dt className="text-muted">{t('numbers.timed')}</dt>
              <dd>{num(group.timedCount)}</dd>
            </div>
            <div className="flex gap-1.5">
              <dt className="text-muted">{t('numbers.untimedOnly')}</dt>
              <dd>{num(group.untimedOnlyCount)}</dd>
            </div>
            <div className="flex gap-1.5">
              <dt className="text-muted">{t('numbers.longest')}</dt>
              <dd>
                <BidiText text={range(group.longest)} />
              </dd>
            </div>
          </>
        ) : null}
        {group.keptWorkingIds.length ? (
          <div className="flex gap-1.5">
            <dt className="text-muted">{category === 'l1' ? t('numbers.keptProducing') : t('numbers.keptWorking')}</dt>
            <dd data-count="kept">{num(group.keptWorkingIds.length - weakIds.length)}</dd>
          </div>
        ) : null}
        {weakIds.length ? (
          <div className="flex gap-1.5">
            <dt className="text-muted">{t('numbers.keptLow')}</dt>
            <dd data-count="kept-low">{num(weakIds.length)}</dd>
          </div>
        ) : null}
      </dl>
      <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
        {members.map((s) => (
          <BlastRow
            key={s.serviceId}
            impact={s}
            service={services[s.serviceId]!}
            kept={keptProducing.find((k) => k.serviceId === s.serviceId)}
            window={window}
            sources={sources}
          />
        ))}
      </ul>
    </section>
  );
}

function BlastRow({
  impact,
  service,
  kept,
  window,
  sources,
}: {
  impact: ServiceImpact<Category>;
  service: ServiceRef;
  kept?: KeptProducing;
  window: ChartWindow;
  sources?: SourceIndex;
}) {
  const t = useTranslations('incident');
  const { range } = useDurationText();
  const keptProducing = !impact.affected && impact.worstState === 'operational' && impact.category === 'l1';
  const weak = kept?.confidence === 'low';
  const hasUntimedFailure = impact.untimed.some((n) => ['degraded', 'partial_outage', 'major_outage'].includes(n.state));
  const firstEvent = impact.segments[0]?.eventId ?? impact.untimed[0]?.eventId;
  const label = keptProducing
    ? weak
      ? t('blast.keptProducingLow')
      : t('blast.keptProducing')
    : !impact.affected && impact.worstState === 'operational'
      ? t('blast.keptWorking')
      : undefined;
  return (
    <li
      className="space-y-2 px-4 py-3 md:grid md:grid-cols-[11rem_minmax(0,1fr)_12rem] md:items-center md:gap-x-4 md:gap-y-1 md:space-y-0 print:break-inside-avoid"
      data-blast-service={service.id}
      data-affected={impact.affected ? 'true' : 'false'}
    >
      <p className="font-semibold">
        <ServiceName service={service} />
      </p>
      <div className="md:col-start-3 md:row-start-1 md:justify-self-end">
        {/* A low-confidence "no failure reported" is not a green check: it is shown as unknown, with its words. */}
        <EventStateBadge state={weak && !impact.affected ? 'unknown' : impact.worstState} label={label} />
      </div>
      <div className="md:col-start-2 md:row-start-1">
        {impact.segments.length ? (
          <ChartTrack>
            {impact.segments.map((seg) => {
              const from = positionOf(seg.startUtc, window);
              // An end the sources do not give is not drawn as impact: a short mark at the start, then a dashed line.
              if (!seg.endUtc)
                return (
                  <span key={seg.eventId}>
                    <ChartBar from={from} to={from + 1} className={STATE_BAR_CLASS[seg.state]} />
                    {/* Back to normal needs no continuation: only an impact whose end is unknown gets the dashed line. */}
                    {isAffectedState(seg.state) ? <ChartOpenEnd from={from + 1} to={positionOf(seg.openUntilUtc ?? window.endUtc, window)} /> : null}
                  </span>
                );
              return <ChartBar key={seg.eventId} from={from} to={positionOf(seg.endUtc, window)} className={STATE_BAR_CLASS[seg.state]} />;
            })}
          </ChartTrack>
        ) : (
          <div className="rounded border border-dashed border-line px-2 py-0.5 text-center text-xs text-muted" data-untimed={impact.affected ? 'affected' : 'working'}>
            {impact.affected || !keptProducing ? t('blast.untimedTrack') : weak ? t('blast.keptTrackLow') : t('blast.keptTrack')}
          </div>
        )}
      </div>
      {impact.segments.length ? (
        <ul className="sr-only">
          {impact.segments.map((seg) => (
            <li key={seg.eventId}>
              {t.rich(seg.endUtc ? 'blast.segment' : 'blast.segmentOpen', {
                state: () => t(`state.${seg.state}`),
                start: () => <LocalTime iso={seg.startUtc} format="time" fixed />,
                end: () => (seg.endUtc ? <LocalTime iso={seg.endUtc} format="time" fixed /> : null),
              })}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="text-sm text-muted md:col-span-2 md:col-start-2">
        {impact.affected ? (
          <>
            {t('blast.impactFor')} <BidiText text={range(impact.impact)} />
            {hasUntimedFailure && impact.segments.length ? ` ${t('blast.plusUntimed')}` : null}
          </>
        ) : kept ? (
          <>
            {t('blast.keptSource')} <SourceLink url={kept.source} info={sources?.get(kept.source)} /> · {t('event.confidence')}:{' '}
            {t(`confidence.${kept.confidence}`)}
          </>
        ) : null}{' '}
        {firstEvent ? (
          <a href={`#${firstEvent}`} className="underline underline-offset-4 print:hidden">
            {t('blast.seeEvents')}
            <span className="sr-only">
              {' '}
              (<ServiceName service={service} />)
            </span>
          </a>
        ) : null}
      </p>
    </li>
  );
}
