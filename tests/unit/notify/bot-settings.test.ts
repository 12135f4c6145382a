// The settings of the bot's update receiving (polling, webhook, off) and of notifications in the lab:
// webhook mode needs its secret and the public https origin; the lab talks to fakes on this machine only.
import { describe, expect, it } from 'vitest';
import { labSettingsProblem } from '@/lib/lab';
import { isLoopbackUrl, readNotifySettings } from '@/lib/notify/settings';

const BOT = { MARSAD_TELEGRAM_BOT_TOKEN: '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ', MARSAD_TELEGRAM_API_ROOT: 'http://127.0.0.1:9' };
const SECRET = 'a'.repeat(32);

describe('the bot\'s update settings', () => {
  it('takes polling, webhook or off, and webhook mode needs a long secret and the site\'s https origin', () => {
    expect(readNotifySettings(BOT).telegram!.updates).toBe('off');
    expect(readNotifySettings({ ...BOT, MARSAD_TELEGRAM_UPDATES: 'polling' }).telegram!.updates).toBe('polling');
    expect(() => readNotifySettings({ ...BOT, MARSAD_TELEGRAM_UPDATES: 'push' })).toThrow(/"polling", "webhook" or "off"/);
    expect(() => readNotifySettings({ ...BOT, MARSAD_TELEGRAM_UPDATES: 'webhook', MARSAD_PUBLIC_URL: 'https://marsad.example' })).toThrow(/MARSAD_TELEGRAM_WEBHOOK_SECRET/);
    expect(() => readNotifySettings({ ...BOT, MARSAD_TELEGRAM_UPDATES: 'webhook', MARSAD_TELEGRAM_WEBHOOK_SECRET: 'short', MARSAD_PUBLIC_URL: 'https://marsad.example' })).toThrow(/32 to 256/);
    expect(() => readNotifySettings({ ...BOT, MARSAD_TELEGRAM_UPDATES: 'webhook', MARSAD_TELEGRAM_WEBHOOK_SECRET: SECRET })).toThrow(/MARSAD_PUBLIC_URL/);
    expect(() => readNotifySettings({ ...BOT, MARSAD_TELEGRAM_UPDATES: 'webhook', MARSAD_TELEGRAM_WEBHOOK_SECRET: SECRET, MARSAD_PUBLIC_URL: 'http://marsad.example' })).toThrow(/MARSAD_PUBLIC_URL/);
    const t = readNotifySettings({ ...BOT, MARSAD_TELEGRAM_UPDATES: 'webhook', MARSAD_TELEGRAM_WEBHOOK_SECRET: SECRET, MARSAD_PUBLIC_URL: 'https://marsad.example/' }).telegram!;
    expect([t.webhookUrl, t.webhookSecret]).toEqual(['https://marsad.example/api/telegram/webhook', SECRET]);
    // Plain http for a receiver on this machine only (the tests, the lab).
    expect(readNotifySettings({ ...BOT, MARSAD_TELEGRAM_UPDATES: 'webhook', MARSAD_TELEGRAM_WEBHOOK_SECRET: SECRET, MARSAD_PUBLIC_URL: 'http://127.0.0.1:3199' }).telegram!.webhookUrl).toBe('http://127.0.0.1:3199/api/telegram/webhook');
  });

  it('in the lab: notifications only with MARSAD_LAB_NOTIFY=local, to a Bot API and webhook receivers on this machine', () => {
    const LAB = { MARSAD_LAB: '1', MARSAD_DATA_DIR: '/tmp/lab-data' };
    expect(labSettingsProblem({ ...LAB, ...BOT })).toMatch(/MARSAD_TELEGRAM_BOT_TOKEN/);
    expect(labSettingsProblem({ ...LAB, MARSAD_NOTIFY: 'on' })).toMatch(/MARSAD_LAB_NOTIFY=local/);
    expect(labSettingsProblem({ ...LAB, MARSAD_NOTIFY: 'off' })).toBeNull();
    expect(labSettingsProblem({ ...LAB, ...BOT, MARSAD_NOTIFY: 'on', MARSAD_LAB_NOTIFY: 'local' })).toBeNull();
    expect(labSettingsProblem({ ...LAB, MARSAD_LAB_NOTIFY: 'everyone' })).toMatch(/"local"/);
    const lab = readNotifySettings({ ...LAB, ...BOT, MARSAD_LAB_NOTIFY: 'local' });
    expect(lab.webhook).toMatchObject({ allowLoopback: true, onlyLoopback: true });
    expect(() => readNotifySettings({ ...LAB, ...BOT, MARSAD_TELEGRAM_API_ROOT: 'https://api.telegram.org' })).toThrow(/on 127\.0\.0\.1/);
    expect(readNotifySettings({ ...BOT }).webhook.onlyLoopback).toBe(false);
    expect(['http://127.0.0.5:1/x', 'http://localhost:3000', 'http://[::1]:80'].map(isLoopbackUrl)).toEqual([true, true, true]);
    expect(['https://api.telegram.org', 'http://10.0.0.1', 'http://127.example'].map(isLoopbackUrl)).toEqual([false, false, false]);
  });
});
