// `npm run bench:notify [-- --subscribers 10000 --endpoints 1000]`: one incident change fanned out to bot
// subscribers (a fake Bot API on 127.0.0.1 that enforces Telegram's limits: 1 message a second per chat,
// 30 a second overall, 429 beyond) and webhook endpoints (one receiver on 127.0.0.1), through the real
// outbox and sender on a fresh embedded database. Prints the time to queue the fan-out, the time until the
// last delivery, deliveries a second, database transactions per delivery, peak memory and 429s received.
// Email is not written yet, and the public pages' latency needs `npm start` beside it (not measured here).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDatabase, readDbConfig } from '@/lib/db/client';
import { enqueueNotifications, readOutboxBacklog } from '@/lib/db/outbox';
import { notificationOutbox, telegramSubscribers, telegramSubscriptions, webhookEndpoints } from '@/lib/db/schema';
import { startNotifier } from '@/lib/engine/notify/sender';
import { buildNotification } from '@/lib/notify/notification';
import { readNotifySettings } from '@/lib/notify/settings';
import { generateWebhookSecret } from '@/lib/notify/signing';
import { sendText, startFakeServer } from '../tests/fixtures/fake-upstreams/http-server';
import { startFakeTelegram } from '../tests/fixtures/fake-upstreams/telegram';

const { values } = parseArgs({ options: { subscribers: { type: 'string', default: '10000' }, endpoints: { type: 'string', default: '1000' } } });
const subscribers = Number(values.subscribers);
const endpoints = Number(values.endpoints);

async function transactions(db: Awaited<ReturnType<typeof openDatabase>>['db']): Promise<number> {
  const result = (await db.execute(sql`select xact_commit::int as n from pg_stat_database where datname = current_database()`)) as unknown as { rows: { n: number }[] };
  return Number(result.rows[0]?.n ?? 0);
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-bench-notify-'));
  const handle = await openDatabase({ ...readDbConfig({ MARSAD_DATA_DIR: dataDir }), databaseUrl: undefined });
  const telegram = await startFakeTelegram({ minGapMs: 1000, perSecond: 30 });
  const receiver = await startFakeServer((_req, res) => sendText(res, 204, ''));
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  try {
    const { db } = handle;
    const secret = generateWebhookSecret();
    for (let i = 0; i < endpoints; i += 1000) {
      await db.insert(webhookEndpoints).values(Array.from({ length: Math.min(1000, endpoints - i) }, (_, k) => ({ id: `e${i + k}`, url: `${receiver.url}/e/${i + k}`, secrets: [secret] })));
    }
    for (let i = 0; i < subscribers; i += 1000) {
      const chunk = Array.from({ length: Math.min(1000, subscribers - i) }, (_, k) => `${1_000_000 + i + k}`);
      await db.insert(telegramSubscribers).values(chunk.map((chatId, k) => ({ chatId, locale: k % 2 ? ('en' as const) : ('ar' as const) })));
      await db.insert(telegramSubscriptions).values(chunk.map((chatId) => ({ chatId, scope: 'all' })));
    }
    const settings = readNotifySettings({ MARSAD_WEBHOOK_ALLOW_LOOPBACK: 'on', MARSAD_TELEGRAM_BOT_TOKEN: telegram.token, MARSAD_TELEGRAM_API_ROOT: telegram.url, MARSAD_NOTIFY_POLL_MS: '50' });
    const change = buildNotification({
      data: { id: 'bench-2026-12-06-1200', kind: 'service', change: 'opened', title: { ar: 'Bench: انقطاع كبير', en: 'Bench: major outage' }, serviceId: 'bench', provider: null, region: null, status: 'major_outage', startedAt: new Date().toISOString(), endedAt: null },
      told: 'bench', occurredAt: Date.now(), origin: 'https://marsad.example',
    });

    const tx0 = await transactions(db);
    const t0 = performance.now();
    const queued = await db.transaction((tx) => enqueueNotifications(tx, [change], { telegramChannels: [], telegramSubscribers: { groupOf: () => 'exchange' } }));
    const queuedMs = performance.now() - t0;
    const notifier = startNotifier({ handle, settings, log: () => undefined });
    let webhooksDoneMs: number | null = null;
    for (;;) {
      await new Promise((r) => setTimeout(r, 250));
      const backlog = await readOutboxBacklog(db);
      const waiting = (channel: string) => backlog.filter((b) => b.channel === channel && b.state !== 'failed').reduce((n, b) => n + b.rows, 0);
      if (webhooksDoneMs === null && waiting('webhook') === 0) webhooksDoneMs = performance.now() - t0;
      if (waiting('webhook') + waiting('telegram-dm') === 0) break;
    }
    const totalMs = performance.now() - t0;
    await notifier.stop();
    const delivered = Number(((await db.execute(sql`select count(*)::int as n from ${notificationOutbox} where state = 'delivered'`)) as unknown as { rows: { n: number }[] }).rows[0]!.n);
    const tx = (await transactions(db)) - tx0;
    console.log(JSON.stringify({
      subscribers, endpoints, queued, queueMs: Math.round(queuedMs), delivered,
      webhooksDoneSec: webhooksDoneMs === null ? null : +(webhooksDoneMs / 1000).toFixed(1),
      lastDeliverySec: +(totalMs / 1000).toFixed(1), deliveriesPerSec: Math.round(delivered / (totalMs / 1000)),
      transactionsPerDelivery: +(tx / Math.max(1, delivered)).toFixed(2), peakRssMb: Math.round(peakRss / 2 ** 20),
      telegram429: telegram.tooFast, telegramMessages: telegram.messages.length, webhookRequests: receiver.requests.length,
    }, null, 2));
  } finally {
    clearInterval(sampler);
    await telegram.close();
    await receiver.close();
    await handle.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
