// Is trading actually happening? (docs/methodology.md § Exchanges): from the exchange probe's facts, the top
// pair's last public trade and the declared state. A `/ping` that answers proves only the front door;
// access itself is judged by confirmation across vantages, not here.
import type { ProbeFacts, ProbeResult } from '@/lib/probes/types';
import { isAnnouncedMaintenance, type AnnouncedWindow } from './maintenance';
import { isFresh } from './shared';
import { worstStatus, type Reason, type Status } from './vocabulary';

/** Catalog defaults (monitor.tradeFreshSec / tradeHaltSec): live under 60 s, halted past 5 minutes. */
export const TRADE_FRESH_SEC = 60;
export const TRADE_HALT_SEC = 300;

export type DeclaredState = NonNullable<ProbeFacts['declaredState']>;

export interface TradingInput {
  /** Recent exchange results from any vantage; the newest one carrying trading facts is read. */
  results: readonly ProbeResult[];
  intervalSec: number;
  tradeFreshSec?: number;
  tradeHaltSec?: number;
  /** A maintenance notice published by the exchange, if any. */
  maintenance?: AnnouncedWindow;
  /** The first failing check of the failure under way (from confirmation), if any. */
  failuresBeganAt?: number | null;
  now: number;
}

export interface TradingVerdict {
  status: Status;
  /**
   * trading_halted for the majors; declared_state_mismatch when the exchange declares no matching while its
   * trades flow (the status then follows the trades); null for the degraded modes, which `declaredState` /
   * `lastTradeAgeSec` explain.
   */
  reason: Reason | null;
  tradingLive: boolean;
  lastTradeAgeSec: number | null;
  declaredState: DeclaredState | null;
}

/**
 * Methodology 1.1: every state in which no order matches is a trading halt (post_only included: Coinbase's and
 * Kraken's documentation say nothing is matched in it; OKX's pre_open is read as post_only). The restricted
 * modes, in which orders still match, are degraded.
 */
const DECLARED: Record<DeclaredState, Status> = {
  online: 'operational',
  // Announced-and-in-window maintenance is handled before this table: here it is an outage.
  maintenance: 'major_outage',
  halted: 'major_outage',
  cancel_only: 'major_outage',
  post_only: 'major_outage',
  limit_only: 'degraded',
  reduce_only: 'degraded',
};

/**
 * A reason the page shows even beside `operational` (elsewhere an operational status shows none): the exchange
 * declares that nothing matches while its trades flow, and the page says both.
 */
export function isReasonShownWhenOperational(reason: Reason | null): boolean {
  return reason === 'declared_state_mismatch';
}

export function deriveTradingStatus(input: TradingInput): TradingVerdict {
  const result = newestWithTradingFacts(input);
  const declaredState = result?.facts.declaredState ?? null;
  const lastTradeAgeSec = result ? tradeAgeSec(result) : null;
  const tradingLive = lastTradeAgeSec !== null && lastTradeAgeSec <= (input.tradeFreshSec ?? TRADE_FRESH_SEC);
  const base = { tradingLive, lastTradeAgeSec, declaredState };

  // Declared "nothing matches" while the last trade is fresh: the two disagree. Both stay in the verdict
  // (declaredState, lastTradeAgeSec) and the status follows the trades, with a reason naming the disagreement.
  if (tradingLive && declaredState !== null && DECLARED[declaredState] === 'major_outage') {
    return { ...base, status: 'operational', reason: 'declared_state_mismatch' };
  }
  const troubled = !tradingLive || (declaredState !== null && declaredState !== 'online');
  if (troubled && isAnnouncedMaintenance(input.maintenance, input.now, input.failuresBeganAt)) {
    return { ...base, status: 'maintenance', reason: null };
  }
  if (!result) return { ...base, status: 'unknown', reason: 'no_data' };

  const fromDeclared = declaredState ? DECLARED[declaredState] : 'unknown';
  const fromTrades = lastTradeAgeSec === null ? 'unknown' : tradingLive ? 'operational' : lastTradeAgeSec > (input.tradeHaltSec ?? TRADE_HALT_SEC) ? 'major_outage' : 'degraded';
  const status = worstStatus([fromDeclared, fromTrades]);
  return { ...base, status, reason: status === 'major_outage' ? 'trading_halted' : null };
}

function newestWithTradingFacts(input: TradingInput): ProbeResult | null {
  let newest: ProbeResult | null = null;
  for (const r of input.results) {
    const hasFacts = r.facts.lastTradeAtMs !== undefined || r.facts.declaredState !== undefined;
    if (!hasFacts || !isFresh(r.startedAt, input.now, input.intervalSec)) continue;
    if (!newest || r.startedAt > newest.startedAt) newest = r;
  }
  return newest;
}

/** Measured on the exchange's own clock (its `Date` header) when it gave one, so our skew does not count. */
function tradeAgeSec(r: ProbeResult): number | null {
  if (r.facts.lastTradeAtMs === undefined) return null;
  const nowThereMs = r.facts.serverDateMs ?? r.startedAt + r.latencyMs;
  return Math.max(0, (nowThereMs - r.facts.lastTradeAtMs) / 1000);
}
