// KuCoin public API (api.kucoin.com): /api/v1/timestamp, /api/v1/status (open, close, cancelonly) and
// /api/v1/market/histories (the latest trades, times in nanoseconds). Answers are {code: "200000", data}.
import { z } from 'zod';
import { apiError, newest, q, toEpochMs, validate, type DeclaredReading, type ExchangeAdapter, type ExchangeApi } from './adapter';

const envelope = z.object({ code: z.string(), msg: z.string().optional(), data: z.unknown().optional() });
const OK = '200000';
const RATE_LIMITED = '429000';

async function getData<S extends z.ZodType>(api: ExchangeApi, path: string, schema: S): Promise<z.output<S>> {
  const answer = await api.get(path, envelope);
  if (answer.code !== OK) throw apiError('kucoin', `${answer.code} ${answer.msg ?? ''}`.trim(), answer.code === RATE_LIMITED);
  return validate(schema, answer.data, path);
}

const SERVICE_STATES: Record<string, DeclaredReading['state']> = { open: 'online', close: 'maintenance', cancelonly: 'cancel_only' };

export const kucoinAdapter: ExchangeAdapter = {
  async ping(api) {
    await getData(api, '/api/v1/timestamp', z.number());
  },
  async readDeclaredState(api) {
    const { status, msg } = await getData(api, '/api/v1/status', z.object({ status: z.string(), msg: z.string().default('') }));
    // An unknown word is reported but not judged: the last trade still tells whether trading happens.
    const state = SERVICE_STATES[status];
    if (!state) return { state: 'online', detail: `unknown service status "${status}"` };
    return state === 'online' ? { state } : { state, detail: `service ${status}${msg ? `: ${msg}` : ''}` };
  },
  async readLastTradeAtMs(api, pair) {
    const trades = await getData(api, `/api/v1/market/histories?symbol=${q(pair)}`, z.array(z.object({ time: z.number() })));
    return newest(trades.map((t) => toEpochMs(t.time)));
  },
};
