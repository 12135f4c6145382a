// An endpoint failing without a success for MARSAD_WEBHOOK_DISABLE_AFTER_MS (5 days by default, read here
// on a clock the test moves, so nothing waits) is disabled: what waits for it is cancelled, the log says so
// and whether its owner was told, /api/metrics counts it, and `npm run webhooks -- list` shows it to the
// operator. One failure short of the window, it is still tried. An endpoint registered with its owner's
// address, with SMTP configured, gets a mail to that owner, in Arabic and English, once.
import { eq } from 'drizzle-orm';
import { closeMailTransports } from '@/lib/engine/notify/email';
import { describe, expect, it } from 'vitest';
import { enqueueNotifications, readWebhookEndpoint, saveWebhookEndpoint } from '@/lib/db/outbox';
import { notificationOutbox, webhookEndpoints } from '@/lib/db/schema';
import { runWebhookCommand } from '@/lib/engine/notify/endpoints';
import { startNotifier } from '@/lib/engine/notify/sender';
import { metricsRegistry } from '@/lib/metrics';
import { buildNotification } from '@/lib/notify/notification';
import { readNotifySettings } from '@/lib/notify/settings';
import { generateWebhookSecret } from '@/lib/notify/signing';
import { sendText, startFakeServer } from '../../fixtures/fake-upstreams/http-server';
import { startLocalSmtp } from '../../helpers/smtp';
import { useTempDb } from '../../helpers/temp-db';

const db = useTempDb();
const DAY = 86_400_000;

const change = (id: string, at: number) =>
  buildNotification({
    data: { id, kind: 'service', change: 'opened', title: { ar: 'Cloudy: انقطاع كبير', en: 'Cloudy: major outage' }, serviceId: 'cloudy', provider: null, region: null, status: 'major_outage', startedAt: new Date(at).toISOString(), endedAt: null },
    told: { id, at },
    occurredAt: at,
    origin: 'https://marsad.example',
  });

describe(`an endpoint failing too long (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('is disabled after the window (a setting), its waiting deliveries cancelled, and the notice logged, counted and listed', async () => {
    const down = await startFakeServer((_req, res) => sendText(res, 500, 'down'));
    try {
      const t0 = Date.UTC(2026, 11, 1, 12);
      let clock = t0;
      const logged: { msg: string; fields: Record<string, unknown> }[] = [];
      // The default window (5 days): the clock is the test's, so nothing waits for it.
      const settings = readNotifySettings({ MARSAD_WEBHOOK_ALLOW_LOOPBACK: 'on', MARSAD_NOTIFY_GIVE_UP_MS: String(30 * DAY) });
      expect(settings.webhook.disableAfterMs).toBe(5 * DAY);
      await saveWebhookEndpoint(db().db, { id: 'dead', url: `${down.url}/hook`, secrets: [generateWebhookSecret()] });
      const notifier = startNotifier({ handle: db(), settings, log: (_level, msg, fields = {}) => void logged.push({ msg, fields }), now: () => clock, poll: false, random: () => 0.5 });
      const before = (await metricsRegistry().getSingleMetricAsString('marsad_webhook_endpoints_disabled_total')).match(/reason="failing",owner_told="no"\} (\d+)/)?.[1] ?? '0';

      await db().db.transaction((tx) => enqueueNotifications(tx, [change('cloudy-1', t0)], { telegramChannels: [] }));
      expect(await notifier.runOnce()).toBe(1);
      expect((await readWebhookEndpoint(db().db, 'dead'))!.failingSince!.getTime()).toBe(t0);

      // A new change 4 days later fails too: still within the window, still enabled, still tried.
      clock = t0 + 4 * DAY;
      await db().db.transaction((tx) => enqueueNotifications(tx, [change('cloudy-2', clock)], { telegramChannels: [] }));
      expect(await notifier.runOnce()).toBe(2);
      expect((await readWebhookEndpoint(db().db, 'dead'))!.enabled).toBe(true);
      expect(await runWebhookCommand(db().db, ['list'], { allowLoopback: true })).toMatch(/^dead\t\S+\tenabled\t1 secret\(s\)\tfailing since 2026-12-01T12:00:00.000Z$/);

      // Past 5 days without a success: the next failure disables it and cancels what waited for it.
      clock = t0 + 5 * DAY + 60_000;
      await db().db.transaction((tx) => enqueueNotifications(tx, [change('cloudy-3', clock)], { telegramChannels: [] }));
      await notifier.runOnce();
      const endpoint = (await readWebhookEndpoint(db().db, 'dead'))!;
      expect([endpoint.enabled, endpoint.disabledReason]).toEqual([false, 'failing']);
      const rows = await db().db.select({ state: notificationOutbox.state }).from(notificationOutbox).where(eq(notificationOutbox.target, 'dead'));
      expect(rows.filter((r) => r.state === 'pending' || r.state === 'sending')).toEqual([]);

      const notices = logged.filter((l) => l.msg.startsWith('webhook endpoint failing for too long: disabled'));
      // Three deliveries to it failed side by side in that batch: one notice, not three.
      expect(notices).toHaveLength(1);
      const notice = notices[0]!;
      expect(notice.msg).toMatch(/its owner was not told: no owner email is recorded/);
      expect(notice.fields).toMatchObject({ endpoint: 'dead', since: '2026-12-01T12:00:00.000Z' });
      const after = (await metricsRegistry().getSingleMetricAsString('marsad_webhook_endpoints_disabled_total')).match(/reason="failing",owner_told="no"\} (\d+)/)?.[1];
      expect(Number(after)).toBe(Number(before) + 1);
      expect(await runWebhookCommand(db().db, ['list'], { allowLoopback: true })).toMatch(/^dead\t\S+\tDISABLED: no success since 2026-12-01T12:00:00.000Z; tell its owner, who must fix it, then 'enable dead'\t1 secret\(s\)$/);

      // Nothing more is sent to it.
      const sent = down.requests.length;
      clock += DAY;
      await db().db.transaction((tx) => enqueueNotifications(tx, [change('cloudy-4', clock)], { telegramChannels: [] }));
      await notifier.drain();
      expect(down.requests.length).toBe(sent);
      await notifier.stop();
    } finally {
      await down.close();
    }
  });

  it('tells the owner by email, once, when the endpoint records an address and SMTP is configured', async () => {
    const down = await startFakeServer((_req, res) => sendText(res, 503, 'down'));
    const smtp = await startLocalSmtp();
    try {
      const t0 = Date.UTC(2026, 11, 2, 8);
      let clock = t0;
      const logged: string[] = [];
      const settings = readNotifySettings({
        MARSAD_WEBHOOK_ALLOW_LOOPBACK: 'on', MARSAD_WEBHOOK_DISABLE_AFTER_MS: String(60_000), MARSAD_NOTIFY_GIVE_UP_MS: String(DAY),
        MARSAD_SMTP_URL: smtp.url, MARSAD_PUBLIC_URL: 'https://marsad.example',
      });
      await saveWebhookEndpoint(db().db, { id: 'owned', url: `${down.url}/owned`, secrets: [generateWebhookSecret()] });
      await db().db.update(webhookEndpoints).set({ ownerEmail: 'owner@example.test' }).where(eq(webhookEndpoints.id, 'owned'));
      const notifier = startNotifier({ handle: db(), settings, log: (_level, msg) => void logged.push(msg), now: () => clock, poll: false, random: () => 0.5 });
      await db().db.transaction((tx) => enqueueNotifications(tx, [change('owned-1', t0), change('owned-2', t0)], { telegramChannels: [] }));
      await notifier.runOnce();
      // The window here is a minute (a setting): past it, the next failures disable the endpoint.
      clock = t0 + 61_000;
      await notifier.runOnce();
      expect((await readWebhookEndpoint(db().db, 'owned'))!.enabled).toBe(false);
      const mail = await smtp.waitFor((m) => m.to.includes('owner@example.test'), 10_000);
      expect(mail.subject).toBe('مرصد: أوقفنا الإرسال إلى عنوان webhook الخاص بك · Marsad: we stopped sending to your webhook endpoint');
      expect(mail.text).toContain(`${down.url}/owned`);
      expect(mail.text).toMatch(/لم يقبل عنوانك أي إشعار من مرصد منذ [\s\S]*Your endpoint has not accepted any Marsad notification since/);
      expect(mail.text).toContain('https://marsad.example/subscribe/webhook');
      expect(mail.html).toContain('<bdi dir="ltr"');
      // The time in the Arabic part is isolated, so it reads "08:00 UTC" and not "UTC 08:00" among Arabic words.
      expect(mail.text).toMatch(/منذ [^\n]*\u2066\d{1,2}:\d{2} UTC\u2069/);
      await new Promise((r) => setTimeout(r, 300));
      expect(smtp.mails.filter((m) => m.to.includes('owner@example.test'))).toHaveLength(1);
      expect(logged.filter((m) => m.includes('its owner was told by email'))).toHaveLength(1);
      expect(await metricsRegistry().getSingleMetricAsString('marsad_webhook_endpoints_disabled_total')).toMatch(/reason="failing",owner_told="yes"\} 1/);
      await notifier.stop();
    } finally {
      closeMailTransports();
      await smtp.close();
      await down.close();
    }
  });
});
