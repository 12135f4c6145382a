// The exchange probe against each exchange's real API shape: reachability, declared state and the last
// public trade, judged first-level (cancel_only/halted/maintenance down, restricted modes degraded,
// trades older than tradeHaltSec down and older than tradeFreshSec degraded).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXCHANGES, type ExchangeId } from '@/lib/catalog/schema';
import { judgeExchange } from '@/lib/probes/exchange-verdict';
import { runProbe } from '@/lib/probes/registry';
import { fakeProbeContext, startFakeExchange, testMonitor, type DeclaredState, type FakeExchange } from '@/tests/fixtures/fake-upstreams';

const ctx = fakeProbeContext();
const fakes = {} as Record<ExchangeId, FakeExchange>;

beforeAll(async () => {
  await Promise.all(EXCHANGES.map(async (id) => void (fakes[id] = await startFakeExchange(id))));
});
afterAll(() => Promise.all(EXCHANGES.map((id) => fakes[id].close())));

function probe(id: ExchangeId) {
  const fake = fakes[id];
  return runProbe(testMonitor({ kind: 'exchange', id: `ex-${id}`, exchange: id, baseUrl: fake.baseUrl, pair: fake.pair, tradeFreshSec: 60, tradeHaltSec: 300 }), ctx);
}

/** Each case restores the fake, so cases can run in any order. */
async function withFake<T>(id: ExchangeId, steer: (fake: FakeExchange) => void, run: () => Promise<T>): Promise<T> {
  steer(fakes[id]);
  try {
    return await run();
  } finally {
    fakes[id].resumeTrades();
    fakes[id].setDeclaredState('online');
    fakes[id].setApiError(null);
  }
}

describe.each(EXCHANGES)('%s', (id) => {
  it('live trading → up, declared online, last trade fresh', async () => {
    const result = await probe(id);
    expect(result).toMatchObject({ outcome: 'up', reason: null, facts: { declaredState: 'online' } });
    expect(Date.now() - result.facts.lastTradeAtMs!).toBeLessThan(5000);
  });

  it('trades stopped 10 min ago while ping still answers → down, trading_halted', async () => {
    const result = await withFake(id, (f) => f.stopTrades(600), () => probe(id));
    expect(result).toMatchObject({ outcome: 'down', reason: 'trading_halted' });
    expect(Date.now() - result.facts.lastTradeAtMs!).toBeGreaterThanOrEqual(599_000);
    // The front door answered first: the halt is not a reachability failure.
    expect(fakes[id].requests.length).toBeGreaterThanOrEqual(3);
  });

  it('last trade 2 min old → degraded', async () => {
    const result = await withFake(id, (f) => f.stopTrades(120), () => probe(id));
    expect(result).toMatchObject({ outcome: 'degraded', reason: null });
  });

  it('no public trade at all → down, trading_halted', async () => {
    const result = await withFake(id, (f) => f.setNoTrades(), () => probe(id));
    expect(result).toMatchObject({ outcome: 'down', reason: 'trading_halted' });
    expect(result.facts.lastTradeAtMs).toBeUndefined();
  });

  it('an error answer from the API → down: rpc_error in an envelope, http_status as an HTTP error', async () => {
    const result = await withFake(id, (f) => f.setApiError('Service unavailable'), () => probe(id));
    const expected = id === 'binance' || id === 'coinbase' ? 'http_status' : 'rpc_error';
    expect(result).toMatchObject({ outcome: 'down', reason: expected });
  });
});

it('a rate-limit error inside a 200 envelope (Kraken EAPI:Rate limit exceeded) → ineligible, rate_limited', async () => {
  const result = await withFake('kraken', (f) => f.setApiError('EAPI:Rate limit exceeded'), () => probe('kraken'));
  expect(result).toMatchObject({ outcome: 'ineligible', reason: 'rate_limited' });
});

describe('declared states, in each exchange’s own words', () => {
  // Trades stopped 2 minutes ago (past tradeFreshSec, before tradeHaltSec): the declared state decides.
  // Methodology 1.1: every "no matching" state is a halt (post_only included); the restricted modes are degraded.
  const cases: { id: ExchangeId; state: DeclaredState; outcome: string; reason: string | null }[] = [
    { id: 'kraken', state: 'cancel_only', outcome: 'down', reason: 'trading_halted' },
    { id: 'coinbase', state: 'cancel_only', outcome: 'down', reason: 'trading_halted' },
    { id: 'kucoin', state: 'cancel_only', outcome: 'down', reason: 'trading_halted' },
    { id: 'kraken', state: 'post_only', outcome: 'down', reason: 'trading_halted' },
    { id: 'kraken', state: 'limit_only', outcome: 'degraded', reason: null },
    { id: 'kraken', state: 'reduce_only', outcome: 'degraded', reason: null },
    { id: 'coinbase', state: 'post_only', outcome: 'down', reason: 'trading_halted' },
    { id: 'coinbase', state: 'limit_only', outcome: 'degraded', reason: null },
    { id: 'kraken', state: 'maintenance', outcome: 'down', reason: 'trading_halted' },
    { id: 'binance', state: 'maintenance', outcome: 'down', reason: 'trading_halted' },
    { id: 'okx', state: 'maintenance', outcome: 'down', reason: 'trading_halted' },
    { id: 'bybit', state: 'maintenance', outcome: 'down', reason: 'trading_halted' },
    { id: 'kucoin', state: 'maintenance', outcome: 'down', reason: 'trading_halted' },
    { id: 'binance', state: 'halted', outcome: 'down', reason: 'trading_halted' },
    { id: 'coinbase', state: 'halted', outcome: 'down', reason: 'trading_halted' },
  ];
  it.each(cases)('$id declaring $state, last trade 2 min ago → $outcome', async ({ id, state, outcome, reason }) => {
    const result = await withFake(id, (f) => { f.setDeclaredState(state); f.stopTrades(120); }, () => probe(id));
    expect(result).toMatchObject({ outcome, reason, facts: { declaredState: state } });
    expect(result.facts.detail).toBeTruthy();
  });

  // The exchange says nothing matches while its trades keep coming: the trades decide, the reason says both.
  const noMatching = cases.filter((c) => c.outcome === 'down');
  it.each(noMatching)('$id declaring $state while trading live → up, declared_state_mismatch', async ({ id, state }) => {
    const result = await withFake(id, (f) => f.setDeclaredState(state), () => probe(id));
    expect(result).toMatchObject({ outcome: 'up', reason: 'declared_state_mismatch', facts: { declaredState: state } });
    expect(result.facts.detail).toMatch(/but last trade \d+ s ago/);
  });
});

describe('judgeExchange', () => {
  const now = 1_760_944_260_000;
  const base = { declaredState: 'online' as DeclaredState, referenceNowMs: now, tradeFreshSec: 60, tradeHaltSec: 300 };
  it.each([
    { name: 'fresh trade, online → up', input: { lastTradeAtMs: now - 5_000 }, outcome: 'up' },
    { name: 'trade time slightly ahead of our clock → up (age is never negative)', input: { lastTradeAtMs: now + 2_000 }, outcome: 'up' },
    { name: 'exactly tradeFreshSec old → up', input: { lastTradeAtMs: now - 60_000 }, outcome: 'up' },
    { name: 'past tradeFreshSec → degraded', input: { lastTradeAtMs: now - 61_000 }, outcome: 'degraded' },
    { name: 'past tradeHaltSec → down', input: { lastTradeAtMs: now - 301_000 }, outcome: 'down' },
    { name: 'post_only but trades stale past halt → down', input: { declaredState: 'post_only' as DeclaredState, lastTradeAtMs: now - 400_000 }, outcome: 'down', reason: 'trading_halted' },
    { name: 'post_only, last trade 61 s ago → down (no matching, and trades do not contradict it)', input: { declaredState: 'post_only' as DeclaredState, lastTradeAtMs: now - 61_000 }, outcome: 'down', reason: 'trading_halted' },
    { name: 'cancel_only with a trade 1 s ago → up, the disagreement named', input: { declaredState: 'cancel_only' as DeclaredState, lastTradeAtMs: now - 1_000 }, outcome: 'up', reason: 'declared_state_mismatch' },
    { name: 'maintenance with a trade exactly tradeFreshSec old → up, the disagreement named', input: { declaredState: 'maintenance' as DeclaredState, lastTradeAtMs: now - 60_000 }, outcome: 'up', reason: 'declared_state_mismatch' },
    { name: 'maintenance and no trade returned → down', input: { declaredState: 'maintenance' as DeclaredState }, outcome: 'down', reason: 'trading_halted' },
    { name: 'reduce_only with fresh trades → degraded', input: { declaredState: 'reduce_only' as DeclaredState, lastTradeAtMs: now - 1_000 }, outcome: 'degraded', reason: null },
  ])('$name', ({ input, outcome, reason }) => {
    const verdict = judgeExchange({ ...base, ...input });
    expect(verdict.outcome).toBe(outcome);
    if (reason !== undefined) expect(verdict.reason).toBe(reason);
  });
});
