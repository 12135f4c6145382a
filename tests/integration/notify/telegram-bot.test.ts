// The subscription bot against a fake Bot API on 127.0.0.1: deep links subscribe to all incidents, a group
// or a service in the link's language; /list and /stop answer in that language; an incident's opening and
// resolution reach each subscriber who follows it, once each, in their language, and nobody else; a
// subscriber who blocks the bot, or says /stop, is deleted.
import type { Update } from 'grammy/types';
import { afterAll, describe, expect, it } from 'vitest';
import { readChatSubscriptions } from '@/lib/db/subscribers';
import { createSubscriptionBot } from '@/lib/engine/notify/bot';
import { startNotifier } from '@/lib/engine/notify/sender';
import { startProbing } from '@/lib/engine/probing';
import { readNotifySettings } from '@/lib/notify/settings';
import { deepLink } from '@/lib/notify/subscriptions';
import { startFakeTelegram, type FakeTelegram } from '../../fixtures/fake-upstreams/telegram';
import { cloudCatalog, failAndRecoverCloudy, manualClock, T0 } from '../../helpers/engine';
import { useTempDb } from '../../helpers/temp-db';

const db = useTempDb();
const quiet = () => undefined;
let fake: FakeTelegram | undefined;
afterAll(async () => {
  await fake?.close();
});

let updateId = 1;
const message = (chatId: number, text: string, languageCode = 'ar'): Update => {
  const command = /^\/\w+/.exec(text)?.[0];
  return {
    update_id: updateId++,
    message: {
      message_id: updateId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private', first_name: 'Visitor' },
      from: { id: chatId, is_bot: false, first_name: 'Visitor', language_code: languageCode }, text,
      ...(command && { entities: [{ type: 'bot_command', offset: 0, length: command.length }] }),
    },
  } as Update;
};
const repliesTo = (chatId: number) => fake!.messages.filter((m) => m.chatId === String(chatId)).map((m) => m.texts[0]!);

describe(`the Telegram subscription bot (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('subscribes by deep link, delivers each change once in the subscriber\'s language, and forgets who stops or blocks', async () => {
    fake = await startFakeTelegram({ minGapMs: 0 });
    const settings = readNotifySettings({ MARSAD_TELEGRAM_BOT_TOKEN: fake.token, MARSAD_TELEGRAM_API_ROOT: fake.url, MARSAD_TELEGRAM_CHAT_GAP_MS: '0' });
    const catalog = cloudCatalog();
    const bot = createSubscriptionBot({ db: db().db, settings: settings.telegram!, catalog, log: quiet, botInfo: { id: 123456, is_bot: true, first_name: 'Marsad', username: 'marsad_test_bot', can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false } as never });

    expect(deepLink('marsad_test_bot', 'service:cloudy', 'ar')).toBe('https://t.me/marsad_test_bot?start=ar_s_cloudy');
    // A visitor whose Telegram speaks English follows Cloudy from the Arabic page: Arabic it is.
    await bot.handleUpdate(message(555, '/start ar_s_cloudy', 'en'));
    await bot.handleUpdate(message(556, '/start en_all'));
    await bot.handleUpdate(message(557, '/start en_g_exchange'));
    await bot.handleUpdate(message(558, '/start ar_s_nosuch'));
    await bot.handleUpdate(message(555, '/list'));
    expect(repliesTo(555)[0]).toMatch(/^تم الاشتراك: Cloudy\./);
    expect(repliesTo(555)[1]).toBe('تتابع: Cloudy.');
    expect(repliesTo(556)[0]).toMatch(/^Subscribed: all incidents\./);
    expect(repliesTo(557)[0]).toMatch(/^Subscribed: Exchanges\./i);
    expect(repliesTo(558)).toEqual(['لم نتعرّف على هذا الرابط. أرسل ‎/start لمتابعة كل الحوادث.']);
    expect(await readChatSubscriptions(db().db, '558')).toBeNull();

    // Cloudy (a cloud) fails and recovers: 555 (the service) and 556 (everything) hear of it, 557 (exchanges) does not.
    const clock = manualClock(T0);
    const groupOf = (id: string) => catalog.services.find((s) => s.id === id)?.category ?? null;
    const probing = await startProbing({ handle: db(), catalog, vantage: 'local', log: quiet, probe: false, now: clock.now, notify: { origin: 'https://marsad.example', telegramChannels: [], telegramSubscribers: { groupOf } } });
    const notifier = startNotifier({ handle: db(), settings, log: quiet, poll: false });
    const before = fake.messages.length;
    try {
      await failAndRecoverCloudy(db().db, clock, probing, notifier);
    } finally {
      await probing.stop();
    }
    const delivered = fake.messages.slice(before);
    expect(delivered.map((m) => m.chatId).sort()).toEqual(['555', '555', '556', '556']);
    const to555 = delivered.filter((m) => m.chatId === '555').map((m) => m.texts[0]!);
    expect(to555[0]).toMatch(/^🔴 Cloudy: انقطاع كبير\nالحالة الآن: انقطاع كبير/);
    expect(to555[1]).toMatch(/^✅ Cloudy: انقطاع كبير\nانتهت الحادثة\./);
    expect(to555[1]).not.toContain('يُحدَّث هذا المنشور');
    expect(delivered.filter((m) => m.chatId === '556').map((m) => m.texts[0]!.split('\n')[1])).toEqual(['Status now: Major outage', 'The incident is over.']);
    await notifier.stop();

    // 556 blocks the bot: the next message to them answers 403, and they are deleted. 557 blocks it too
    // (Telegram tells the bot); 555 says /stop.
    fake.blocked.add('556');
    const { enqueueNotifications } = await import('@/lib/db/outbox');
    const { buildNotification } = await import('@/lib/notify/notification');
    await db().db.transaction((tx) =>
      enqueueNotifications(tx, [buildNotification({ data: { id: 'other-1', kind: 'service', change: 'opened', title: { ar: 'X', en: 'X' }, serviceId: 'x', provider: null, region: null, status: 'major_outage', startedAt: new Date().toISOString(), endedAt: null }, told: 1, occurredAt: Date.now(), origin: 'https://marsad.example' })], { telegramChannels: [], telegramSubscribers: { groupOf: () => null } }),
    );
    const again = startNotifier({ handle: db(), settings, log: quiet, poll: false });
    await again.drain();
    await again.stop();
    expect(await readChatSubscriptions(db().db, '556')).toBeNull();
    await bot.handleUpdate({
      update_id: updateId++,
      my_chat_member: {
        chat: { id: 557, type: 'private', first_name: 'Visitor' }, from: { id: 557, is_bot: false, first_name: 'Visitor' }, date: Math.floor(Date.now() / 1000),
        old_chat_member: { status: 'member', user: { id: 123456, is_bot: true, first_name: 'Marsad' } }, new_chat_member: { status: 'kicked', until_date: 0, user: { id: 123456, is_bot: true, first_name: 'Marsad' } },
      },
    } as Update);
    expect(await readChatSubscriptions(db().db, '557')).toBeNull();
    await bot.handleUpdate(message(555, '/stop'));
    expect(repliesTo(555).at(-1)).toMatch(/^ألغينا اشتراكك وحذفنا بياناتك\./);
    expect(await readChatSubscriptions(db().db, '555')).toBeNull();
    await bot.handleUpdate(message(555, '/list'));
    expect(repliesTo(555).at(-1)).toBe('لا تتابع شيئًا الآن. أرسل ‎/start لمتابعة كل الحوادث.');
  });
});

describe(`the bot in the running engine (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('receives its updates by long polling where MARSAD_TELEGRAM_UPDATES=polling, and stops with the engine', async () => {
    const { startEngine } = await import('@/lib/engine/compose');
    const telegram = await startFakeTelegram({ minGapMs: 0 });
    const env = { MARSAD_PROBES: 'off', MARSAD_TELEGRAM_BOT_TOKEN: telegram.token, MARSAD_TELEGRAM_API_ROOT: telegram.url, MARSAD_TELEGRAM_UPDATES: 'polling', MARSAD_NOTIFY: 'off' };
    const engine = await startEngine({ role: 'web', env, handle: db(), catalog: cloudCatalog(), log: quiet });
    try {
      telegram.pushUpdate(message(777, '/start en_s_cloudy') as unknown as Record<string, unknown>);
      const until = Date.now() + 10_000;
      while (!(await readChatSubscriptions(db().db, '777')) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      expect(await readChatSubscriptions(db().db, '777')).toEqual({ locale: 'en', scopes: ['service:cloudy'] });
    } finally {
      await engine.stop();
      await telegram.close();
    }
    expect(telegram.polls).toBeGreaterThan(0);
  });
});
