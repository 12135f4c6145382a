// Bybit v5 public API (api.bybit.com): /v5/market/time, /v5/system/status (an `ongoing` maintenance that
// covers spot is declared maintenance) and /v5/market/recent-trade. Answers are {retCode: 0, retMsg, result}.
import { z } from 'zod';
import { apiError, newest, q, toEpochMs, validate, type ExchangeAdapter, type ExchangeApi } from './adapter';

const envelope = z.object({ retCode: z.number(), retMsg: z.string().default(''), result: z.unknown().optional() });
/** 10006: too many visits; 10018: IP rate limit. */
const RATE_LIMIT_CODES = new Set([10006, 10018]);
/** Bybit's product codes: 1 futures, 2 spot, 3 options, 4 spread. */
const SPOT_PRODUCT = 2;

async function getResult<S extends z.ZodType>(api: ExchangeApi, path: string, schema: S): Promise<z.output<S>> {
  const answer = await api.get(path, envelope);
  if (answer.retCode !== 0) throw apiError('bybit', `${answer.retCode} ${answer.retMsg}`, RATE_LIMIT_CODES.has(answer.retCode));
  return validate(schema, answer.result, path);
}

const maintenanceItem = z.object({ title: z.string().default(''), state: z.string(), product: z.array(z.number()).default([]) });

export const bybitAdapter: ExchangeAdapter = {
  async ping(api) {
    await getResult(api, '/v5/market/time', z.object({ timeSecond: z.string() }));
  },
  async readDeclaredState(api) {
    const { list } = await getResult(api, '/v5/system/status', z.object({ list: z.array(maintenanceItem).default([]) }));
    const ongoing = list.filter((i) => i.state === 'ongoing' && (i.product.length === 0 || i.product.includes(SPOT_PRODUCT)));
    return ongoing.length ? { state: 'maintenance', detail: ongoing.map((i) => i.title).join('; ') } : { state: 'online' };
  },
  async readLastTradeAtMs(api, pair) {
    const { list } = await getResult(
      api,
      `/v5/market/recent-trade?category=spot&symbol=${q(pair)}&limit=1`,
      z.object({ list: z.array(z.object({ time: z.string() })) }),
    );
    return newest(list.map((t) => toEpochMs(t.time)));
  },
};
