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

/** No trading at all. `maintenance` too: lib/status turns it into the maintenance status only if announced. */
const NOT_TRADING = new Set<DeclaredState>(['cancel_only', 'halted', 'maintenance']);
/** Trading, with restrictions on order types. */
const RESTRICTED = new Set<DeclaredState>(['post_only', 'limit_only', 'reduce_only']);

export function judgeExchange(r: ExchangeReading): Verdict {
  const declared = r.declaredDetail ?? `declared ${r.declaredState}`;
  if (NOT_TRADING.has(r.declaredState)) return { outcome: 'down', reason: 'trading_halted', detail: declared };
  if (r.lastTradeAtMs === undefined) return { outcome: 'down', reason: 'trading_halted', detail: 'no public trade returned' };
  const ageSec = Math.max(0, Math.round((r.referenceNowMs - r.lastTradeAtMs) / 1000));
  if (ageSec > r.tradeHaltSec) return { outcome: 'down', reason: 'trading_halted', detail: `last trade ${ageSec} s ago` };
  // Degraded states keep reason null: nothing failed, and the facts (declaredState, lastTradeAtMs) say why.
  if (RESTRICTED.has(r.declaredState)) return { outcome: 'degraded', reason: null, detail: declared };
  if (ageSec > r.tradeFreshSec) return { outcome: 'degraded', reason: null, detail: `last trade ${ageSec} s ago` };
  return r.declaredDetail ? { outcome: 'up', reason: null, detail: r.declaredDetail } : { outcome: 'up', reason: null };
}
