// Binance spot public API (api.binance.com): /api/v3/ping, /sapi/v1/system/status (0 normal, 1 maintenance),
// the pair's status in /api/v3/exchangeInfo, and /api/v3/trades. Errors come as HTTP 4xx/5xx, not envelopes.
import { z } from 'zod';
import { invalidResponse } from '../failure';
import { newest, q, type ExchangeAdapter } from './adapter';

export const binanceAdapter: ExchangeAdapter = {
  async ping(api) {
    await api.get('/api/v3/ping', z.object({}));
  },
  async readDeclaredState(api, pair) {
    const system = await api.get('/sapi/v1/system/status', z.object({ status: z.number(), msg: z.string().optional() }));
    if (system.status !== 0) return { state: 'maintenance', detail: `system status ${system.status} ${system.msg ?? ''}`.trim() };
    const info = await api.get(`/api/v3/exchangeInfo?symbol=${q(pair)}`, z.object({ symbols: z.array(z.object({ symbol: z.string(), status: z.string() })) }));
    const symbol = info.symbols.find((s) => s.symbol === pair);
    if (!symbol) throw invalidResponse(`${pair} not in exchangeInfo`);
    // PRE_TRADING, POST_TRADING, END_OF_DAY, HALT, AUCTION_MATCH, BREAK: no continuous trading.
    return symbol.status === 'TRADING' ? { state: 'online' } : { state: 'halted', detail: `${pair} ${symbol.status}` };
  },
  async readLastTradeAtMs(api, pair) {
    const trades = await api.get(`/api/v3/trades?symbol=${q(pair)}&limit=1`, z.array(z.object({ time: z.number() })));
    return newest(trades.map((t) => t.time));
  },
};
