// Kraken public REST (api.kraken.com/0/public): Time, SystemStatus (online, maintenance, cancel_only,
// post_only, limit_only, reduce_only) and Trades. Every answer is {error: [], result}, HTTP 200 even on errors.
import { z } from 'zod';
import { apiError, newest, q, validate, type DeclaredState, type ExchangeAdapter, type ExchangeApi } from './adapter';

const envelope = z.object({ error: z.array(z.string()).default([]), result: z.unknown().optional() });

async function getResult<S extends z.ZodType>(api: ExchangeApi, path: string, schema: S): Promise<z.output<S>> {
  const answer = await api.get(path, envelope);
  if (answer.error.length) {
    const message = answer.error.join(', ');
    throw apiError('kraken', message, /EAPI:Rate limit|Too many requests|Temporary lockout/i.test(message));
  }
  return validate(schema, answer.result, path);
}

const SYSTEM_STATES: Record<string, DeclaredState> = {
  online: 'online',
  maintenance: 'maintenance',
  cancel_only: 'cancel_only',
  post_only: 'post_only',
  limit_only: 'limit_only',
  reduce_only: 'reduce_only',
};

/** [price, volume, time (s, fractional), side, type, misc, trade id] */
const trade = z.tuple([z.string(), z.string(), z.number()], z.unknown());

export const krakenAdapter: ExchangeAdapter = {
  async ping(api) {
    await getResult(api, '/0/public/Time', z.object({ unixtime: z.number() }));
  },
  async readDeclaredState(api) {
    const { status } = await getResult(api, '/0/public/SystemStatus', z.object({ status: z.string() }));
    // An unknown word is reported but not judged: the last trade still tells whether trading happens.
    const state = SYSTEM_STATES[status];
    if (!state) return { state: 'online', detail: `unknown system status "${status}"` };
    return state === 'online' ? { state } : { state, detail: `system ${status}` };
  },
  async readLastTradeAtMs(api, pair) {
    // The result is keyed by Kraken's canonical pair name (XBTUSD → XXBTZUSD), next to a `last` cursor.
    const result = await getResult(api, `/0/public/Trades?pair=${q(pair)}&count=1`, z.record(z.string(), z.unknown()));
    const trades = Object.entries(result)
      .filter(([key]) => key !== 'last')
      .flatMap(([key, value]) => validate(z.array(trade), value, `trades ${key}`));
    return newest(trades.map((t) => Math.round(t[2] * 1000)));
  },
};
