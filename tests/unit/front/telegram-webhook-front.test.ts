// The front server and the bot's webhook: Telegram's POST reaches Next with its body and its secret
// header, uncached, without the visitor's cookies; the secret header reaches no other route, and POST
// stays refused everywhere else (405) with nothing passed on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFrontBeforeFakeNext, type FrontBeforeFakeNext } from '../../helpers/front-worker';

let pair: FrontBeforeFakeNext;
let base: string;
const seen: { method: string; url: string; secret?: string; cookie?: string; type?: string; body: string }[] = [];

beforeAll(async () => {
  pair = await startFrontBeforeFakeNext((req, res, body) => {
    seen.push({ method: req.method!, url: req.url!, secret: req.headers['x-telegram-bot-api-secret-token'] as string | undefined, cookie: req.headers.cookie, type: req.headers['content-type'], body });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
  base = pair.base;
});

afterAll(() => pair.close());

describe('front worker and the Telegram webhook', () => {
  it('passes Telegram\'s POST through with its body and secret, uncached and cookie-free', async () => {
    seen.length = 0;
    const update = JSON.stringify({ update_id: 1, message: { text: '/start' } });
    for (let i = 0; i < 2; i++) {
      const r = await fetch(`${base}/api/telegram/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 's3cret', cookie: 'a=b' }, body: update });
      expect(r.status).toBe(200);
      expect(r.headers.get('cache-control')).toBe('no-store');
    }
    expect(seen).toEqual([0, 1].map(() => ({ method: 'POST', url: '/api/telegram/webhook', secret: 's3cret', cookie: undefined, type: 'application/json', body: update })));
  });

  it('passes the secret header to no other route, and refuses POST elsewhere', async () => {
    seen.length = 0;
    await fetch(`${base}/api/health`, { headers: { 'x-telegram-bot-api-secret-token': 's3cret' } });
    expect(seen).toEqual([expect.objectContaining({ url: '/api/health', secret: undefined })]);
    seen.length = 0;
    for (const path of ['/api/status', '/api/telegram/webhook/x', '/api/telegram']) {
      const r = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(r.status, path).toBe(405);
    }
    expect(seen).toHaveLength(0);
  });
});
