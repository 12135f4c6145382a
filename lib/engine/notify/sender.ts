// The sender: claims due rows of the outbox (lib/db/outbox.ts), delivers each to its channel (webhook.ts,
// telegram-channel.ts) and records the outcome: delivered, tried again after a backoff with jitter, failed
// past the give-up window; a webhook endpoint answering 410, or failing for too long, is disabled. Several
// senders share the work on PostgreSQL (SKIP LOCKED and a lease); on PGlite the one process sends. Backlog,
// attempts and latency go to /api/metrics (lib/metrics.ts).
import { createHash } from 'node:crypto';
import type { DbHandle } from '@/lib/db/client';
import {
  claimDeliveries, disableWebhookEndpoint, markAttemptFailed, markDelivered, readOutboxBacklog, readWebhookEndpoint, recordEndpointOutcome, type OutboxRow,
} from '@/lib/db/outbox';
import type { Locale } from '@/lib/i18n/routing';
import { observeNotificationAttempt, observeNotificationDelivered, observeWebhookEndpointDisabled, setNotificationBacklog } from '@/lib/metrics';
import { nextAttemptAt } from '@/lib/notify/backoff';
import type { NotificationPayload } from '@/lib/notify/notification';
import { createTelegramLimiter, type TelegramLimiter } from '@/lib/notify/rate-limit';
import { isLoopbackUrl, type NotifySettings } from '@/lib/notify/settings';
import type { Log } from '@/lib/scheduler/scheduler';
import { tellEndpointOwner } from './endpoint-notice';
import type { DeliveryOutcome } from './outcome';
import { createTelegramApi, deliverChannelPost, deliverDirectMessage } from './telegram-channel';
import { deliverEmail } from './email';
import { deliverWebhook } from './webhook';

export interface NotifierOptions {
  handle: DbHandle;
  settings: NotifySettings;
  log: Log;
  now?: () => number;
  random?: () => number;
  /** Start the polling loop (default true); tests call runOnce() themselves. */
  poll?: boolean;
}

export interface Notifier {
  /** Claims and delivers one batch; returns how many rows it handled. */
  runOnce(): Promise<number>;
  /** Runs batches until nothing is due (tests and the benchmark). */
  drain(): Promise<number>;
  /** Reads the outbox's backlog into /api/metrics now (the loop does it every few seconds). */
  refreshMetrics(): Promise<void>;
  stop(): Promise<void>;
}

/** The webhook-id of a change: the same for every attempt and endpoint, so a receiver drops a repeat. */
export function webhookMessageId(changeKey: string): string {
  return `msg_${createHash('sha256').update(changeKey).digest('base64url').slice(0, 24)}`;
}

const BACKLOG_EVERY_MS = 5_000;
const WEBHOOK_CONCURRENCY = 16;

export function startNotifier(options: NotifierOptions): Notifier {
  const { handle, settings, log } = options;
  const { db } = handle;
  const now = options.now ?? Date.now;
  const telegram = settings.telegram;
  const api = telegram ? createTelegramApi(telegram) : null;
  const limiter: TelegramLimiter | null = telegram ? createTelegramLimiter({ chatGapMs: telegram.chatGapMs, perSecond: telegram.perSecond, now }) : null;

  async function sendWebhook(row: OutboxRow): Promise<DeliveryOutcome> {
    const endpoint = await readWebhookEndpoint(db, row.target);
    if (!endpoint || !endpoint.enabled) return { kind: 'failed', error: 'the endpoint was removed or disabled' };
    // The lab (MARSAD_LAB_NOTIFY=local): a simulated outage reaches receivers on this machine only.
    if (settings.webhook.onlyLoopback && !isLoopbackUrl(endpoint.url)) return { kind: 'failed', error: 'the lab delivers to receivers on this machine only (127.0.0.0/8)' };
    const outcome = await deliverWebhook({
      url: endpoint.url, secrets: endpoint.secrets, messageId: webhookMessageId(row.changeKey), payload: row.payload as unknown as NotificationPayload,
      now: now(), timeoutMs: settings.webhook.timeoutMs, allowLoopback: settings.webhook.allowLoopback,
    });
    if (outcome.kind === 'gone') {
      if (await disableWebhookEndpoint(db, endpoint.id, 'gone')) {
        observeWebhookEndpointDisabled('gone', false);
        log('warn', 'webhook endpoint answered 410 Gone: disabled', { endpoint: endpoint.id });
      }
      return outcome;
    }
    const failingSince = await recordEndpointOutcome(db, endpoint.id, outcome.kind === 'delivered', new Date(now()));
    if (outcome.kind === 'retry' && failingSince && now() - failingSince.getTime() >= settings.webhook.disableAfterMs) {
      // Deliveries to one endpoint run side by side: only the one that disabled it tells the owner.
      if (await disableWebhookEndpoint(db, endpoint.id, 'failing')) {
        const notice = await tellEndpointOwner({ endpoint, failingSince, email: settings.email });
        observeWebhookEndpointDisabled('failing', notice.told);
        log('warn', `webhook endpoint failing for too long: disabled (its owner must register it again); ${notice.told ? 'its owner was told by email' : `its owner was not told: ${notice.why}`}`, { endpoint: endpoint.id, since: failingSince.toISOString(), error: outcome.error });
      }
      return { kind: 'failed', error: `endpoint disabled after failing since ${failingSince.toISOString()}: ${outcome.error}` };
    }
    return outcome;
  }

  async function sendChannelPost(row: OutboxRow): Promise<DeliveryOutcome> {
    const chatId = telegram?.channels[row.target as Locale];
    if (!api || !limiter || !chatId) return { kind: 'failed', error: `no Telegram channel configured for "${row.target}"` };
    return deliverChannelPost({ db, api, limiter, chatId, locale: row.target as Locale, subjectId: row.subjectId, payload: row.payload as unknown as NotificationPayload, now });
  }

  async function sendDirect(row: OutboxRow): Promise<DeliveryOutcome> {
    if (!api || !limiter) return { kind: 'failed', error: 'no Telegram bot configured' };
    return deliverDirectMessage({ db, api, limiter, chatId: row.target, subjectId: row.subjectId, payload: row.payload as unknown as NotificationPayload, now });
  }

  async function sendEmail(row: OutboxRow): Promise<DeliveryOutcome> {
    if (!settings.email) return { kind: 'failed', error: 'no SMTP server configured (MARSAD_SMTP_URL)' };
    return deliverEmail({ db, settings: settings.email, subscriberId: row.target, payload: row.payload as unknown as NotificationPayload });
  }

  async function settle(row: OutboxRow, outcome: DeliveryOutcome): Promise<void> {
    const at = now();
    if (outcome.kind === 'delivered') {
      await markDelivered(db, row.id, new Date(at));
      observeNotificationDelivered(row.channel, at - row.createdAt.getTime());
      observeNotificationAttempt(row.channel, 'delivered');
      return;
    }
    if (outcome.kind === 'retry') {
      const next = nextAttemptAt({ attempts: row.attempts, createdAt: row.createdAt.getTime(), now: at, ...(outcome.retryAfterMs !== undefined && { retryAfterMs: outcome.retryAfterMs }) }, settings.retry, options.random);
      await markAttemptFailed(db, row.id, outcome.error, next === null ? null : new Date(next));
      observeNotificationAttempt(row.channel, next === null ? 'failed' : 'retry');
      if (next === null) log('warn', 'notification given up after the retry window', { id: row.id, channel: row.channel, target: row.target, error: outcome.error });
      return;
    }
    await markAttemptFailed(db, row.id, outcome.error, null);
    observeNotificationAttempt(row.channel, outcome.kind);
  }

  async function handle1(row: OutboxRow): Promise<void> {
    let outcome: DeliveryOutcome;
    try {
      outcome =
        row.channel === 'webhook' ? await sendWebhook(row)
        : row.channel === 'email' ? await sendEmail(row)
        : row.channel === 'telegram-channel' ? await sendChannelPost(row)
        : await sendDirect(row);
    } catch (error) {
      outcome = { kind: 'retry', error: (error as Error).message };
    }
    await settle(row, outcome);
  }

  /** Runs `work` over `rows` with at most `limit` at once. */
  async function pool<T>(rows: T[], limit: number, work: (row: T) => Promise<void>): Promise<void> {
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(limit, rows.length) }, async () => {
      while (next < rows.length) await work(rows[next++]!);
    }));
  }

  // Lanes, each claiming its own channels, so Telegram's pacing never holds a webhook or a mail back:
  // webhooks side by side, Telegram (channel posts and direct messages) one after another in claim order.
  const LANES = [
    { channels: ['webhook'] as const, concurrency: WEBHOOK_CONCURRENCY },
    { channels: ['telegram-channel', 'telegram-dm'] as const, concurrency: 1 },
    // Email: a few at once, as many as the transport's pooled SMTP connections.
    { channels: ['email'] as const, concurrency: 4 },
  ];
  async function runLane(lane: (typeof LANES)[number]): Promise<number> {
    const rows = await claimDeliveries(db, { now: new Date(now()), limit: settings.batchSize, leaseMs: settings.leaseMs, channels: lane.channels });
    await pool(rows, lane.concurrency, handle1);
    return rows.length;
  }

  async function runOnce(): Promise<number> {
    const counts = await Promise.all(LANES.map(runLane));
    return counts.reduce((a, b) => a + b, 0);
  }

  let lastBacklogAt = Number.NEGATIVE_INFINITY;
  async function refreshBacklog(force = false): Promise<void> {
    if (!force && now() - lastBacklogAt < BACKLOG_EVERY_MS) return;
    lastBacklogAt = now();
    const backlog = await readOutboxBacklog(db);
    const oldest: Record<string, number> = {};
    for (const b of backlog) {
      if (b.state === 'failed' || !b.oldest) continue;
      oldest[b.channel] = Math.max(oldest[b.channel] ?? 0, (now() - b.oldest.getTime()) / 1000);
    }
    setNotificationBacklog(backlog, oldest);
  }

  let stopped = false;
  const timers: (NodeJS.Timeout | null)[] = LANES.map(() => null);
  const running: Promise<unknown>[] = LANES.map(() => Promise.resolve());
  let warned = false;

  async function loop(i: number): Promise<void> {
    if (stopped) return;
    let handled = 0;
    try {
      handled = await runLane(LANES[i]!);
      await refreshBacklog();
      warned = false;
    } catch (error) {
      if (!warned) log('warn', 'could not deliver notifications; will try again', { error });
      warned = true;
    }
    if (!stopped) {
      const timer = setTimeout(() => void (running[i] = loop(i)), handled >= settings.batchSize ? 0 : settings.pollMs);
      timer.unref?.();
      timers[i] = timer;
    }
  }
  if (options.poll !== false) LANES.forEach((_, i) => (running[i] = loop(i)));

  return {
    runOnce,
    async drain() {
      let total = 0;
      for (let n = await runOnce(); n > 0; n = await runOnce()) total += n;
      await refreshBacklog();
      return total;
    },
    refreshMetrics: () => refreshBacklog(true),
    async stop() {
      stopped = true;
      for (const timer of timers) if (timer) clearTimeout(timer);
      await Promise.all(running);
    },
  };
}
