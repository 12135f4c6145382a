// OKX v5 public API (www.okx.com): /api/v5/public/time, /api/v5/system/status (an `ongoing` trading
// maintenance is declared maintenance) and /api/v5/market/trades. Answers are {code: "0", msg, data}.
import { z } from 'zod';
import { apiError, newest, q, toEpochMs, validate, type ExchangeAdapter, type ExchangeApi } from './adapter';

const envelope = z.object({ code: z.string(), msg: z.string().default(''), data: z.unknown().optional() });
/** 50011: too many requests; 50061: order rate limit. */
const RATE_LIMIT_CODES = new Set(['50011', '50061']);
/** serviceType 5: trading, 8: trading by batches of accounts, 9: trading by batches of products. Others (WebSocket, bots, copy trading…) are not spot trading. */
const TRADING_SERVICE_TYPES = new Set(['5', '8', '9']);

async function getData<S extends z.ZodType>(api: ExchangeApi, path: string, schema: S): Promise<z.output<S>> {
  const answer = await api.get(path, envelope);
  if (answer.code !== '0') throw apiError('okx', `${answer.code} ${answer.msg}`, RATE_LIMIT_CODES.has(answer.code));
  return validate(schema, answer.data, path);
}

const maintenanceItem = z.object({ title: z.string().default(''), state: z.string(), serviceType: z.string().optional() });

export const okxAdapter: ExchangeAdapter = {
  async ping(api) {
    await getData(api, '/api/v5/public/time', z.array(z.object({ ts: z.string() })));
  },
  async readDeclaredState(api) {
    const items = await getData(api, '/api/v5/system/status', z.array(maintenanceItem));
    const ongoing = items.filter((i) => i.state === 'ongoing' && (i.serviceType === undefined || TRADING_SERVICE_TYPES.has(i.serviceType)));
    return ongoing.length ? { state: 'maintenance', detail: ongoing.map((i) => i.title).join('; ') } : { state: 'online' };
  },
  async readLastTradeAtMs(api, pair) {
    const trades = await getData(api, `/api/v5/market/trades?instId=${q(pair)}&limit=1`, z.array(z.object({ ts: z.string() })));
    return newest(trades.map((t) => toEpochMs(t.ts)));
  },
};
