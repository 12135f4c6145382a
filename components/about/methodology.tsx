import { useFormatter, useTranslations } from 'next-intl';
import { BidiText } from '@/components/incidents/bidi-text';
import { useDurationText } from '@/components/incidents/duration';
import type { Category, ProbeKind } from '@/lib/catalog';
import { PROVENANCES, STATUSES } from '@/lib/status/vocabulary';
import { ChainThresholds, type ChainRow } from './chain-thresholds';
import { MethodSection } from './method-section';
import { StatusRules } from './status-rules';

/** The numbers the methodology states, read from lib/status and the catalog in use (never typed by hand). */
export interface MethodologyFacts {
  version: string;
  failThreshold: number;
  recoverThreshold: number;
  majorMinVantages: number;
  regionalAfterSec: number;
  staleAfterIntervals: number;
  guardWindowSec: number;
  guardMinOperators: number;
  reopenWindowSec: number;
  stallRounds: number;
  safeUsualFactor: number;
  lagMaxBlocks: number;
  lagMaxSec: number;
  clockSkewSec: number;
  tradeFreshSec: number;
  tradeHaltSec: number;
  ackDeadlineSec: number;
  partialWeight: number;
  minCoverage: number;
  uptimeDecimals: number;
  rawRetentionDays: number;
  defaultTimeoutMs: number;
  defaultMaxBytes: number;
  livenessIntervalSec: number;
  reportedIntervalSec: number;
  probeCounts: Record<ProbeKind, number>;
  services: number;
  monitoredServices: number;
  categories: readonly Category[];
  operators: readonly string[];
  chains: {
    id: string;
    name: { ar: string; en: string };
    category: Category;
    softLimitSec: number;
    hardLimitSec: number;
    finalizedLimitSec?: number;
    safeLimitSec?: number;
    minSlotsPerSec?: number;
    quorum: number;
    endpoints: number;
    operators: number;
    blockTimeSec?: number;
  }[];
  api: { status: string; incidents: string; incidentJson: string; incidentCsv: string };
  /** Cloud-outage events (lib/correlation/settings.ts): K services within W, the quiet period, the rejoin window. */
  cloudEvents: { minServices: number; windowSec: number; quietSec: number; rejoinSec: number };
}

const SECTIONS = ['separation', 'statuses', 'confirmation', 'probes', 'chains', 'exchanges', 'reported', 'vantages', 'provenance', 'uptime', 'causes', 'cloudEvents', 'sources', 'changes', 'decisions', 'limitations', 'cite', 'data'] as const;

/** What each version after 1.0 changed, with its evidence (each a message under about.changes.points). */
const CHANGES = ['noMatching', 'production', 'disagreement', 'components', 'aws', 'cloudEvents', 'secondaryOnly', 'dismissed'] as const;

/** Where the starting rules (docs/methodology.md) were silent, what version 1.0 decided (each a message under about.decisions.points). */
const DECISIONS = ['freshStart', 'skipped', 'degradedStreak', 'stale', 'minority', 'single', 'canaries', 'chainQuorum', 'stallClock', 'lagging', 'skew', 'safeHead', 'slotRate', 'tradesSlow', 'reportedUnknown', 'incidentsTarget', 'uptimeToday', 'orderBook'] as const;

export function Methodology({ facts }: { facts: MethodologyFacts }) {
  const t = useTranslations('about');
  const format = useFormatter();
  const { fromSeconds } = useDurationText();
  const int = (n: number) => format.number(n, 'integer');
  const dec = (n: number) => format.number(n, 'decimal');
  const checks = (n: number) => t('checks', { count: n, formatted: int(n) });
  const args = {
    fail: checks(facts.failThreshold),
    recover: checks(facts.recoverThreshold),
    majorMin: int(facts.majorMinVantages),
    regional: fromSeconds(facts.regionalAfterSec),
    staleIntervals: int(facts.staleAfterIntervals),
    guardWindow: fromSeconds(facts.guardWindowSec),
    guardOperators: int(facts.guardMinOperators),
    reopen: fromSeconds(facts.reopenWindowSec),
    stallRounds: int(facts.stallRounds),
    safeFactor: int(facts.safeUsualFactor),
    lagBlocks: int(facts.lagMaxBlocks),
    lagSec: fromSeconds(facts.lagMaxSec),
    clockSkew: fromSeconds(facts.clockSkewSec),
    tradeFresh: fromSeconds(facts.tradeFreshSec),
    tradeHalt: fromSeconds(facts.tradeHaltSec),
    ackDeadline: fromSeconds(facts.ackDeadlineSec),
    weight: dec(facts.partialWeight),
    minCoverage: format.number(facts.minCoverage, 'percent'),
    decimals: int(facts.uptimeDecimals),
    retention: t('days', { count: facts.rawRetentionDays, formatted: int(facts.rawRetentionDays) }),
    timeout: fromSeconds(facts.defaultTimeoutMs / 1000),
    maxBytes: t('megabytes', { formatted: dec(facts.defaultMaxBytes / 1_000_000) }),
    livenessInterval: fromSeconds(facts.livenessIntervalSec),
    reportedInterval: fromSeconds(facts.reportedIntervalSec),
    services: int(facts.services),
    monitored: int(facts.monitoredServices),
    groups: int(facts.categories.length),
    operatorCount: int(facts.operators.length),
    version: facts.version,
    eventServices: t('cloudEvents.services', { count: facts.cloudEvents.minServices, formatted: int(facts.cloudEvents.minServices) }),
    window: fromSeconds(facts.cloudEvents.windowSec),
    quiet: fromSeconds(facts.cloudEvents.quietSec),
    rejoin: fromSeconds(facts.cloudEvents.rejoinSec),
  };
  // Section point lists are chosen by key below; the typed translator cannot follow a computed key.
  const tKey = t as unknown as (key: string, values?: Record<string, string>) => string;
  const points = (section: string, keys: readonly string[]) => keys.map((k) => tKey(`${section}.points.${k}`, args));
  const rows: ChainRow[] = facts.chains.map((c) => ({
    id: c.id,
    name: c.name,
    category: c.category,
    soft: c.minSlotsPerSec !== undefined ? t('chains.softSolana', { d: fromSeconds(c.softLimitSec) }) : fromSeconds(c.softLimitSec),
    hard: fromSeconds(c.hardLimitSec),
    finalized: c.finalizedLimitSec !== undefined ? fromSeconds(c.finalizedLimitSec) : null,
    safe: c.safeLimitSec !== undefined ? t('chains.safeValue', { d: fromSeconds(c.safeLimitSec), factor: int(facts.safeUsualFactor) }) : null,
    minSlots: c.minSlotsPerSec !== undefined ? t('chains.minSlotsValue', { rate: dec(c.minSlotsPerSec) }) : null,
    quorum: int(c.quorum),
    endpoints: int(c.endpoints),
    operators: int(c.operators),
    blockTime: c.blockTimeSec !== undefined ? fromSeconds(c.blockTimeSec) : null,
  }));
  return (
    <div className="space-y-10">
      <nav aria-labelledby="about-toc" className="print:hidden">
        <h2 id="about-toc" className="text-sm font-semibold text-muted">
          {t('contents')}
        </h2>
        <ol className="mt-2 grid list-decimal gap-x-8 gap-y-1 ps-5 text-sm sm:grid-cols-2">
          {SECTIONS.map((s) => (
            <li key={s}>
              <a href={`#${s}`} className="underline-offset-4 hover:underline">
                {t(`${s}.title`)}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <MethodSection id="separation" title={t('separation.title')} intro={t('separation.intro')} points={points('separation', ['liveness', 'access', 'cloud'])} />

      <MethodSection id="statuses" title={t('statuses.title')} intro={t('statuses.intro')}>
        <StatusRules rules={STATUSES.map((status) => ({ status, rule: t(`statuses.rules.${status}`, args) }))} notMonitored={t('statuses.rules.notMonitored', args)} />
      </MethodSection>

      <MethodSection
        id="confirmation"
        title={t('confirmation.title')}
        points={points('confirmation', ['perVantage', 'ineligible', 'across', 'single', 'stale', 'guard', 'incidents'])}
      />

      <MethodSection id="probes" title={t('probes.title')} intro={t('probes.intro', args)}>
        <dl className="divide-y divide-line rounded-lg border border-line bg-surface">
          {(Object.keys(facts.probeCounts) as ProbeKind[]).map((kind) => (
            <div key={kind} className="space-y-1 px-4 py-3" data-probe-kind={kind}>
              <dt className="font-semibold">
                <bdi dir="ltr">{kind}</bdi>{' '}
                <span className="text-sm font-normal text-muted" data-num="" suppressHydrationWarning>
                  {t('probes.count', { count: facts.probeCounts[kind], formatted: int(facts.probeCounts[kind]) })}
                </span>
              </dt>
              <dd className="text-sm leading-relaxed">
                <BidiText text={t(`probes.kinds.${kind}`, args)} />
              </dd>
            </div>
          ))}
        </dl>
      </MethodSection>

      <MethodSection id="chains" title={t('chains.title')} intro={t('chains.intro', args)}>
        <ChainThresholds rows={rows} />
      </MethodSection>

      <MethodSection id="exchanges" title={t('exchanges.title')} points={points('exchanges', ['trading', 'declared', 'production', 'maintenance', 'disagreement', 'frontDoor'])} />
      <MethodSection id="reported" title={t('reported.title')} points={points('reported', ['mapping', 'incidents', 'beside', 'lag', 'cloud'])} />
      <MethodSection id="vantages" title={t('vantages.title')} intro={t('vantages.intro', args)} />

      <MethodSection id="provenance" title={t('provenance.title')} intro={t('provenance.intro')}>
        <dl className="space-y-2">
          {PROVENANCES.map((p) => (
            <div key={p} data-provenance={p}>
              <dt className="font-semibold">{t(`provenance.labels.${p}`)}</dt>
              <dd className="text-sm leading-relaxed">
                <BidiText text={t(`provenance.meaning.${p}`)} />
              </dd>
            </div>
          ))}
        </dl>
      </MethodSection>

      <MethodSection id="uptime" title={t('uptime.title')} intro={t('uptime.intro', args)} points={points('uptime', ['degraded', 'rounding', 'coverage', 'raw', 'retention', 'past'])}>
        <p className="rounded border border-line bg-surface p-3 text-center font-semibold" data-formula="">
          <BidiText text={t('uptime.formula', args)} />
        </p>
      </MethodSection>

      <MethodSection id="causes" title={t('causes.title')} intro={t('causes.intro')} />
      <MethodSection
        id="cloudEvents"
        title={t('cloudEvents.title')}
        intro={t('cloudEvents.intro')}
        points={points('cloudEvents', ['dependencies', 'openReport', 'openCorrelated', 'members', 'resolve', 'key', 'guard', 'chains', 'words', 'numbers'])}
      />
      <MethodSection id="sources" title={t('sources.title')} intro={t('sources.intro', args)} points={points('sources', ['probes', 'reported', 'past', 'article'])}>
        <p className="text-sm text-muted">
          {t('sources.operators')} <bdi dir="ltr">{facts.operators.join(', ')}</bdi>
        </p>
      </MethodSection>
      <MethodSection id="changes" title={t('changes.title')} intro={t('changes.intro')} points={points('changes', CHANGES)} />
      <MethodSection
        id="decisions"
        title={t('decisions.title')}
        intro={t('decisions.intro')}
        points={points('decisions', DECISIONS)}
      />
      <MethodSection
        id="limitations"
        title={t('limitations.title')}
        points={points('limitations', ['vantage', 'publicEndpoints', 'notMonitored', 'past', 'clouds', 'concentration', 'advice'])}
      />
      <MethodSection id="cite" title={t('cite.title')} intro={t('cite.intro', args)} />
      <MethodSection id="data" title={t('data.title')} intro={t('data.intro')}>
        <ul className="space-y-2 text-sm">
          {(['status', 'incidents', 'incidentJson', 'incidentCsv'] as const).map((key) => (
            <li key={key} className="flex flex-wrap gap-x-2">
              <code dir="ltr" className="rounded bg-surface px-1.5 py-0.5">
                {facts.api[key]}
              </code>
              <span>{t(`data.endpoints.${key}`)}</span>
            </li>
          ))}
        </ul>
      </MethodSection>
    </div>
  );
}
