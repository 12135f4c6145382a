// The connectivity guard (docs/methodology.md § Connectivity guard): a vantage whose canaries fail, or from which
// most unrelated targets on several networks fail within a minute while other vantages see them up, is
// impaired; its results then count as unknown (`vantage_impaired`), never as outages. Pure, no state.
import type { ProbeResult } from '@/lib/probes/types';
import { isIneligibleResult } from './confirmation';

/** "Within a minute": only results started in this window count. */
export const GUARD_WINDOW_MS = 60_000;
/** "On several networks": the failing targets must be run by at least this many distinct operators. */
export const GUARD_MIN_OPERATORS = 3;

export interface GuardInput {
  /** Recent raw results from every vantage (anything older than GUARD_WINDOW_MS is ignored). */
  results: readonly ProbeResult[];
  /** Monitors that are canaries (public DNS resolvers, two unrelated clouds, the other vantages' health). */
  canaryIds: ReadonlySet<string>;
  /** Who runs each monitor's endpoint (catalog `monitor.operator`). */
  operatorOf: (monitorId: string) => string | undefined;
  now: number;
}

export interface VantageHealth {
  vantage: string;
  impaired: boolean;
  cause: 'canaries' | 'mass_failure' | null;
  canaries: { failing: number; total: number };
  targets: { failing: number; total: number; failingOperators: number; seenUpElsewhere: number };
}

export function assessVantages(input: GuardInput): Map<string, VantageHealth> {
  const latest = latestPerVantage(input.results, input.now);
  const health = new Map<string, VantageHealth>();
  for (const [vantage, byMonitor] of latest) health.set(vantage, assessVantage(vantage, byMonitor, latest, input));
  return health;
}

export function impairedVantages(health: ReadonlyMap<string, VantageHealth>): Set<string> {
  return new Set([...health.values()].filter((h) => h.impaired).map((h) => h.vantage));
}

/** Results from impaired vantages, rewritten as ineligible (`vantage_impaired`) before confirmation. */
export function setAsideImpaired(results: readonly ProbeResult[], impaired: ReadonlySet<string>): ProbeResult[] {
  return results.map((r): ProbeResult => (impaired.has(r.vantage) ? { ...r, outcome: 'ineligible', reason: 'vantage_impaired' } : r));
}

type Latest = Map<string, Map<string, ProbeResult>>;

function latestPerVantage(results: readonly ProbeResult[], now: number): Latest {
  const latest: Latest = new Map();
  for (const r of results) {
    if (now - r.startedAt > GUARD_WINDOW_MS || r.startedAt > now) continue;
    let byMonitor = latest.get(r.vantage);
    if (!byMonitor) latest.set(r.vantage, (byMonitor = new Map()));
    const prev = byMonitor.get(r.monitorId);
    if (!prev || prev.startedAt < r.startedAt) byMonitor.set(r.monitorId, r);
  }
  return latest;
}

function assessVantage(vantage: string, byMonitor: Map<string, ProbeResult>, latest: Latest, input: GuardInput): VantageHealth {
  const judged = [...byMonitor.values()].filter((r) => !isIneligibleResult(r));
  const canaries = judged.filter((r) => input.canaryIds.has(r.monitorId));
  const targets = judged.filter((r) => !input.canaryIds.has(r.monitorId));
  const failingCanaries = canaries.filter((r) => r.outcome === 'down').length;
  const failing = targets.filter((r) => r.outcome === 'down');
  const seenUp = failing.filter((r) => isUpElsewhere(r.monitorId, vantage, latest));
  const failingOperators = new Set(failing.map((r) => input.operatorOf(r.monitorId) ?? r.monitorId)).size;

  // Strict majorities: one flaky resolver among several canaries, or half the targets, is not enough.
  const canariesFail = canaries.length > 0 && 2 * failingCanaries > canaries.length;
  const massFailure =
    targets.length > 0 &&
    2 * failing.length > targets.length &&
    failingOperators >= GUARD_MIN_OPERATORS &&
    2 * seenUp.length > failing.length;
  return {
    vantage,
    impaired: canariesFail || massFailure,
    cause: canariesFail ? 'canaries' : massFailure ? 'mass_failure' : null,
    canaries: { failing: failingCanaries, total: canaries.length },
    targets: { failing: failing.length, total: targets.length, failingOperators, seenUpElsewhere: seenUp.length },
  };
}

function isUpElsewhere(monitorId: string, vantage: string, latest: Latest): boolean {
  for (const [other, byMonitor] of latest) {
    if (other === vantage) continue;
    const r = byMonitor.get(monitorId);
    if (r && (r.outcome === 'up' || r.outcome === 'degraded')) return true;
  }
  return false;
}
