// The `exchange` probe: an exchange's public REST API, asked three things in order — does the front door
// answer (ping/time), what trading state does it declare (system and pair), and when was the top pair's last
// public trade. One adapter per exchange (lib/probes/exchanges); the judgement is in exchange-verdict.ts.
import type { ExchangeId, MonitorOf } from '@/lib/catalog/schema';
import type { ExchangeAdapter, ExchangeApi } from './exchanges/adapter';
import { binanceAdapter } from './exchanges/binance';
import { bybitAdapter } from './exchanges/bybit';
import { coinbaseAdapter } from './exchanges/coinbase';
import { krakenAdapter } from './exchanges/kraken';
import { kucoinAdapter } from './exchanges/kucoin';
import { okxAdapter } from './exchanges/okx';
import { judgeExchange } from './exchange-verdict';
import { runProbeSession, type ProbeSession, type Verdict } from './session';
import type { Probe } from './types';

export const EXCHANGE_ADAPTERS: Record<ExchangeId, ExchangeAdapter> = {
  coinbase: coinbaseAdapter,
  binance: binanceAdapter,
  kraken: krakenAdapter,
  okx: okxAdapter,
  bybit: bybitAdapter,
  kucoin: kucoinAdapter,
};

function apiFor(session: ProbeSession, baseUrl: string): ExchangeApi {
  const base = baseUrl.replace(/\/+$/, '');
  return { get: (pathAndQuery, schema) => session.getJson(`${base}${pathAndQuery}`, schema) };
}

async function inspectExchange(session: ProbeSession, monitor: MonitorOf<'exchange'>): Promise<Verdict> {
  const adapter = EXCHANGE_ADAPTERS[monitor.exchange];
  const api = apiFor(session, monitor.baseUrl);
  // Sequential on purpose: one request at a time per exchange is polite, and the first failure names the cause.
  await adapter.ping(api);
  const declared = await adapter.readDeclaredState(api, monitor.pair);
  session.facts.declaredState = declared.state;
  const lastTradeAtMs = await adapter.readLastTradeAtMs(api, monitor.pair);
  if (lastTradeAtMs !== undefined) session.facts.lastTradeAtMs = lastTradeAtMs;
  return judgeExchange({
    declaredState: declared.state,
    declaredDetail: declared.detail,
    lastTradeAtMs,
    // Our clock, not the answer's Date header: a CDN replaying a cached trades answer would carry a matching
    // old Date and hide a halt. Our own clock is checked against serverDateMs by lib/status (clock_skew).
    referenceNowMs: session.ctx.now(),
    tradeFreshSec: monitor.tradeFreshSec,
    tradeHaltSec: monitor.tradeHaltSec,
  });
}

export const exchangeProbe: Probe<'exchange'> = {
  kind: 'exchange',
  run: (monitor, ctx) => runProbeSession(monitor, ctx, (session) => inspectExchange(session, monitor)),
};
