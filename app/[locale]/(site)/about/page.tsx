import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Methodology, type MethodologyFacts } from '@/components/about/methodology';
import { OperatorCard } from '@/components/about/operator-card';
import { BidiText } from '@/components/incidents/bidi-text';
import { CATEGORIES, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, PROBE_KINDS, getCatalog, type ProbeKind } from '@/lib/catalog';
import { LIVENESS_INTERVAL_SEC, REPORTED_INTERVAL_SEC } from '@/lib/catalog/data/helpers';
import { CLOUD_EVENT_MIN_SERVICES, CLOUD_EVENT_QUIET_MS, CLOUD_EVENT_REJOIN_MS, CLOUD_EVENT_WINDOW_MS } from '@/lib/correlation/settings';
import { METHODOLOGY_VERSION } from '@/lib/incidents/methodology';
import { asLocale } from '@/lib/i18n/routing';
import { readOperator } from '@/lib/operator';
import {
  ACK_DEADLINE_MS,
  CLOCK_SKEW_TOLERANCE_SEC,
  FAIL_THRESHOLD,
  GUARD_MIN_OPERATORS,
  GUARD_WINDOW_MS,
  LAG_MAX_BLOCKS,
  LAG_MAX_SEC,
  MAJOR_MIN_VANTAGES,
  MIN_COVERAGE,
  PARTIAL_WEIGHT_TENTHS,
  RAW_RESULTS_RETENTION_DAYS,
  RECOVER_THRESHOLD,
  REGIONAL_AFTER_MS,
  REOPEN_WINDOW_MS,
  SAFE_USUAL_FACTOR,
  STALE_AFTER_INTERVALS,
  STALL_ROUNDS,
  TRADE_FRESH_SEC,
  TRADE_HALT_SEC,
  UPTIME_DECIMALS,
} from '@/lib/status';

// No database, but the catalog is the one in use (an operator's MARSAD_CATALOG replaces the built-in
// one at run time), so the thresholds are read per request rather than frozen at build time.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/about'>): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'about' });
  return { title: t('title'), description: t('intro', { version: METHODOLOGY_VERSION }) };
}

function readFacts(): MethodologyFacts {
  const catalog = getCatalog();
  const monitors = catalog.services.flatMap((s) => s.monitors);
  const probeCounts = Object.fromEntries(PROBE_KINDS.map((k) => [k, monitors.filter((m) => m.kind === k).length])) as Record<ProbeKind, number>;
  return {
    version: METHODOLOGY_VERSION,
    failThreshold: FAIL_THRESHOLD,
    recoverThreshold: RECOVER_THRESHOLD,
    majorMinVantages: MAJOR_MIN_VANTAGES,
    regionalAfterSec: REGIONAL_AFTER_MS / 1000,
    staleAfterIntervals: STALE_AFTER_INTERVALS,
    guardWindowSec: GUARD_WINDOW_MS / 1000,
    guardMinOperators: GUARD_MIN_OPERATORS,
    reopenWindowSec: REOPEN_WINDOW_MS / 1000,
    stallRounds: STALL_ROUNDS,
    safeUsualFactor: SAFE_USUAL_FACTOR,
    lagMaxBlocks: LAG_MAX_BLOCKS,
    lagMaxSec: LAG_MAX_SEC,
    clockSkewSec: CLOCK_SKEW_TOLERANCE_SEC,
    tradeFreshSec: TRADE_FRESH_SEC,
    tradeHaltSec: TRADE_HALT_SEC,
    ackDeadlineSec: ACK_DEADLINE_MS / 1000,
    partialWeight: PARTIAL_WEIGHT_TENTHS / 10,
    minCoverage: MIN_COVERAGE,
    uptimeDecimals: UPTIME_DECIMALS,
    rawRetentionDays: RAW_RESULTS_RETENTION_DAYS,
    defaultTimeoutMs: DEFAULT_TIMEOUT_MS,
    defaultMaxBytes: DEFAULT_MAX_BYTES,
    livenessIntervalSec: LIVENESS_INTERVAL_SEC,
    reportedIntervalSec: REPORTED_INTERVAL_SEC,
    probeCounts,
    services: catalog.services.length,
    monitoredServices: catalog.services.filter((s) => s.monitored).length,
    categories: CATEGORIES,
    operators: [...new Set(monitors.map((m) => m.operator))].sort(),
    chains: catalog.services.flatMap((s) => {
      if (!s.chain) return [];
      const liveness = s.monitors.filter((m) => m.role === 'liveness');
      return [
        {
          id: s.id,
          name: s.name,
          category: s.category,
          softLimitSec: s.chain.softLimitSec,
          hardLimitSec: s.chain.hardLimitSec,
          finalizedLimitSec: s.chain.finalizedLimitSec,
          safeLimitSec: s.chain.safeLimitSec,
          minSlotsPerSec: s.chain.minSlotsPerSec,
          quorum: s.chain.quorum,
          endpoints: liveness.length,
          operators: new Set(liveness.map((m) => m.operator)).size,
          blockTimeSec: s.chain.blockTimeSec,
        },
      ];
    }),
    cloudEvents: {
      minServices: CLOUD_EVENT_MIN_SERVICES,
      windowSec: CLOUD_EVENT_WINDOW_MS / 1000,
      quietSec: CLOUD_EVENT_QUIET_MS / 1000,
      rejoinSec: CLOUD_EVENT_REJOIN_MS / 1000,
    },
    api: {
      status: '/api/status',
      incidents: '/api/incidents',
      incidentJson: '/api/incidents/<slug>.json',
      incidentCsv: '/api/incidents/<slug>.csv?lang=ar|en',
    },
  };
}

export default async function AboutPage({ params }: PageProps<'/[locale]/about'>) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations('about');
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="inline-block rounded border border-line bg-surface px-2 py-0.5 text-sm font-semibold" data-methodology-version={METHODOLOGY_VERSION}>
          <BidiText text={t('version', { version: METHODOLOGY_VERSION })} />
        </p>
        <p className="leading-relaxed text-muted">
          <BidiText text={t('intro', { version: METHODOLOGY_VERSION })} />
        </p>
      </div>
      {/* Read per request (the page is rendered per request): the operator's settings at run time. */}
      <OperatorCard operator={readOperator()} />
      <Methodology facts={readFacts()} />
    </div>
  );
}
