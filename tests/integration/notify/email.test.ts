// Email subscriptions end to end against a real SMTP server on 127.0.0.1 (tests/helpers/smtp.ts): double
// opt-in (nothing is sent before the link is followed; an expired or used link is refused), one message per
// change through the outbox in the subscriber's language with a plain-text and an escaped HTML part and
// RFC 8058's headers, one-click unsubscribe deleting the address's data, the rate limit per client address,
// bad input naming its field, email switched off without SMTP, and the email-confirmed webhook registration.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueNotifications, readWebhookEndpoint } from '@/lib/db/outbox';
import { emailSubscribers, notificationOutbox, webhookEndpoints } from '@/lib/db/schema';
import { closeMailTransports } from '@/lib/engine/notify/email';
import { startNotifier } from '@/lib/engine/notify/sender';
import { readEmailSettings, type EmailSettings } from '@/lib/notify/email-settings';
import {
  confirmSubscription, confirmWebhook, registerWebhook, subscribeEmail, subscribeLimiter, unsubscribeOneClick, type SubscribeDeps,
} from '@/lib/subscribe/routes';
import { buildNotification, type Notification } from '@/lib/notify/notification';
import { readNotifySettings } from '@/lib/notify/settings';
import { linkIn, startLocalSmtp, type LocalSmtp } from '../../helpers/smtp';
import { useTempDb } from '../../helpers/temp-db';

const db = useTempDb();
let smtp: LocalSmtp;
let email: EmailSettings;
const ORIGIN = 'https://marsad.test';
const T0 = Date.parse('2026-06-01T10:00:00Z');

beforeAll(async () => {
  smtp = await startLocalSmtp();
  email = readEmailSettings({ MARSAD_SMTP_URL: smtp.url, MARSAD_PUBLIC_URL: ORIGIN, MARSAD_EMAIL_FROM: 'Marsad <status@marsad.test>' })!;
});
afterAll(async () => {
  closeMailTransports();
  await smtp.close();
});

function deps(overrides: Partial<SubscribeDeps> = {}): SubscribeDeps {
  return { db: db().db, email, limiter: subscribeLimiter({ perClient: { burst: 100, refillMs: 1000 } }), now: () => T0, allowLoopback: true, ...overrides };
}

function form(path: string, fields: Record<string, string>, client = '198.51.100.7'): Request {
  return new Request(`${ORIGIN}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-marsad-client': client }, body: new URLSearchParams(fields).toString() });
}

function jsonPost(path: string, body: unknown, client = '198.51.100.7'): Request {
  return new Request(`${ORIGIN}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-marsad-client': client }, body: JSON.stringify(body) });
}

const tokenOf = (link: string | null) => new URL(link!).searchParams.get('token')!;

function change(id: string, kind: 'opened' | 'resolved', title = 'Coinbase: انقطاع كبير'): Notification {
  return buildNotification({
    data: {
      id, kind: 'service', change: kind, title: { ar: title, en: 'Coinbase: <b>major</b> outage' }, serviceId: 'coinbase', provider: null, region: null,
      status: kind === 'opened' ? 'major_outage' : 'operational', startedAt: new Date(T0).toISOString(), endedAt: kind === 'resolved' ? new Date(T0 + 600_000).toISOString() : null,
    },
    told: { kind }, occurredAt: kind === 'opened' ? T0 : T0 + 600_000, origin: ORIGIN,
  });
}

async function enqueue(n: Notification): Promise<number> {
  return db().db.transaction((tx) => enqueueNotifications(tx, [n], { telegramChannels: [], emailSubscribers: { groupOf: (id) => (id === 'coinbase' ? 'exchange' : null) } }));
}

async function subscribeAndConfirm(address: string, scope: string, locale: 'ar' | 'en') {
  const r = await subscribeEmail(form('/api/subscribe/email', { email: address, scope, locale }), deps());
  expect(r.status).toBe(303);
  const mail = await smtp.waitFor((m) => m.to.includes(address) && /confirm/.test(m.text));
  const confirmed = await confirmSubscription(form('/api/subscribe/confirm', { token: tokenOf(linkIn(mail, '/subscribe/confirm')), locale }), deps());
  expect(confirmed.status).toBe(303);
  return mail;
}

describe(`email subscriptions (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('asks for confirmation first, in Arabic, and sends nothing before the link is followed', async () => {
    const r = await subscribeEmail(form('/api/subscribe/email', { email: ' Reader@Example.TEST ', scope: 'service:coinbase', locale: 'ar' }), deps());
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe('/subscribe/sent?scope=service%3Acoinbase');
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.headers.get('set-cookie')).toBeNull();
    const mail = await smtp.waitFor((m) => m.to.includes('reader@example.test'));
    expect(mail.subject).toBe('أكّد اشتراكك في تنبيهات مرصد');
    expect(mail.headers['content-language']).toBe('ar');
    expect(mail.text).toContain('Coinbase');
    const link = linkIn(mail, '/subscribe/confirm');
    expect(link).toMatch(/^https:\/\/marsad\.test\/subscribe\/confirm\?token=[A-Za-z0-9_-]{43}$/);
    expect(mail.html).toContain('dir="rtl"');
    // "Not me": the confirmation can be undone in one click too.
    expect(mail.headers['list-unsubscribe']).toMatch(/^<https:\/\/marsad\.test\/api\/subscribe\/unsubscribe\?token=[A-Za-z0-9_-]{43}>$/);
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    // Unconfirmed: a change reaches nobody by email.
    expect(await enqueue(change('coinbase-a', 'opened'))).toBe(0);
    // The token is stored only as its hash.
    const [row] = await db().db.select().from(emailSubscribers).where(eq(emailSubscribers.email, 'reader@example.test'));
    expect(row!.confirmTokenHash).not.toBe(tokenOf(link));
    expect(row!.confirmedAt).toBeNull();
  });

  it('confirms once; the same link is refused afterwards', async () => {
    const mail = await smtp.waitFor((m) => m.to.includes('reader@example.test'));
    const token = tokenOf(linkIn(mail, '/subscribe/confirm'));
    const r = await confirmSubscription(form('/api/subscribe/confirm', { token, locale: 'ar' }), deps());
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe('/subscribe/confirmed?scope=service%3Acoinbase');
    const again = await confirmSubscription(jsonPost('/api/subscribe/confirm', { token }), deps());
    expect(again.status).toBe(410);
    expect((await again.json()) as unknown).toMatchObject({ error: { code: 'token_expired', field: 'token' } });
  });

  it('refuses an expired confirmation link', async () => {
    const r = await subscribeEmail(form('/api/subscribe/email', { email: 'late@example.test', scope: 'all', locale: 'en' }), deps());
    expect(r.status).toBe(303);
    const mail = await smtp.waitFor((m) => m.to.includes('late@example.test'));
    expect(mail.subject).toBe('Confirm your Marsad alerts');
    const token = tokenOf(linkIn(mail, '/en/subscribe/confirm'));
    const late = deps({ now: () => T0 + email.confirmWindowMs + 1 });
    const refused = await confirmSubscription(form('/api/subscribe/confirm', { token, locale: 'en' }), late);
    expect(refused.status).toBe(303);
    expect(refused.headers.get('location')).toBe('/en/subscribe/confirm?error=token');
    expect((await confirmSubscription(jsonPost('/api/subscribe/confirm', { token }), late)).status).toBe(410);
    const [row] = await db().db.select().from(emailSubscribers).where(eq(emailSubscribers.email, 'late@example.test'));
    expect(row!.confirmedAt).toBeNull();
  });

  it('sends each change once per address through the outbox, in its language, with both parts and RFC 8058 headers', async () => {
    // The Arabic reader also follows everything: still one message per change.
    await subscribeAndConfirm('reader@example.test', 'all', 'ar');
    await subscribeAndConfirm('english@example.test', 'group:exchange', 'en');
    const before = smtp.mails.length;
    expect(await enqueue(change('coinbase-b', 'opened', 'Coinbase: <script>alert(1)</script>'))).toBe(2);
    const notifier = startNotifier({ handle: db(), settings: { ...readNotifySettings({}), email }, log: () => undefined, poll: false, now: () => T0 + 1000 });
    try {
      expect(await notifier.drain()).toBe(2);
    } finally {
      await notifier.stop();
    }
    const sent = smtp.mails.slice(before);
    expect(sent.map((m) => m.to[0]).sort()).toEqual(['english@example.test', 'reader@example.test']);
    const ar = sent.find((m) => m.to[0] === 'reader@example.test')!;
    const en = sent.find((m) => m.to[0] === 'english@example.test')!;
    expect(ar.subject).toContain('انقطاع كبير');
    expect(ar.text).toContain('https://marsad.test/incidents/coinbase-b');
    expect(ar.text).toContain('Coinbase: <script>alert(1)</script>');
    expect(ar.html).not.toContain('<script>');
    expect(ar.html).toContain('&lt;script&gt;');
    expect(en.subject).toBe('Coinbase: <b>major</b> outage: Major outage | Marsad');
    expect(en.text).toContain('https://marsad.test/en/incidents/coinbase-b');
    expect(en.html).toContain('Coinbase: &lt;b&gt;major&lt;/b&gt; outage');
    expect(en.html).toContain('dir="ltr"');
    for (const m of [ar, en]) {
      expect(m.headers['list-unsubscribe']).toMatch(/^<https:\/\/marsad\.test\/api\/subscribe\/unsubscribe\?token=[A-Za-z0-9_-]{43}>$/);
      expect(m.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
      expect(m.text.length).toBeGreaterThan(50);
    }
    const rows = await db().db.select().from(notificationOutbox).where(eq(notificationOutbox.channel, 'email'));
    expect(rows.every((r) => r.state === 'delivered' && r.attempts === 1)).toBe(true);
    // Queued again (another worker evaluating the same change): nothing new.
    expect(await enqueue(change('coinbase-b', 'opened', 'Coinbase: <script>alert(1)</script>'))).toBe(0);
  });

  it('one-click unsubscribe (RFC 8058 POST) deletes every subscription of the address and cancels what waits', async () => {
    const last = [...smtp.mails].reverse().find((m) => m.to[0] === 'reader@example.test' && m.headers['list-unsubscribe'])!;
    const target = last.headers['list-unsubscribe']!.slice(1, -1);
    expect(await enqueue(change('coinbase-b', 'resolved'))).toBe(2);
    const r = await unsubscribeOneClick(new Request(target, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' }), deps());
    expect(r.status).toBe(200);
    expect(await db().db.select().from(emailSubscribers).where(eq(emailSubscribers.email, 'reader@example.test'))).toEqual([]);
    const waiting = await db().db.select().from(notificationOutbox).where(and(eq(notificationOutbox.channel, 'email'), eq(notificationOutbox.eventType, 'incident.resolved')));
    expect(waiting.map((w) => w.state).sort()).toEqual(['cancelled', 'pending']);
    // Repeating it (a mail client retrying) answers the same.
    expect((await unsubscribeOneClick(new Request(target, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), deps())).status).toBe(200);
    // The page's button lands on the localized result page.
    const en = [...smtp.mails].reverse().find((m) => m.to[0] === 'english@example.test' && m.headers['list-unsubscribe'])!;
    const page = linkIn(en, '/en/subscribe/unsubscribe')!;
    const viaPage = await unsubscribeOneClick(new Request(`${ORIGIN}/api/subscribe/unsubscribe?token=${tokenOf(page)}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'from=page&locale=en' }), deps());
    expect(viaPage.status).toBe(303);
    expect(viaPage.headers.get('location')).toBe('/en/subscribe/unsubscribed');
    expect(await db().db.select().from(emailSubscribers).where(eq(emailSubscribers.email, 'english@example.test'))).toEqual([]);
  });

  it('rate-limits subscribing per client address (429 with Retry-After; a form is sent back with the error)', async () => {
    const limited = deps({ limiter: subscribeLimiter({ perClient: { burst: 2, refillMs: 600_000 } }) });
    for (const i of [1, 2]) expect((await subscribeEmail(jsonPost('/api/subscribe/email', { email: `r${i}@example.test` }, '203.0.113.5'), limited)).status).toBe(202);
    const refused = await subscribeEmail(jsonPost('/api/subscribe/email', { email: 'r3@example.test' }, '203.0.113.5'), limited);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const viaForm = await subscribeEmail(form('/api/subscribe/email', { email: 'r3@example.test', scope: 'all', locale: 'en' }, '203.0.113.5'), limited);
    expect(viaForm.headers.get('location')).toBe('/en/subscribe?scope=all&error=rate_limited');
    // Another address is not held back.
    expect((await subscribeEmail(jsonPost('/api/subscribe/email', { email: 'r4@example.test' }, '203.0.113.6'), limited)).status).toBe(202);
  });

  it('does not resend a confirmation to the same address and scope within minutes, and answers the same', async () => {
    const count = () => smtp.mails.filter((m) => m.to.includes('twice@example.test')).length;
    await subscribeEmail(jsonPost('/api/subscribe/email', { email: 'twice@example.test' }), deps());
    await smtp.waitFor((m) => m.to.includes('twice@example.test'));
    const second = await subscribeEmail(jsonPost('/api/subscribe/email', { email: 'twice@example.test' }), deps({ now: () => T0 + 60_000 }));
    expect(second.status).toBe(202);
    await new Promise((r) => setTimeout(r, 200));
    expect(count()).toBe(1);
  });

  it('refuses bad input naming the field, and says email is off without SMTP', async () => {
    const bad = await subscribeEmail(jsonPost('/api/subscribe/email', { email: 'not an address' }), deps());
    expect(bad.status).toBe(400);
    expect((await bad.json()) as unknown).toMatchObject({ error: { field: 'email' } });
    const scope = await subscribeEmail(jsonPost('/api/subscribe/email', { email: 'a@example.test', scope: 'service:nope' }), deps());
    expect(scope.status).toBe(400);
    expect((await scope.json()) as unknown).toMatchObject({ error: { field: 'scope' } });
    const viaForm = await subscribeEmail(form('/api/subscribe/email', { email: 'x', scope: 'service:coinbase', locale: 'ar' }), deps());
    expect(viaForm.headers.get('location')).toBe('/subscribe?scope=service%3Acoinbase&error=email');
    const off = await subscribeEmail(jsonPost('/api/subscribe/email', { email: 'a@example.test' }), deps({ email: null }));
    expect(off.status).toBe(503);
    expect((await off.json()) as unknown).toMatchObject({ error: { code: 'email_off' } });
  });

  it('tells the visitor when the mail server refuses, and keeps no row waiting', async () => {
    smtp.refuseWith(451);
    try {
      const r = await subscribeEmail(jsonPost('/api/subscribe/email', { email: 'refused@example.test' }), deps());
      expect(r.status).toBe(503);
    } finally {
      smtp.refuseWith(null);
    }
    expect(await db().db.select().from(emailSubscribers).where(eq(emailSubscribers.email, 'refused@example.test'))).toEqual([]);
  });

  it('registers a webhook endpoint once its owner follows the mailed link, showing the secret once', async () => {
    const bad = await registerWebhook(jsonPost('/api/subscribe/webhook', { email: 'dev@example.test', url: 'http://10.0.0.5/hook' }), deps());
    expect(bad.status).toBe(400);
    expect((await bad.json()) as unknown).toMatchObject({ error: { field: 'url' } });
    const r = await registerWebhook(form('/api/subscribe/webhook', { email: 'dev@example.test', url: 'http://127.0.0.1:9/hook', locale: 'en' }), deps());
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe('/en/subscribe/webhook/sent');
    expect(await db().db.select().from(webhookEndpoints)).toEqual([]);
    const mail = await smtp.waitFor((m) => m.to.includes('dev@example.test'));
    expect(mail.subject).toBe('Confirm your Marsad webhook endpoint');
    const token = tokenOf(linkIn(mail, '/en/subscribe/webhook/confirm'));
    const confirmed = await confirmWebhook(form('/api/subscribe/webhook/confirm', { token, locale: 'en' }), deps());
    expect(confirmed.status).toBe(201);
    expect(confirmed.headers.get('cache-control')).toBe('no-store');
    const html = await confirmed.text();
    const secret = /whsec_[A-Za-z0-9+/=]+/.exec(html)?.[0];
    expect(secret).toBeTruthy();
    const [endpoint] = await db().db.select().from(webhookEndpoints);
    expect(endpoint).toMatchObject({ url: 'http://127.0.0.1:9/hook', enabled: true, ownerEmail: 'dev@example.test', secrets: [secret] });
    expect(await readWebhookEndpoint(db().db, endpoint!.id)).not.toBeNull();
    expect((await confirmWebhook(jsonPost('/api/subscribe/webhook/confirm', { token }), deps())).status).toBe(410);
  });
});
