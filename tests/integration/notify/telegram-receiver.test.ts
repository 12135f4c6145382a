// Who receives the bot's updates, against the fake Bot API on 127.0.0.1: by polling, only the process
// holding the receiver's lock polls, and when it dies another takes over (PostgreSQL: two processes'
// handles on one database; PGlite: the one process); by webhook, the URL and secret are registered with
// setWebhook and each update POSTed by Telegram is handled once, and only with the expected secret.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, readDbConfig } from '@/lib/db/client';
import { readChatSubscriptions } from '@/lib/db/subscribers';
import { createSubscriptionBot } from '@/lib/engine/notify/bot';
import { BOT_RECEIVER_LOCK_KEY, startBotReceiver, type BotReceiver } from '@/lib/engine/notify/bot-receiver';
import { createTelegramWebhookHandler, isTelegramSecret } from '@/lib/engine/notify/bot-webhook';
import { readNotifySettings } from '@/lib/notify/settings';
import { startFakeTelegram, type FakeTelegram } from '../../fixtures/fake-upstreams/telegram';
import { cloudCatalog } from '../../helpers/engine';
import { useTempDb } from '../../helpers/temp-db';

const db = useTempDb();
const quiet = () => undefined;
const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

let nextUpdateId = 1;
const command = (chatId: number, text: string) => {
  const name = /^\/\w+/.exec(text)?.[0];
  return {
    message: {
      message_id: nextUpdateId++, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private', first_name: 'Visitor' },
      from: { id: chatId, is_bot: false, first_name: 'Visitor', language_code: 'ar' }, text,
      ...(name && { entities: [{ type: 'bot_command', offset: 0, length: name.length }] }),
    },
  };
};
const repliesTo = (fake: FakeTelegram, chatId: number) => fake.messages.filter((m) => m.chatId === String(chatId)).map((m) => m.texts[0]!);

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const SECRET = 'test-secret-0123456789abcdefghijklmnopqrstuvwxyz';

describe(`the bot's update receiver (${engine})`, () => {
  it('polls in the one process holding the lock, and hands over when that process dies', async () => {
    const fake = await startFakeTelegram({ minGapMs: 0 });
    cleanups.push(() => fake.close());
    const settings = readNotifySettings({ MARSAD_TELEGRAM_BOT_TOKEN: fake.token, MARSAD_TELEGRAM_API_ROOT: fake.url, MARSAD_TELEGRAM_UPDATES: 'polling', MARSAD_TELEGRAM_RECEIVER_RETRY_MS: '200' }).telegram!;
    const first = startBotReceiver({ handle: db(), settings, catalog: cloudCatalog(), log: quiet })!;
    cleanups.push(() => first.stop());
    await until('the first receiver to poll', () => first.receiving && fake.polls > 0);
    fake.pushUpdate(command(901, '/start ar_all'));
    await until('the reply', () => repliesTo(fake, 901).length > 0);
    expect(await readChatSubscriptions(db().db, '901')).toEqual({ locale: 'ar', scopes: ['all'] });

    if (!db().databaseUrl) {
      // PGlite: this process opened the data directory alone (lib/db/lock.ts); a second cannot open it.
      await first.stop();
      expect(first.receiving).toBe(false);
      return;
    }
    // A second process on the same PostgreSQL database: it waits, and Telegram never sees two pollers.
    const other = await openDatabase({ ...readDbConfig({}), databaseUrl: db().databaseUrl });
    cleanups.push(() => other.close());
    const second: BotReceiver = startBotReceiver({ handle: other, settings, catalog: cloudCatalog(), log: quiet })!;
    cleanups.push(() => second.stop());
    await new Promise((r) => setTimeout(r, 800));
    expect(first.receiving).toBe(true);
    expect(second.receiving).toBe(false);
    expect(fake.conflicts).toBe(0);

    // The holder's connection ends (its process died): the server frees the lock, the other takes it.
    await db().db.execute(sql`select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and objid = ${BOT_RECEIVER_LOCK_KEY} and pid <> pg_backend_pid()`);
    await until('the second receiver to take over', () => second.receiving && !first.receiving);
    fake.pushUpdate(command(902, '/start en_all'));
    await until('the second reply', () => repliesTo(fake, 902).length > 0);
    expect(await readChatSubscriptions(db().db, '902')).toEqual({ locale: 'en', scopes: ['all'] });
    await new Promise((r) => setTimeout(r, 500));
    expect(repliesTo(fake, 902)).toHaveLength(1);
    expect(repliesTo(fake, 901)).toHaveLength(1);
    await second.stop();
    await first.stop();
  });

  it('by webhook: registers the URL and secret, handles each update once, refuses a wrong secret or a body that is not an update', async () => {
    const fake = await startFakeTelegram({ minGapMs: 0 });
    cleanups.push(() => fake.close());
    const bot = createSubscriptionBot({ db: db().db, settings: readNotifySettings({ MARSAD_TELEGRAM_BOT_TOKEN: fake.token, MARSAD_TELEGRAM_API_ROOT: fake.url }).telegram!, catalog: cloudCatalog(), log: quiet });
    const handler = createTelegramWebhookHandler({ secret: SECRET, log: quiet, bot: async () => bot });
    // The route as the front server hands it over: a node:http server turning each request into a Request.
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const headers = Object.entries(req.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)] as [string, string]]));
        void handler(new Request(`http://127.0.0.1${req.url}`, { method: req.method!, headers, ...(req.method === 'POST' && { body }) })).then(async (r) => {
          res.writeHead(r.status, Object.fromEntries(r.headers));
          res.end(Buffer.from(await r.arrayBuffer()));
        });
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise((r) => server.close(r)));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const settings = readNotifySettings({
      MARSAD_TELEGRAM_BOT_TOKEN: fake.token, MARSAD_TELEGRAM_API_ROOT: fake.url, MARSAD_TELEGRAM_UPDATES: 'webhook',
      MARSAD_TELEGRAM_WEBHOOK_SECRET: SECRET, MARSAD_PUBLIC_URL: origin, MARSAD_TELEGRAM_RECEIVER_RETRY_MS: '200',
    }).telegram!;
    const receiver = startBotReceiver({ handle: db(), settings, catalog: cloudCatalog(), log: quiet })!;
    cleanups.push(() => receiver.stop());
    await until('setWebhook', () => receiver.receiving);
    expect(fake.webhook).toEqual({ url: `${origin}/api/telegram/webhook`, secretToken: SECRET, allowedUpdates: ['message', 'my_chat_member'] });

    fake.pushUpdate(command(911, '/start en_s_cloudy'));
    fake.pushUpdate(command(911, '/list'));
    expect(await fake.deliverToWebhook()).toEqual([200, 200]);
    expect(await readChatSubscriptions(db().db, '911')).toEqual({ locale: 'en', scopes: ['service:cloudy'] });
    expect(repliesTo(fake, 911)).toEqual([expect.stringMatching(/^Subscribed: Cloudy\./), 'You follow: Cloudy.']);
    // No process polls while the webhook is set: Telegram answers a poller 409.
    expect(fake.polls).toBe(0);

    const url = `${origin}/api/telegram/webhook`;
    const update = { update_id: 5000, ...command(912, '/start ar_all') };
    const post = (body: string, secret?: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(secret !== undefined && { 'x-telegram-bot-api-secret-token': secret }) }, body });
    expect((await post(JSON.stringify(update))).status).toBe(401);
    expect((await post(JSON.stringify(update), `${SECRET}x`)).status).toBe(401);
    expect((await post(JSON.stringify(update), SECRET.slice(0, -1) + 'X')).status).toBe(401);
    expect(await readChatSubscriptions(db().db, '912')).toBeNull();
    expect((await post('{"update_id":', SECRET)).status).toBe(400);
    expect((await post('{"message":{}}', SECRET)).status).toBe(400);
    expect((await fetch(url)).status).toBe(405);
    // The expected secret: handled; the same update again (Telegram missed our answer): acknowledged, not handled twice.
    expect((await post(JSON.stringify(update), SECRET)).status).toBe(200);
    expect((await post(JSON.stringify(update), SECRET)).status).toBe(200);
    expect(await readChatSubscriptions(db().db, '912')).toEqual({ locale: 'ar', scopes: ['all'] });
    expect(repliesTo(fake, 912)).toHaveLength(1);
    await receiver.stop();
  });

  it('compares the secret in constant time, whatever its length', () => {
    expect(isTelegramSecret(SECRET, SECRET)).toBe(true);
    expect(isTelegramSecret(null, SECRET)).toBe(false);
    expect(isTelegramSecret('', SECRET)).toBe(false);
    expect(isTelegramSecret(SECRET.slice(1), SECRET)).toBe(false);
  });
});
