// Webhook deliveries end to end on a real database and real receivers on 127.0.0.1: signatures verified
// with the Standard Webhooks reference library (standardwebhooks on npm), a secret rotation signing twice,
// retries after 5xx with the same webhook-id, 410 disabling the endpoint, a timeout, a redirect not
// followed, and the private-address guard (loopback only by the explicit setting). The timeout is 1.5 s
// here: shorter, a busy machine makes the good receiver look slow, and a repeat (at least once) is legitimate.
import { eq } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueNotifications, listWebhookEndpoints, saveWebhookEndpoint } from '@/lib/db/outbox';
import { notificationOutbox } from '@/lib/db/schema';
import { startNotifier, type Notifier } from '@/lib/engine/notify/sender';
import { webhookTargetProblem } from '@/lib/engine/notify/webhook';
import { metricsRegistry } from '@/lib/metrics';
import { buildNotification, type Notification } from '@/lib/notify/notification';
import { readNotifySettings } from '@/lib/notify/settings';
import { generateWebhookSecret } from '@/lib/notify/signing';
import { sendText, startFakeServer, type FakeServer } from '../../fixtures/fake-upstreams/http-server';
import { useTempDb } from '../../helpers/temp-db';

const db = useTempDb();
const quiet = () => undefined;
const SECRET = generateWebhookSecret();
const OLD_SECRET = generateWebhookSecret();

function change(id: string, change: 'opened' | 'resolved', at: number): Notification {
  return buildNotification({
    data: {
      id, kind: 'service', change, title: { ar: 'Cloudy: انقطاع كبير', en: 'Cloudy: major outage' }, serviceId: 'cloudy', provider: null, region: null,
      status: change === 'opened' ? 'major_outage' : 'operational', startedAt: new Date(at).toISOString(), endedAt: change === 'resolved' ? new Date(at + 60_000).toISOString() : null,
    },
    told: { change },
    occurredAt: at,
    origin: 'https://marsad.example',
  });
}

let good: FakeServer, flaky: FakeServer, gone: FakeServer, slow: FakeServer, moved: FakeServer;
let flakyFailures = 2;
beforeAll(async () => {
  good = await startFakeServer((_req, res) => sendText(res, 204, ''));
  flaky = await startFakeServer((_req, res) => sendText(res, flakyFailures-- > 0 ? 503 : 200, 'ok'));
  gone = await startFakeServer((_req, res) => sendText(res, 410, 'gone'));
  slow = await startFakeServer(() => undefined);
  moved = await startFakeServer((_req, res) => {
    res.writeHead(302, { location: `${good.url}/moved-here` });
    res.end();
  });
});
afterAll(async () => {
  await Promise.all([good, flaky, gone, slow, moved].map((s) => s?.close()));
});

const settings = readNotifySettings({
  MARSAD_WEBHOOK_ALLOW_LOOPBACK: 'on', MARSAD_WEBHOOK_TIMEOUT_MS: '1500', MARSAD_NOTIFY_LEASE_MS: '5000',
  MARSAD_NOTIFY_RETRY_BASE_MS: '20', MARSAD_NOTIFY_RETRY_MAX_MS: '100', MARSAD_NOTIFY_GIVE_UP_MS: '60000',
});

/** Runs batches until `done` holds (retries are due within a few tens of milliseconds here). */
async function runUntil(notifier: Notifier, done: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > until) throw new Error('gave up waiting for deliveries');
    if ((await notifier.runOnce()) === 0) await new Promise((r) => setTimeout(r, 25));
  }
}

describe(`webhooks (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('delivers each change signed (verified by the reference library), once, in order; retries 5xx with the same id; 410 disables; timeouts and redirects retry', async () => {
    await saveWebhookEndpoint(db().db, { id: 'good', url: `${good.url}/hook`, secrets: [SECRET, OLD_SECRET] });
    await saveWebhookEndpoint(db().db, { id: 'flaky', url: `${flaky.url}/hook`, secrets: [SECRET] });
    await saveWebhookEndpoint(db().db, { id: 'gone', url: `${gone.url}/hook`, secrets: [SECRET] });
    await saveWebhookEndpoint(db().db, { id: 'slow', url: `${slow.url}/hook`, secrets: [SECRET] });
    await saveWebhookEndpoint(db().db, { id: 'moved', url: `${moved.url}/hook`, secrets: [SECRET] });
    const t = Date.now();
    await db().db.transaction((tx) => enqueueNotifications(tx, [change('cloudy-2026-05-07-1210', 'opened', t), change('cloudy-2026-05-07-1210', 'resolved', t + 1)], { telegramChannels: [] }));

    const notifier = startNotifier({ handle: db(), settings, log: quiet, poll: false });
    const stateOf = async (target: string) => (await db().db.select().from(notificationOutbox).where(eq(notificationOutbox.target, target))).map((r) => r.state);
    await runUntil(notifier, async () => (await stateOf('good')).every((s) => s === 'delivered') && (await stateOf('flaky')).every((s) => s === 'delivered'));

    // The good receiver got both changes, in order, each once; every signature verifies with either secret.
    expect(good.requests.filter((r) => r.path === '/hook').map((r) => JSON.parse(r.body).type)).toEqual(['incident.created', 'incident.resolved']);
    for (const r of good.requests.filter((x) => x.path === '/hook')) {
      const headers = { 'webhook-id': String(r.headers['webhook-id']), 'webhook-timestamp': String(r.headers['webhook-timestamp']), 'webhook-signature': String(r.headers['webhook-signature']) };
      expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
      expect(new Webhook(SECRET).verify(r.body, headers)).toMatchObject({ version: 1, data: { id: 'cloudy-2026-05-07-1210' } });
      expect(new Webhook(OLD_SECRET).verify(r.body, headers)).toBeTruthy();
      expect(() => new Webhook(generateWebhookSecret()).verify(r.body, headers)).toThrow();
      expect(r.headers['content-type']).toBe('application/json');
    }
    // The flaky one: two 503s, then the same message (same webhook-id) delivered; the resolution after it.
    const flakyIds = flaky.requests.map((r) => String(r.headers['webhook-id']));
    expect(flakyIds).toHaveLength(4);
    expect(new Set(flakyIds.slice(0, 3)).size).toBe(1);
    expect(flakyIds[3]).not.toBe(flakyIds[0]);
    expect(flaky.requests.map((r) => JSON.parse(r.body).type)).toEqual(['incident.created', 'incident.created', 'incident.created', 'incident.resolved']);

    // 410: asked once, disabled, its other change cancelled.
    expect(gone.requests).toHaveLength(1);
    const endpoints = Object.fromEntries((await listWebhookEndpoints(db().db)).map((e) => [e.id, e]));
    expect(endpoints.gone).toMatchObject({ enabled: false, disabledReason: 'gone' });
    expect((await stateOf('gone')).sort()).toEqual(['cancelled', 'failed']);
    // Timeout and redirect: not delivered, tried again, the redirect never followed.
    const slowRows = await db().db.select().from(notificationOutbox).where(eq(notificationOutbox.target, 'slow'));
    expect(slowRows.find((r) => r.lastError)?.lastError).toMatch(/timed out after 1500 ms/);
    const movedRows = await db().db.select().from(notificationOutbox).where(eq(notificationOutbox.target, 'moved'));
    expect(movedRows.find((r) => r.lastError)?.lastError).toMatch(/HTTP 302: redirects are not followed/);
    expect(good.requests.some((r) => r.path === '/moved-here')).toBe(false);
    expect(endpoints.slow!.failingSince).not.toBeNull();
    expect(endpoints.good!.failingSince).toBeNull();

    await notifier.refreshMetrics();
    const metrics = await metricsRegistry().metrics();
    expect(metrics).toMatch(/marsad_notification_attempts_total\{channel="webhook",outcome="delivered"\} 4/);
    expect(metrics).toMatch(/marsad_notification_delivery_seconds_count\{channel="webhook"\} 4/);
    expect(metrics).toMatch(/marsad_notification_outbox_rows\{channel="webhook",state="pending"\} 4/);
    expect(metrics).toMatch(/marsad_notification_oldest_waiting_seconds\{channel="webhook"\}/);
    await notifier.stop();
  }, 30_000);

  it('refuses private and link-local targets at every delivery; loopback only with the explicit setting', async () => {
    expect(await webhookTargetProblem(new URL(`${good.url}/hook`), false)).toMatch(/non-public address 127\.0\.0\.1/);
    expect(await webhookTargetProblem(new URL(`${good.url}/hook`), true)).toBeNull();
    expect(await webhookTargetProblem(new URL('http://169.254.169.254/latest/meta-data'), true)).toMatch(/non-public/);
    expect(await webhookTargetProblem(new URL('https://10.0.0.8/hook'), true)).toMatch(/non-public/);
    expect(await webhookTargetProblem(new URL('https://[::ffff:192.168.1.1]/hook'), true)).toMatch(/non-public/);
    expect(await webhookTargetProblem(new URL('https://hooks.example/x'), false, async () => ['10.1.2.3'])).toMatch(/non-public/);
    expect(await webhookTargetProblem(new URL('http://hooks.example/x'), false, async () => ['93.184.216.34'])).toMatch(/must use https/);
    expect(await webhookTargetProblem(new URL('https://hooks.example/x'), false, async () => ['93.184.216.34'])).toBeNull();

    // A sender without the setting refuses the loopback receiver at delivery time: nothing reaches it.
    await saveWebhookEndpoint(db().db, { id: 'local-only', url: `${good.url}/strict`, secrets: [SECRET] });
    await db().db.transaction((tx) => enqueueNotifications(tx, [change('strict-2026-05-07-1300', 'opened', Date.now())], { telegramChannels: [] }));
    const strict = startNotifier({ handle: db(), settings: readNotifySettings({}), log: quiet, poll: false });
    await strict.runOnce();
    await strict.stop();
    const [row] = await db().db.select().from(notificationOutbox).where(eq(notificationOutbox.target, 'local-only'));
    expect(row).toMatchObject({ state: 'pending', attempts: 1 });
    expect(row!.lastError).toMatch(/refused: 127\.0\.0\.1 resolves to non-public address/);
    expect(good.requests.some((r) => r.path === '/strict')).toBe(false);
  });
});
