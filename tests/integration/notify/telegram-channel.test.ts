// Telegram channel posts against a fake Bot API on 127.0.0.1 (grammY's API root from the settings): one
// post per incident and language, edited in place at each change, in order; a sender that goes too fast
// gets 429 with retry_after and waits it out; spaced as the settings say, it never gets one.
import { afterEach, describe, expect, it } from 'vitest';
import { enqueueNotifications } from '@/lib/db/outbox';
import { startNotifier, type Notifier } from '@/lib/engine/notify/sender';
import { buildNotification, type IncidentChangeKind, type Notification } from '@/lib/notify/notification';
import { readNotifySettings } from '@/lib/notify/settings';
import { telegramPostText } from '@/lib/notify/telegram-text';
import { startFakeTelegram, type FakeTelegram } from '../../fixtures/fake-upstreams/telegram';
import { useTempDb } from '../../helpers/temp-db';

const db = useTempDb();
const quiet = () => undefined;

function change(id: string, kind: IncidentChangeKind, at: number): Notification {
  const ended = kind === 'resolved';
  return buildNotification({
    data: {
      id, kind: 'service', change: kind, title: { ar: 'Cloudy: انقطاع كبير', en: 'Cloudy: major outage' }, serviceId: 'cloudy', provider: null, region: null,
      status: ended ? 'operational' : kind === 'opened' ? 'major_outage' : 'partial_outage', startedAt: new Date(at).toISOString(), endedAt: ended ? new Date(at + 600_000).toISOString() : null,
    },
    told: { kind },
    occurredAt: at,
    origin: 'https://marsad.example',
  });
}

let fake: FakeTelegram | undefined;
afterEach(async () => {
  await fake?.close();
});

async function runUntil(notifier: Notifier, done: () => boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > until) throw new Error('gave up waiting for the posts');
    if ((await notifier.runOnce()) === 0) await new Promise((r) => setTimeout(r, 50));
  }
}

describe(`Telegram channel posts (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('one post per incident and language, edited in place at each change; too fast, the 429 retry_after is waited out', async () => {
    fake = await startFakeTelegram({ minGapMs: 400 });
    // No spacing of our own: every edit straight after a post comes too fast for the fake.
    const settings = readNotifySettings({
      MARSAD_TELEGRAM_BOT_TOKEN: fake.token, MARSAD_TELEGRAM_API_ROOT: fake.url, MARSAD_TELEGRAM_CHANNEL_AR: '@marsad_ar', MARSAD_TELEGRAM_CHANNEL_EN: '@marsad_en',
      MARSAD_TELEGRAM_CHAT_GAP_MS: '0', MARSAD_NOTIFY_RETRY_BASE_MS: '50',
    });
    const t = Date.now();
    const changes = [change('cloudy-1', 'opened', t), change('cloudy-1', 'worsened', t + 1), change('cloudy-1', 'resolved', t + 2)];
    // A second incident opening at once: its post comes just after the first one's, too fast.
    const other = change('other-1', 'opened', t + 3);
    await db().db.transaction((tx) => enqueueNotifications(tx, [...changes, other], { telegramChannels: ['ar', 'en'] }));
    const notifier = startNotifier({ handle: db(), settings, log: quiet, poll: false });
    await runUntil(notifier, () => fake!.messages.length === 4 && fake!.messages.filter((m) => m.texts.length === 3).length === 2);
    await notifier.stop();

    expect(fake.tooFast).toBeGreaterThan(0);
    for (const [chat, locale] of [['@marsad_ar', 'ar'], ['@marsad_en', 'en']] as const) {
      const posts = fake.messages.filter((m) => m.chatId === chat && m.texts[0] === telegramPostText(changes[0]!.payload, locale));
      expect(posts).toHaveLength(1);
      expect(posts[0]!.texts).toEqual(changes.map((c) => telegramPostText(c.payload, locale)));
    }
    expect(fake.calls.filter((c) => c.startsWith('sendMessage'))).toHaveLength(4);
    expect(fake.messages.find((m) => m.chatId === '@marsad_ar')!.texts.at(-1)).toContain('انتهت الحادثة.');
    expect(fake.messages.find((m) => m.chatId === '@marsad_en')!.texts.at(-1)).toContain('https://marsad.example/en/incidents/cloudy-1');
  });

  it('spaced per chat as the settings say, it never gets a 429', async () => {
    fake = await startFakeTelegram({ minGapMs: 250 });
    const settings = readNotifySettings({
      MARSAD_TELEGRAM_BOT_TOKEN: fake.token, MARSAD_TELEGRAM_API_ROOT: fake.url, MARSAD_TELEGRAM_CHANNEL_AR: '@marsad_ar',
      MARSAD_TELEGRAM_CHAT_GAP_MS: '800',
    });
    const t = Date.now();
    const changes = [change('cloudy-2', 'opened', t), change('cloudy-3', 'opened', t + 1), change('cloudy-2', 'resolved', t + 2), change('cloudy-3', 'resolved', t + 3)];
    await db().db.transaction((tx) => enqueueNotifications(tx, changes, { telegramChannels: ['ar'] }));
    const notifier = startNotifier({ handle: db(), settings, log: quiet, poll: false });
    await runUntil(notifier, () => fake!.calls.length === 4);
    await notifier.stop();
    expect(fake.tooFast).toBe(0);
    expect(fake.calls.map((c) => c.split(' ')[0])).toEqual(['sendMessage', 'sendMessage', 'editMessageText', 'editMessageText']);
    expect(fake.messages.map((m) => m.texts.length)).toEqual([2, 2]);
  });
});
