// The first-level judgement of one exchange reading (pure): declared state first, then the age of the top
// pair's last public trade. Cross-vantage confirmation and "was the maintenance announced?" are lib/status's.
import type { DeclaredState } from './exchanges/adapter';
import type { Verdict } from './session';

export interface ExchangeReading {
  declaredState: DeclaredState;
  declaredDetail?: string;
  lastTradeAtMs?: number;
  /** "Now", epoch ms, against which the last trade is aged. */
  referenceNowMs: number;
  tradeFreshSec: number;
  tradeHaltSec: number;
}

/**
 * No order matching (docs/methodology.md § Exchanges, since methodology 1.1): cancel-only, halted, maintenance
 * and post-only (Coinbase: "No orders will be matched when post_only mode is active"; Kraken: "No order matching
 * will occur"; OKX's pre_open is read as post_only). `maintenance` becomes the maintenance status in lib/status
 * only if it was announced.
 */
export const NO_MATCHING: ReadonlySet<DeclaredState> = new Set<DeclaredState>(['cancel_only', 'halted', 'maintenance', 'post_only']);
/** Trading, with restrictions on order types: orders still match. */
const RESTRICTED = new Set<DeclaredState>(['limit_only', 'reduce_only']);

export function judgeExchange(r: ExchangeReading): Verdict {
  const declared = r.declaredDetail ?? `declared ${r.declaredState}`;
  const noMatching = NO_MATCHING.has(r.declaredState);
  if (r.lastTradeAtMs === undefined) return { outcome: 'down', reason: 'trading_halted', detail: noMatching ? declared : 'no public trade returned' };
  const ageSec = Math.max(0, Math.round((r.referenceNowMs - r.lastTradeAtMs) / 1000));
  if (noMatching) {
    // The exchange says nothing matches, yet a trade just happened: both are said, and the trades decide.
    if (ageSec <= r.tradeFreshSec) return { outcome: 'up', reason: 'declared_state_mismatch', detail: `${declared}; but last trade ${ageSec} s ago` };
    return { outcome: 'down', reason: 'trading_halted', detail: declared };
  }
  if (ageSec > r.tradeHaltSec) return { outcome: 'down', reason: 'trading_halted', detail: `last trade ${ageSec} s ago` };
  // Degraded states keep reason null: nothing failed, and the facts (declaredState, lastTradeAtMs) say why.
  if (RESTRICTED.has(r.declaredState)) return { outcome: 'degraded', reason: null, detail: declared };
  if (ageSec > r.tradeFreshSec) return { outcome: 'degraded', reason: null, detail: `last trade ${ageSec} s ago` };
  return r.declaredDetail ? { outcome: 'up', reason: null, detail: r.declaredDetail } : { outcome: 'up', reason: null };
}
