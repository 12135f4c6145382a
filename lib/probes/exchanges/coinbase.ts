// Coinbase Exchange public API (api.exchange.coinbase.com): /time, the product's status and its
// trading_disabled / cancel_only / post_only / limit_only flags, and /products/{pair}/trades.
import { z } from 'zod';
import { newest, q, type DeclaredReading, type ExchangeAdapter } from './adapter';

const product = z.object({
  id: z.string(),
  status: z.string(),
  status_message: z.string().nullish(),
  trading_disabled: z.boolean().default(false),
  cancel_only: z.boolean().default(false),
  post_only: z.boolean().default(false),
  limit_only: z.boolean().default(false),
});

function declaredFrom(p: z.output<typeof product>): DeclaredReading {
  const note = p.status_message ? `: ${p.status_message}` : '';
  if (p.status !== 'online' || p.trading_disabled) return { state: 'halted', detail: `${p.id} ${p.status}${p.trading_disabled ? ', trading disabled' : ''}${note}` };
  if (p.cancel_only) return { state: 'cancel_only', detail: `${p.id} cancel only${note}` };
  if (p.post_only) return { state: 'post_only', detail: `${p.id} post only${note}` };
  if (p.limit_only) return { state: 'limit_only', detail: `${p.id} limit only${note}` };
  return { state: 'online' };
}

export const coinbaseAdapter: ExchangeAdapter = {
  async ping(api) {
    await api.get('/time', z.object({ iso: z.string() }));
  },
  async readDeclaredState(api, pair) {
    return declaredFrom(await api.get(`/products/${q(pair)}`, product));
  },
  async readLastTradeAtMs(api, pair) {
    const trades = await api.get(`/products/${q(pair)}/trades?limit=1`, z.array(z.object({ time: z.string() })));
    return newest(trades.map((t) => Date.parse(t.time)).filter((ms) => !Number.isNaN(ms)));
  },
};
