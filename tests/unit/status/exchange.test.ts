import { describe, expect, it } from 'vitest';
import type { ProbeFacts } from '@/lib/probes/types';
import { TRADE_FRESH_SEC, TRADE_HALT_SEC, deriveTradingStatus, isReasonShownWhenOperational, type TradingInput } from '@/lib/status/exchange';
import { isAnnouncedMaintenance } from '@/lib/status/maintenance';
import { MIN, SEC, T0, result } from '../../helpers/probe-results';

const NOW = T0 + 60 * MIN;
const HOUR = 60 * MIN;

function trading(facts: ProbeFacts, over: Partial<TradingInput> = {}) {
  return deriveTradingStatus({
    results: [result({ kind: 'exchange', monitorId: 'binance', startedAt: NOW - 5 * SEC, facts })],
    intervalSec: 30,
    now: NOW,
    ...over,
  });
}

const tradedAgo = (sec: number): ProbeFacts => ({ lastTradeAtMs: NOW - 5 * SEC - sec * SEC, declaredState: 'online' });
/** Announced a day ahead; the window began 10 minutes ago and lasts an hour. */
const window = { announcedAt: NOW - 24 * HOUR, startsAt: NOW - 10 * MIN, endsAt: NOW + 50 * MIN };

describe('exchange trading', () => {
  it('uses the DESIGN numbers: live under 60 s, halted past 5 minutes', () => {
    expect([TRADE_FRESH_SEC, TRADE_HALT_SEC]).toEqual([60, 300]);
  });

  it.each([
    { name: 'last trade 10 s ago → operational, trading live', facts: tradedAgo(10), status: 'operational', reason: null, live: true },
    { name: 'last trade 2 min ago → degraded, not live', facts: tradedAgo(120), status: 'degraded', reason: null, live: false },
    { name: 'over 5 minutes without a trade → trading_halted (major)', facts: tradedAgo(301), status: 'major_outage', reason: 'trading_halted', live: false },
    { name: 'declared cancel_only, last trade 2 min ago → major', facts: { ...tradedAgo(120), declaredState: 'cancel_only' }, status: 'major_outage', reason: 'trading_halted', live: false },
    { name: 'declared halted → major', facts: { declaredState: 'halted' }, status: 'major_outage', reason: 'trading_halted', live: false },
    // Methodology 1.1: post_only means no matching (Coinbase's and Kraken's documentation), so a halt.
    { name: 'declared post_only, last trade 2 min ago → major (no matching)', facts: { ...tradedAgo(120), declaredState: 'post_only' }, status: 'major_outage', reason: 'trading_halted', live: false },
    // Declared "nothing matches" while trades flow: the status follows the trades, the reason names the disagreement.
    { name: 'declared cancel_only with a trade 5 s ago → operational, declared_state_mismatch', facts: { ...tradedAgo(5), declaredState: 'cancel_only' }, status: 'operational', reason: 'declared_state_mismatch', live: true },
    { name: 'declared post_only with a trade 5 s ago → operational, declared_state_mismatch', facts: { ...tradedAgo(5), declaredState: 'post_only' }, status: 'operational', reason: 'declared_state_mismatch', live: true },
    { name: 'declared maintenance with a trade 5 s ago → operational, declared_state_mismatch', facts: { ...tradedAgo(5), declaredState: 'maintenance' }, status: 'operational', reason: 'declared_state_mismatch', live: true },
    { name: 'declared halted with a trade 59 s ago → operational, declared_state_mismatch', facts: { ...tradedAgo(59), declaredState: 'halted' }, status: 'operational', reason: 'declared_state_mismatch', live: true },
    { name: 'declared limit_only → degraded', facts: { ...tradedAgo(5), declaredState: 'limit_only' }, status: 'degraded', reason: null, live: true },
    { name: 'declared reduce_only → degraded', facts: { ...tradedAgo(5), declaredState: 'reduce_only' }, status: 'degraded', reason: null, live: true },
    { name: 'declared maintenance without a notice → an outage', facts: { declaredState: 'maintenance' }, status: 'major_outage', reason: 'trading_halted', live: false },
    { name: 'declared online but no trade for 10 min → halted', facts: tradedAgo(600), status: 'major_outage', reason: 'trading_halted', live: false },
  ] satisfies { name: string; facts: ProbeFacts; status: string; reason: string | null; live: boolean }[])('$name', ({ facts, status, reason, live }) => {
    expect(trading(facts)).toMatchObject({ status, reason, tradingLive: live });
  });

  it.each([
    { name: 'maintenance announced in advance, inside its window → maintenance', w: window, failuresBeganAt: NOW - 9 * MIN, status: 'maintenance' },
    { name: 'an overrun past the announced window → an outage', w: { ...window, endsAt: NOW - MIN }, failuresBeganAt: NOW - 9 * MIN, status: 'major_outage' },
    { name: '"maintenance" announced after failures began → an outage', w: { ...window, announcedAt: NOW - 5 * MIN, startsAt: NOW - 4 * MIN }, failuresBeganAt: NOW - 20 * MIN, status: 'major_outage' },
    { name: 'a notice published when the window starts is not "in advance" → an outage', w: { ...window, announcedAt: window.startsAt }, failuresBeganAt: null, status: 'major_outage' },
    { name: 'before the announced window starts → an outage', w: { ...window, startsAt: NOW + MIN }, failuresBeganAt: NOW - 9 * MIN, status: 'major_outage' },
  ])('$name', ({ w, failuresBeganAt, status }) => {
    expect(trading({ declaredState: 'maintenance' }, { maintenance: w, failuresBeganAt }).status).toBe(status);
  });

  it('inside an announced window, an exchange still trading is operational', () => {
    expect(trading(tradedAgo(3), { maintenance: window }).status).toBe('operational');
  });

  it('declared maintenance inside its announced window, but trades flowing → operational, and both facts kept', () => {
    expect(trading({ ...tradedAgo(3), declaredState: 'maintenance' }, { maintenance: window, failuresBeganAt: null })).toMatchObject({
      status: 'operational',
      reason: 'declared_state_mismatch',
      declaredState: 'maintenance',
      tradingLive: true,
    });
  });

  it('inside an announced window with the API unreachable (no facts) → maintenance', () => {
    expect(deriveTradingStatus({ results: [], intervalSec: 30, now: NOW, maintenance: window }).status).toBe('maintenance');
  });

  it.each([
    { name: 'no result → unknown, no_data', results: [] },
    { name: 'only a result older than 3 intervals → unknown, no_data', results: [result({ startedAt: NOW - 5 * MIN, facts: tradedAgo(1) })] },
    { name: 'only failures without trading facts → unknown, no_data', results: [result({ outcome: 'down', reason: 'timeout', startedAt: NOW - 5 * SEC })] },
  ])('$name', ({ results }) => {
    expect(deriveTradingStatus({ results, intervalSec: 30, now: NOW })).toMatchObject({ status: 'unknown', reason: 'no_data' });
  });

  it('reads the newest result carrying trading facts, from any vantage', () => {
    const v = deriveTradingStatus({
      results: [
        result({ vantage: 'fra', startedAt: NOW - 20 * SEC, facts: { lastTradeAtMs: NOW - 20 * SEC - 400 * SEC } }),
        result({ vantage: 'sgp', startedAt: NOW - 5 * SEC, facts: { lastTradeAtMs: NOW - 6 * SEC } }),
        result({ vantage: 'iad', outcome: 'ineligible', reason: 'blocked', startedAt: NOW - SEC }),
      ],
      intervalSec: 30,
      now: NOW,
    });
    expect(v).toMatchObject({ status: 'operational', tradingLive: true });
  });

  it('trade age is measured on the exchange\'s clock (Date header), so our clock skew does not count', () => {
    // Our clock is 10 minutes ahead; the exchange says it is 30 s after its last trade.
    const exchangeNow = NOW - 10 * MIN;
    const v = deriveTradingStatus({
      results: [result({ startedAt: NOW - 5 * SEC, facts: { lastTradeAtMs: exchangeNow - 30 * SEC, serverDateMs: exchangeNow } })],
      intervalSec: 30,
      now: NOW,
    });
    expect(v).toMatchObject({ status: 'operational', lastTradeAgeSec: 30 });
  });

  it('isAnnouncedMaintenance needs a window at all', () => {
    expect(isAnnouncedMaintenance(undefined, NOW)).toBe(false);
  });
});

it('the page shows the disagreement beside "operational" (and no other reason, e.g. clock_skew)', () => {
  expect(isReasonShownWhenOperational('declared_state_mismatch')).toBe(true);
  expect(isReasonShownWhenOperational('clock_skew')).toBe(false);
  expect(isReasonShownWhenOperational(null)).toBe(false);
});
