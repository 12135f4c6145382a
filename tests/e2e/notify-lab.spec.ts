// Notifications end to end, from a lab incident (npm run lab's world, docs/lab.md) to every channel, on the
// real production server in lab mode. The lab forbids real notifications; MARSAD_LAB_NOTIFY=local lets this
// server send to fakes on this machine only: a fake Telegram Bot API (Telegram's limits enforced) and a
// webhook receiver that verifies every signature with the Standard Webhooks reference library. Two
// visitors subscribe through the bot's webhook (/api/telegram/webhook, through the front server), one in
// Arabic and one in English; the webhook endpoint is registered with `npm run webhooks -- add` before the
// server starts, as an operator does on the embedded database. Lab Exchange A fails, its company
// acknowledges the incident on its status page, it recovers: the receiver, both channels, both bot
// subscribers and an email reader (subscribed with double opt-in through the API, mail at a local SMTP
// server) get the opening, the update and the resolution, each change once and in order, in their language.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Webhook } from 'standardwebhooks';
import { expect, test } from './fixtures';
import { startTestServer, type TestServer } from './helpers/server';
import { E2E_PACE, labRangeTable } from '../../scripts/lab/catalog';
import { labServerEnv } from '../../scripts/lab/settings';
import { startLabWorld, writeLabCatalog, type LabWorld } from '../../scripts/lab/world';
import { startFakeServer, sendText, type FakeServer } from '../fixtures/fake-upstreams/http-server';
import { startFakeTelegram, type FakeTelegram } from '../fixtures/fake-upstreams/telegram';
import { startLocalSmtp, type LocalSmtp } from '../helpers/smtp';

test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.E2E_NOTIFY_LAB_PORT ?? 3178);
const SECRET = 'notify-lab-e2e-0123456789abcdefghijklmnop';
const CHANNELS = { ar: '@marsad_lab_ar', en: '@marsad_lab_en' } as const;
const AR_CHAT = 7001;
const EN_CHAT = 7002;
const SERVICE = 'lab-exchange-a';

interface Received {
  id: string;
  type: string;
  subject: string;
  change: string;
}

let world: LabWorld;
let telegram: FakeTelegram;
let receiver: FakeServer;
let smtp: LocalSmtp;
const READER = 'reader@example.test';
let server: TestServer;
let webhookSecret = '';
/** Every webhook POST, verified (a bad signature fails the test). */
const received: Received[] = [];
const badSignatures: string[] = [];

const start = (chatId: number, payload: string, languageCode: string) => ({
  message: {
    message_id: chatId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private', first_name: 'Visitor' },
    from: { id: chatId, is_bot: false, first_name: 'Visitor', language_code: languageCode }, text: `/start ${payload}`,
    entities: [{ type: 'bot_command', offset: 0, length: 6 }],
  },
});
const textsTo = (chat: string | number) => telegram.messages.filter((m) => m.chatId === String(chat));

test.beforeAll(async () => {
  test.setTimeout(120_000);
  world = await startLabWorld({ pace: E2E_PACE });
  telegram = await startFakeTelegram({ minGapMs: 1000, perSecond: 30 });
  smtp = await startLocalSmtp();
  receiver = await startFakeServer((req, res, body) => {
    try {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      const payload = new Webhook(webhookSecret).verify(body, headers) as { type: string; data: { id: string; serviceId: string | null; change: string } };
      if (payload.data.serviceId === SERVICE) received.push({ id: headers['webhook-id']!, type: payload.type, subject: payload.data.id, change: payload.data.change });
      sendText(res, 204, '');
    } catch (error) {
      badSignatures.push(String(error));
      sendText(res, 400, 'bad signature');
    }
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-notify-lab-e2e-'));
  const dataDir = path.join(dir, 'data');
  const catalogFile = writeLabCatalog(world, dir);
  const rangesFile = path.join(dir, 'lab-ranges.json');
  fs.writeFileSync(rangesFile, JSON.stringify(labRangeTable(new Date().toISOString().slice(0, 10))));

  // The operator registers the endpoint on the embedded database before the server starts (it holds it).
  const add = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/webhooks.ts', 'add', 'lab-receiver', `${receiver.url}/hook`], {
    env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: '', MARSAD_DATA_DIR: dataDir, MARSAD_WEBHOOK_ALLOW_LOOPBACK: 'on' },
    encoding: 'utf8',
  });
  expect(add.status, add.stderr).toBe(0);
  webhookSecret = /secret \(shown once[^)]*\): (whsec_\S+)/.exec(add.stdout)![1]!;

  server = await startTestServer(PORT, {
    ...labServerEnv({ catalogFile, dataDir, port: PORT, pace: E2E_PACE, rangesFile }),
    MARSAD_LAB_NOTIFY: 'local',
    MARSAD_NOTIFY: 'on',
    MARSAD_NOTIFY_POLL_MS: '200',
    MARSAD_PUBLIC_URL: `http://127.0.0.1:${PORT}`,
    MARSAD_TELEGRAM_BOT_TOKEN: telegram.token,
    MARSAD_TELEGRAM_API_ROOT: telegram.url,
    MARSAD_TELEGRAM_CHANNEL_AR: CHANNELS.ar,
    MARSAD_TELEGRAM_CHANNEL_EN: CHANNELS.en,
    MARSAD_TELEGRAM_UPDATES: 'webhook',
    MARSAD_TELEGRAM_WEBHOOK_SECRET: SECRET,
    MARSAD_SMTP_URL: smtp.url,
  });
  // Marsad must see Lab Exchange A working before it fails.
  await expect
    .poll(async () => {
      const body = (await (await fetch(`${server.url}/api/status`)).json()) as { services: { id: string; status: string }[] };
      return body.services.find((s) => s.id === SERVICE)?.status;
    }, { timeout: 45_000, intervals: [500] })
    .toBe('operational');
});

test.afterAll(async () => {
  await server?.stop();
  await Promise.all([world?.close(), telegram?.close(), receiver?.close(), smtp?.close()]);
});

test('a reader subscribes by email (double opt-in), two visitors through the bot\'s webhook, each in their language', async () => {
  const asked = await fetch(`${server.url}/api/subscribe/email`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: READER, scope: `service:${SERVICE}`, locale: 'ar' }) });
  expect(asked.status).toBe(202);
  const confirmation = await smtp.waitFor((m) => m.to.includes(READER), 15_000);
  const token = /[?&]token=([A-Za-z0-9_-]+)/.exec(confirmation.text)![1]!;
  const confirmed = await fetch(`${server.url}/api/subscribe/confirm`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token, locale: 'ar' }) });
  expect(confirmed.status).toBe(200);

  await expect.poll(() => telegram.webhook, { timeout: 15_000 }).toEqual({ url: `http://127.0.0.1:${PORT}/api/telegram/webhook`, secretToken: SECRET, allowedUpdates: ['message', 'my_chat_member'] });
  telegram.pushUpdate(start(AR_CHAT, `ar_s_${SERVICE}`, 'en'));
  telegram.pushUpdate(start(EN_CHAT, `en_s_${SERVICE}`, 'ar'));
  // Telegram's POSTs go through the front server to the route; a wrong secret is refused there.
  const wrong = await fetch(`${server.url}/api/telegram/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'x'.repeat(40) }, body: '{"update_id":1}' });
  expect(wrong.status).toBe(401);
  expect(await telegram.deliverToWebhook()).toEqual([200, 200]);
  expect(textsTo(AR_CHAT).map((m) => m.texts[0])).toEqual([expect.stringMatching(/^تم الاشتراك: LabEx A\./)]);
  expect(textsTo(EN_CHAT).map((m) => m.texts[0])).toEqual([expect.stringMatching(/^Subscribed: LabEx A\./)]);
});

test('a lab incident opens, is acknowledged and resolves: every channel gets each change once, in order, in its language', async () => {
  test.setTimeout(110_000);
  const types = () => received.map((r) => r.type);
  world.apply({ kind: 'exchange-api-error', service: SERVICE });
  await expect.poll(types, { timeout: 30_000, intervals: [250] }).toContain('incident.created');
  world.apply({ kind: 'status-page-open', service: SERVICE });
  await expect.poll(() => received.some((r) => r.change === 'acknowledged'), { timeout: 30_000, intervals: [250] }).toBe(true);
  world.apply({ kind: 'status-page-resolve', service: SERVICE });
  world.apply({ kind: 'exchange-recover', service: SERVICE });
  await expect.poll(types, { timeout: 45_000, intervals: [250] }).toContain('incident.resolved');
  // Deliveries still in flight (a direct message waits a second after the last one to its chat) land.
  await expect.poll(() => [textsTo(AR_CHAT).length, textsTo(EN_CHAT).length], { timeout: 20_000 }).toEqual([1 + received.length, 1 + received.length]);
  await new Promise((r) => setTimeout(r, 2000));

  // The webhook: signed (verified above), one incident, opening first, resolution last, each change once.
  expect(badSignatures).toEqual([]);
  expect(new Set(received.map((r) => r.subject)).size).toBe(1);
  expect(new Set(received.map((r) => r.id)).size).toBe(received.length);
  expect(types()[0]).toBe('incident.created');
  expect(types().at(-1)).toBe('incident.resolved');
  expect(types().slice(1, -1).length).toBeGreaterThanOrEqual(1);
  expect(types().slice(1, -1).every((t) => t === 'incident.updated')).toBe(true);
  expect(received.map((r) => r.change)).toContain('acknowledged');
  const changes = received.length;

  // The subscribers: one message per change, after their welcome, in their language and in the same order.
  const ar = textsTo(AR_CHAT).slice(1).map((m) => m.texts);
  const en = textsTo(EN_CHAT).slice(1).map((m) => m.texts);
  expect([ar.length, en.length]).toEqual([changes, changes]);
  expect([...ar, ...en].every((texts) => texts.length === 1)).toBe(true);
  expect(ar[0]![0]).toMatch(/^🔴 .*\nالحالة الآن: /);
  expect(ar.some(([t]) => t!.includes('أعلنت الشركة الحادثة على صفحة حالتها.'))).toBe(true);
  expect(ar.at(-1)![0]).toMatch(/^✅ .*\nانتهت الحادثة\./);
  expect(en[0]![0]).toMatch(/^🔴 .*\nStatus now: /);
  expect(en.some(([t]) => t!.includes('The company acknowledged it on its status page.'))).toBe(true);
  expect(en.at(-1)![0]).toMatch(/^✅ .*\nThe incident is over\./);
  expect(en.every(([t]) => !/[\u0600-\u06FF]/.test(t!) && t!.includes(`http://127.0.0.1:${PORT}/en/incidents/`))).toBe(true);
  expect(ar.every(([t]) => /[\u0600-\u06FF]/.test(t!) && t!.includes(`http://127.0.0.1:${PORT}/incidents/`))).toBe(true);

  // The email reader: one Arabic mail per change, in order, each with its one-click unsubscribe.
  await expect.poll(() => smtp.mails.filter((m) => m.to.includes(READER)).length, { timeout: 20_000 }).toBe(1 + changes);
  const mails = smtp.mails.filter((m) => m.to.includes(READER)).slice(1);
  expect(mails.every((m) => m.headers['content-language'] === 'ar' && m.headers['list-unsubscribe-post'] === 'List-Unsubscribe=One-Click' && /[\u0600-\u06FF]/.test(m.subject))).toBe(true);
  expect(mails[0]!.subject).not.toMatch(/^انتهت:/);
  expect(mails.at(-1)!.subject).toMatch(/^انتهت:/);

  // The channels: one post per language, edited in place at each change (a change that alters nothing the
  // post shows is "not modified" for Telegram, so at most one text per change), the last the resolution.
  for (const locale of ['ar', 'en'] as const) {
    const posts = textsTo(CHANNELS[locale]);
    expect(posts, locale).toHaveLength(1);
    const texts = posts[0]!.texts;
    expect(texts.length, locale).toBeGreaterThanOrEqual(3);
    expect(texts.length, locale).toBeLessThanOrEqual(changes);
    expect(texts[0], locale).toMatch(/^🔴 /);
    expect(texts.some((t) => t.includes(locale === 'ar' ? 'أعلنت الشركة الحادثة' : 'The company acknowledged it')), locale).toBe(true);
    expect(texts.at(-1), locale).toMatch(locale === 'ar' ? /^✅ [\s\S]*انتهت الحادثة\./ : /^✅ [\s\S]*The incident is over\./);
  }
  // Nothing more arrives (each change once): the outbox empties. A row is marked sent just after its
  // receiver has it, so the last ones may still say "sending" for a moment: wait for the gauge, then check
  // that nothing was delivered twice meanwhile.
  const waiting = async () => (await (await fetch(`${server.url}/api/metrics`)).text()).match(/marsad_notification_outbox_rows\{channel="[^"]+",state="(pending|sending|failed)"\} [1-9]/)?.[0] ?? null;
  await expect.poll(waiting, { timeout: 10_000 }).toBeNull();
  expect(smtp.mails.filter((m) => m.to.includes(READER))).toHaveLength(1 + changes);
  expect(received).toHaveLength(changes);
});
