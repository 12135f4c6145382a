// Bybit v5 public API (api.bybit.com): /v5/market/time, /v5/system/status and /v5/market/recent-trade.
// Answers are {retCode: 0, retMsg, result}. An `ongoing` maintenance is declared maintenance only when it
// stops spot trading for everyone in production (docs/methodology.md § Exchanges): env 1 (2 is the demo
// service), product spot (2) or unstated, no uidSuffix (a list means only user ids ending in those digits),
// and serviceTypes stopping order entry: 1 (the trading service), or both 2 and 3 (HTTP and WebSocket
// trading), or unstated. Others are named in the detail, not judged.
import { z } from 'zod';
import { apiError, newest, q, toEpochMs, validate, type DeclaredReading, type ExchangeAdapter, type ExchangeApi } from './adapter';

const envelope = z.object({ retCode: z.number(), retMsg: z.string().default(''), result: z.unknown().optional() });
/** 10006: too many visits; 10018: IP rate limit. */
const RATE_LIMIT_CODES = new Set([10006, 10018]);
/** Bybit's product codes: 1 futures, 2 spot, 3 options, 4 spread. */
const SPOT_PRODUCT = 2;
/** serviceTypes: 1 trading service, 2 HTTP trading, 3 WebSocket trading, 4 private stream, 5 market data. */
const TRADING_SERVICE = 1;
const HTTP_TRADING = 2;
const WEBSOCKET_TRADING = 3;
/** env: 1 production, 2 production demo service. */
const PRODUCTION = 1;

async function getResult<S extends z.ZodType>(api: ExchangeApi, path: string, schema: S): Promise<z.output<S>> {
  const answer = await api.get(path, envelope);
  if (answer.retCode !== 0) throw apiError('bybit', `${answer.retCode} ${answer.retMsg}`, RATE_LIMIT_CODES.has(answer.retCode));
  return validate(schema, answer.result, path);
}

/** Bybit documents env and maintainType as strings and shows numbers in its examples: both are read. */
const code = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]);
const maintenanceItem = z.object({
  title: z.string().default(''),
  state: z.string(),
  product: z.array(code).default([]),
  serviceTypes: z.array(code).default([]),
  uidSuffix: z.array(code).default([]),
  env: code.optional(),
});
type MaintenanceItem = z.output<typeof maintenanceItem>;

function stopsAllSpotTrading(i: MaintenanceItem): boolean {
  const production = (i.env ?? PRODUCTION) === PRODUCTION;
  const spot = i.product.length === 0 || i.product.includes(SPOT_PRODUCT);
  const everyone = i.uidSuffix.length === 0;
  const s = i.serviceTypes;
  const orderEntry = s.length === 0 || s.includes(TRADING_SERVICE) || (s.includes(HTTP_TRADING) && s.includes(WEBSOCKET_TRADING));
  return production && spot && everyone && orderEntry;
}

function declaredFrom(list: MaintenanceItem[]): DeclaredReading {
  const ongoing = list.filter((i) => i.state === 'ongoing');
  const counted = ongoing.filter(stopsAllSpotTrading);
  const noted = ongoing
    .filter((i) => !stopsAllSpotTrading(i))
    .map((i) => `not counted (env ${i.env ?? '?'}, product [${i.product}], serviceTypes [${i.serviceTypes}], uidSuffix [${i.uidSuffix}]): ${i.title}`);
  const detail = [...counted.map((i) => i.title), ...noted].join('; ');
  if (counted.length) return { state: 'maintenance', detail };
  return detail ? { state: 'online', detail } : { state: 'online' };
}

export const bybitAdapter: ExchangeAdapter = {
  async ping(api) {
    await getResult(api, '/v5/market/time', z.object({ timeSecond: z.string() }));
  },
  async readDeclaredState(api) {
    const { list } = await getResult(api, '/v5/system/status', z.object({ list: z.array(maintenanceItem).default([]) }));
    return declaredFrom(list);
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
