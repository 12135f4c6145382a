// Email's pure parts: settings checked at start (email off without SMTP, a malformed URL or sender stops
// the start naming the setting), addresses normalized, scopes parsed, and what the mails say: in the
// reader's language and direction, every outside value escaped in the HTML part.
import { describe, expect, it } from 'vitest';
import { confirmLink, oneClickUnsubscribeLink, parseScope, subscribePath } from '@/lib/notify/email-links';
import { maskedAddress, normalizeAddress, readEmailSettings, readSubscribeOptions } from '@/lib/notify/email-settings';
import { confirmationMail, describeScope, escapeHtml, incidentMail } from '@/lib/notify/email-text';
import { webhookSecretPage } from '@/lib/notify/email-webhook-page';
import { buildNotification } from '@/lib/notify/notification';
import { readNotifySettings } from '@/lib/notify/settings';

describe('email settings', () => {
  it('is off without MARSAD_SMTP_URL, and reads the rest with defaults', () => {
    expect(readEmailSettings({})).toBeNull();
    expect(readNotifySettings({}).email).toBeNull();
    const s = readEmailSettings({ MARSAD_SMTP_URL: 'smtps://u:p@smtp.example:465', MARSAD_PUBLIC_URL: 'https://marsad.example/x' })!;
    expect(s).toMatchObject({ from: 'Marsad <status@marsad.example>', confirmWindowMs: 48 * 3_600_000, origin: 'https://marsad.example', perClient: { burst: 5 } });
  });

  it('stops the start on a malformed value, naming the setting', () => {
    expect(() => readEmailSettings({ MARSAD_SMTP_URL: 'http://smtp.example' })).toThrow(/MARSAD_SMTP_URL/);
    expect(() => readEmailSettings({ MARSAD_SMTP_URL: 'not a url' })).toThrow(/MARSAD_SMTP_URL/);
    expect(() => readEmailSettings({ MARSAD_SMTP_URL: 'smtp://smtp.example', MARSAD_EMAIL_FROM: 'Marsad\r\nBcc: x@y.z' })).toThrow(/MARSAD_EMAIL_FROM/);
    expect(() => readEmailSettings({ MARSAD_SMTP_URL: 'smtp://smtp.example', MARSAD_EMAIL_CONFIRM_WINDOW_MS: '5' })).toThrow(/MARSAD_EMAIL_CONFIRM_WINDOW_MS/);
    expect(() => readNotifySettings({ MARSAD_SMTP_URL: 'ftp://x' })).toThrow(/MARSAD_SMTP_URL/);
    expect(() => readEmailSettings({ MARSAD_LAB: '1', MARSAD_SMTP_URL: 'smtp://smtp.example' })).toThrow(/this machine/);
  });

  it('offers Telegram only with a token and a bot username', () => {
    expect(readSubscribeOptions({})).toEqual({ email: false, telegramBot: null, telegramChannels: {} });
    expect(readSubscribeOptions({ MARSAD_SMTP_URL: 'smtp://x', MARSAD_TELEGRAM_BOT_USERNAME: '@MarsadBot' })).toEqual({ email: true, telegramBot: null, telegramChannels: {} });
    expect(readSubscribeOptions({ MARSAD_TELEGRAM_BOT_TOKEN: '1:x', MARSAD_TELEGRAM_BOT_USERNAME: '@MarsadBot' }).telegramBot).toBe('MarsadBot');
    expect(() => readSubscribeOptions({ MARSAD_TELEGRAM_BOT_USERNAME: 'marsad' })).toThrow(/MARSAD_TELEGRAM_BOT_USERNAME/);
    expect(() => readNotifySettings({ MARSAD_TELEGRAM_BOT_USERNAME: 'marsad' })).toThrow(/MARSAD_TELEGRAM_BOT_USERNAME/);
  });

  it('links each language’s public channel by its @name, never a numeric id, and only with a token', () => {
    const env = { MARSAD_TELEGRAM_CHANNEL_AR: '@marsad_ar', MARSAD_TELEGRAM_CHANNEL_EN: '-1001234567890' };
    expect(readSubscribeOptions({ ...env, MARSAD_TELEGRAM_BOT_TOKEN: '1:x' }).telegramChannels).toEqual({ ar: 'marsad_ar' });
    expect(readSubscribeOptions(env).telegramChannels).toEqual({});
  });
});

describe('addresses, scopes and links', () => {
  it('normalizes an address and refuses what cannot be one', () => {
    expect(normalizeAddress('  Name@Example.COM ')).toBe('name@example.com');
    for (const bad of ['', 'name', 'a@b', 'a b@example.com', 'a@example.com\r\nBcc: x@y.z', `${'a'.repeat(250)}@example.com`, 42]) expect(normalizeAddress(bad), String(bad)).toBeNull();
    expect(maskedAddress('name@example.com')).toBe('n…@example.com');
  });

  it('parses scopes against the catalog', () => {
    expect(parseScope(undefined)).toBe('all');
    expect(parseScope('group:exchange')).toBe('group:exchange');
    expect(parseScope('service:coinbase')).toBe('service:coinbase');
    for (const bad of ['group:nope', 'service:nope', 'service:', 'everything']) expect(parseScope(bad), bad).toBeNull();
  });

  it('builds the pages\' addresses in each language and the one-click target', () => {
    expect(subscribePath('ar', '/sent', { scope: 'all' })).toBe('/subscribe/sent?scope=all');
    expect(subscribePath('en')).toBe('/en/subscribe');
    expect(confirmLink('https://m.example', 'en', 'T')).toBe('https://m.example/en/subscribe/confirm?token=T');
    expect(oneClickUnsubscribeLink('https://m.example', 'a-b_c')).toBe('https://m.example/api/subscribe/unsubscribe?token=a-b_c');
  });
});

describe('what the mails say', () => {
  const payload = buildNotification({
    data: {
      id: 'kraken-x', kind: 'service', change: 'opened', title: { ar: 'Kraken: <img src=x onerror=alert(1)>', en: 'Kraken & "friends"' }, serviceId: 'kraken',
      provider: null, region: null, status: 'partial_outage', startedAt: '2026-06-01T10:00:00Z', endedAt: null,
    },
    told: {}, occurredAt: Date.parse('2026-06-01T10:00:00Z'), origin: 'https://m.example',
  }).payload;

  it('writes the change in the reader\'s language, plain text and escaped HTML, with the unsubscribe link', () => {
    const ar = incidentMail({ payload, locale: 'ar', what: describeScope('service:kraken', 'ar'), unsubscribeUrl: 'https://m.example/subscribe/unsubscribe?token=T' });
    expect(ar.text).toContain('Kraken: <img src=x onerror=alert(1)>');
    expect(ar.text).toContain('https://m.example/subscribe/unsubscribe?token=T');
    expect(ar.text).toContain('https://m.example/incidents/kraken-x');
    expect(ar.html).not.toContain('<img');
    expect(ar.html).toContain('lang="ar" dir="rtl"');
    const en = incidentMail({ payload, locale: 'en', what: describeScope('all', 'en'), unsubscribeUrl: 'https://m.example/en/subscribe/unsubscribe?token=T' });
    expect(en.subject).toBe('Kraken & "friends": Partial outage | Marsad');
    expect(en.html).toContain('Kraken &amp; &quot;friends&quot;');
    expect(en.html).toContain('lang="en" dir="ltr"');
    expect(en.text).toContain('all incidents');
  });

  it('gives the confirmation link and when it stops working', () => {
    const m = confirmationMail({ locale: 'en', what: 'Coinbase', link: 'https://m.example/en/subscribe/confirm?token=T', expiresAt: new Date('2026-06-03T10:00:00Z') });
    expect(m.text).toContain('https://m.example/en/subscribe/confirm?token=T');
    expect(m.text).toContain('2026');
    // In Arabic the time is isolated, so it reads "10:00 UTC" and not "UTC 10:00".
    const ar = confirmationMail({ locale: 'ar', what: 'Coinbase', link: 'https://m.example/subscribe/confirm?token=T', expiresAt: new Date('2026-06-03T10:00:00Z') });
    expect(ar.text).toContain('\u206610:00 UTC\u2069');
    expect(escapeHtml('<a href="x">\'')).toBe('&lt;a href=&quot;x&quot;&gt;&#39;');
  });

  it('shows a webhook secret escaped, in the page\'s direction', () => {
    const html = webhookSecretPage({ locale: 'ar', id: 'ep-1', url: 'https://h.example/<x>', secret: 'whsec_abc' });
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('whsec_abc');
    expect(html).toContain('https://h.example/&lt;x&gt;');
  });
});
