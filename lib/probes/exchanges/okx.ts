// OKX v5 public API (www.okx.com): /api/v5/public/time, /api/v5/system/status and /api/v5/market/trades.
// Answers are {code: "0", msg, data}. A maintenance counts only when it stops spot trading for everyone in
// production (docs/methodology.md § Exchanges): `env` 1 (2 is demo trading), serviceType 5 (the trading
// service; 8 and 9 upgrade it in batches of accounts or of products, so most users keep trading). Its state
// `ongoing` is declared maintenance; `pre_open` (after preOpenBegin: cancels and post-only orders only, no
// matching until `end`) is declared post_only. Anything else is named in the detail, not judged.
import { z } from 'zod';
import { apiError, newest, q, toEpochMs, validate, type DeclaredReading, type ExchangeAdapter, type ExchangeApi } from './adapter';

const envelope = z.object({ code: z.string(), msg: z.string().default(''), data: z.unknown().optional() });
/** 50011: too many requests; 50061: order rate limit. */
const RATE_LIMIT_CODES = new Set(['50011', '50061']);
/** serviceType 5: the trading service, for all accounts and products. (8 and 9: by batches; 0, 6, 7, 10, 11, 99: WebSocket, block trading, bots, spreads, copy trading, others.) */
const ALL_TRADING = '5';
/** env 1: production trading; 2: demo trading. */
const PRODUCTION = '1';

async function getData<S extends z.ZodType>(api: ExchangeApi, path: string, schema: S): Promise<z.output<S>> {
  const answer = await api.get(path, envelope);
  if (answer.code !== '0') throw apiError('okx', `${answer.code} ${answer.msg}`, RATE_LIMIT_CODES.has(answer.code));
  return validate(schema, answer.data, path);
}

const maintenanceItem = z.object({
  title: z.string().default(''),
  state: z.string(),
  serviceType: z.string().optional(),
  env: z.string().optional(),
});
type MaintenanceItem = z.output<typeof maintenanceItem>;

/** Live now (ongoing or pre-open). A missing env or serviceType (older answers) is read as the widest. */
const inForce = (i: MaintenanceItem) => i.state === 'ongoing' || i.state === 'pre_open';
const stopsAllSpotTrading = (i: MaintenanceItem) => (i.env ?? PRODUCTION) === PRODUCTION && (i.serviceType ?? ALL_TRADING) === ALL_TRADING;

function declaredFrom(items: MaintenanceItem[]): DeclaredReading {
  const live = items.filter(inForce);
  const counted = live.filter(stopsAllSpotTrading);
  const noted = live.filter((i) => !stopsAllSpotTrading(i)).map((i) => `not counted (env ${i.env ?? '?'}, serviceType ${i.serviceType ?? '?'}, ${i.state}): ${i.title}`);
  const ongoing = counted.filter((i) => i.state === 'ongoing');
  const preOpen = counted.filter((i) => i.state === 'pre_open');
  const detail = (lead: string[]) => [...lead, ...noted].join('; ') || undefined;
  if (ongoing.length) return { state: 'maintenance', detail: detail(ongoing.map((i) => i.title)) };
  if (preOpen.length) return { state: 'post_only', detail: detail(preOpen.map((i) => `pre-open (cancel and post-only orders only, no matching): ${i.title}`)) };
  const note = detail([]);
  return note ? { state: 'online', detail: note } : { state: 'online' };
}

export const okxAdapter: ExchangeAdapter = {
  async ping(api) {
    await getData(api, '/api/v5/public/time', z.array(z.object({ ts: z.string() })));
  },
  async readDeclaredState(api) {
    return declaredFrom(await getData(api, '/api/v5/system/status', z.array(maintenanceItem)));
  },
  async readLastTradeAtMs(api, pair) {
    const trades = await getData(api, `/api/v5/market/trades?instId=${q(pair)}&limit=1`, z.array(z.object({ ts: z.string() })));
    return newest(trades.map((t) => toEpochMs(t.ts)));
  },
};
