// The pure parts of notifications: the retry schedule, Standard Webhooks signatures (checked against the
// reference library), the settings, the Telegram post in both languages and Telegram's limits.
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { nextAttemptAt, retryDelayMs } from '@/lib/notify/backoff';
import { buildNotification, changeKeyOf, eventTypeOf } from '@/lib/notify/notification';
import { createTelegramLimiter } from '@/lib/notify/rate-limit';
import { readNotifySettings, telegramChannelTargets } from '@/lib/notify/settings';
import { generateWebhookSecret, isWebhookSecret, webhookHeaders } from '@/lib/notify/signing';
import { formatPostTime, telegramPostText } from '@/lib/notify/telegram-text';

const T = Date.UTC(2026, 4, 7, 12, 10);
const opened = buildNotification({
  data: { id: 'cloudy-2026-05-07-1210', kind: 'service', change: 'opened', title: { ar: 'Cloudy: انقطاع كبير', en: 'Cloudy: major outage' }, serviceId: 'cloudy', provider: null, region: null, status: 'major_outage', startedAt: new Date(T).toISOString(), endedAt: null },
  told: { open: true },
  occurredAt: T + 95_000,
  origin: 'https://marsad.example',
});

describe('retry schedule', () => {
  it('doubles from the base up to the cap, with jitter between half and all of it', () => {
    const s = { baseMs: 5000, maxMs: 6 * 3_600_000 };
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, s, () => 0.999999))).toEqual([5000, 10000, 20000, 40000]);
    expect(retryDelayMs(1, s, () => 0)).toBe(2500);
    expect(retryDelayMs(30, s, () => 0.5)).toBe(0.75 * 6 * 3_600_000);
  });

  it('gives up past the window, and waits at least what the receiver asked', () => {
    const s = { baseMs: 1000, maxMs: 60_000, giveUpMs: 3 * 86_400_000 };
    expect(nextAttemptAt({ attempts: 1, createdAt: 0, now: 10, retryAfterMs: 30_000 }, s, () => 0)).toBe(30_010);
    expect(nextAttemptAt({ attempts: 9, createdAt: 0, now: 3 * 86_400_000 - 1000 }, s, () => 0)).toBeNull();
  });
});

describe('Standard Webhooks signatures', () => {
  it('verify with the reference library, with every secret of a rotation', () => {
    const [a, b] = [generateWebhookSecret(), generateWebhookSecret()];
    expect(isWebhookSecret(a)).toBe(true);
    expect(isWebhookSecret('whsec_short')).toBe(false);
    const body = JSON.stringify(opened.payload);
    const headers = webhookHeaders([a, b], 'msg_1', Math.floor(Date.now() / 1000), body);
    expect(new Webhook(a).verify(body, headers)).toEqual(JSON.parse(body));
    expect(new Webhook(b).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(a).verify(body.replace('Cloudy', 'Cl0udy'), headers)).toThrow();
  });
});

describe('notifications', () => {
  it('name the change with a versioned event type and absolute links in both languages', () => {
    expect(opened.payload).toMatchObject({ type: 'incident.created', version: 1, timestamp: new Date(T + 95_000).toISOString() });
    expect(opened.payload.data.url).toEqual({ ar: 'https://marsad.example/incidents/cloudy-2026-05-07-1210', en: 'https://marsad.example/en/incidents/cloudy-2026-05-07-1210' });
    expect([eventTypeOf('reopened'), eventTypeOf('acknowledged'), eventTypeOf('resolved')]).toEqual(['incident.updated', 'incident.updated', 'incident.resolved']);
    expect(changeKeyOf('x', { a: 1 })).toBe(changeKeyOf('x', { a: 1 }));
    expect(changeKeyOf('x', { a: 1 })).not.toBe(changeKeyOf('x', { a: 2 }));
  });

  it('become one Telegram post per language, which tells the resolution when it is edited', () => {
    expect(telegramPostText(opened.payload, 'ar')).toBe(
      ['🔴 Cloudy: انقطاع كبير', 'الحالة الآن: انقطاع كبير', `بدأت: ${formatPostTime(new Date(T).toISOString(), 'ar')}`, '', 'https://marsad.example/incidents/cloudy-2026-05-07-1210', 'يُحدَّث هذا المنشور كلما تغيّرت الحادثة.'].join('\n'),
    );
    const resolved = { ...opened.payload, type: 'incident.resolved' as const, data: { ...opened.payload.data, change: 'resolved' as const, status: 'operational' as const, endedAt: new Date(T + 20 * 60_000).toISOString() } };
    const en = telegramPostText(resolved, 'en');
    expect(en).toContain(`✅ Cloudy: major outage\nThe incident is over.\nStarted: ${formatPostTime(new Date(T).toISOString(), 'en')}\nEnded: ${formatPostTime(resolved.data.endedAt, 'en')}`);
    // Times in UTC with Western digits (lib/i18n/formats.ts), in either language.
    expect(formatPostTime(new Date(T).toISOString(), 'ar')).toMatch(/2026.*12:10 UTC/);
    // In Arabic plain text the Latin run "12:10 UTC" is isolated (LRI…PDI), or it reads "UTC 12:10".
    expect(telegramPostText(opened.payload, 'ar')).toContain('\u206612:10 UTC\u2069');
    expect(en).not.toMatch(/[\u2066-\u2069]/);
    expect(en).toContain('https://marsad.example/en/incidents/cloudy-2026-05-07-1210');
  });
});

describe('settings', () => {
  it('have defaults, refuse bad values, and use Telegram only with a token', () => {
    const s = readNotifySettings({});
    expect(s).toMatchObject({ send: true, leaseMs: 60_000, retry: { baseMs: 5000, giveUpMs: 3 * 86_400_000 }, webhook: { timeoutMs: 15_000, disableAfterMs: 5 * 86_400_000, allowLoopback: false }, telegram: null });
    expect(() => readNotifySettings({ MARSAD_WEBHOOK_TIMEOUT_MS: 'soon' })).toThrow(/MARSAD_WEBHOOK_TIMEOUT_MS/);
    expect(() => readNotifySettings({ MARSAD_NOTIFY_LEASE_MS: '1000' })).toThrow(/longer than MARSAD_WEBHOOK_TIMEOUT_MS/);
    expect(() => readNotifySettings({ MARSAD_TELEGRAM_BOT_TOKEN: 'nope' })).toThrow(/bot token/);
    const t = readNotifySettings({ MARSAD_TELEGRAM_BOT_TOKEN: '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ', MARSAD_TELEGRAM_CHANNEL_AR: '@marsad_ar' });
    expect(t.telegram).toMatchObject({ apiRoot: 'https://api.telegram.org', channels: { ar: '@marsad_ar' }, chatGapMs: 1000, perSecond: 30 });
    expect(telegramChannelTargets(t)).toEqual(['ar']);
  });
});

describe("Telegram's limits", () => {
  it('space messages to one chat, cap the messages of a second, and hold a chat after a 429', async () => {
    let now = 0;
    const slept: number[] = [];
    const limiter = createTelegramLimiter({ chatGapMs: 1000, perSecond: 3, now: () => now, sleep: async (ms) => void (slept.push(ms), (now += ms)) });
    await limiter.take('a');
    await limiter.take('a');
    expect(now).toBe(1000);
    await limiter.take('b');
    await limiter.take('c');
    await limiter.take('d');
    // a at 0 and 1000, b and c at 1000: the fourth message of that second waits for the first to age out.
    expect(now).toBe(2000);
    limiter.hold(now + 5000, 'b');
    await limiter.take('b');
    expect(now).toBe(7000);
  });
});
