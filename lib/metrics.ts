// The metrics this process keeps between scrapes (prom-client): Node's own (process_*, nodejs_*) and
// the scheduler's lag as a histogram. What is read at scrape time (database, caches, counters held
// elsewhere) is added by lib/read-models/health.ts. Kept on globalThis: the scheduler runs in Next's
// instrumentation bundle and /api/metrics in a route bundle of the same process.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

interface Shared {
  registry: Registry;
  schedulerLag: Histogram;
  notifyAttempts: Counter<'channel' | 'outcome'>;
  notifyLatency: Histogram<'channel'>;
  notifyBacklog: Gauge<'channel' | 'state'>;
  notifyOldest: Gauge<'channel'>;
  endpointsDisabled: Counter<'reason' | 'owner_told'>;
}

const key = '__marsadMetrics';
type GlobalWithMetrics = typeof globalThis & { [key]?: Shared };

function shared(): Shared {
  const g = globalThis as GlobalWithMetrics;
  if (!g[key]) {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    // Gauges named like counters (promtool's lint says so); their per-type twins (nodejs_active_handles{type}) stay.
    for (const name of ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total']) registry.removeSingleMetric(name);
    const schedulerLag = new Histogram({
      name: 'marsad_scheduler_lag_seconds',
      help: "Time between a check's due time and its start.",
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
    // Notifications (lib/engine/notify): set by the process that sends.
    const notifyAttempts = new Counter({
      name: 'marsad_notification_attempts_total',
      help: 'Delivery attempts by this process, by channel and outcome (delivered, retry, failed, gone).',
      labelNames: ['channel', 'outcome'] as const,
      registers: [registry],
    });
    const notifyLatency = new Histogram({
      name: 'marsad_notification_delivery_seconds',
      help: 'Time from an incident change to its delivery, by channel.',
      labelNames: ['channel'] as const,
      buckets: [0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 21600, 86400],
      registers: [registry],
    });
    const notifyBacklog = new Gauge({
      name: 'marsad_notification_outbox_rows',
      help: 'Outbox rows not delivered, by channel and state (pending, sending, failed), as last read by this process.',
      labelNames: ['channel', 'state'] as const,
      registers: [registry],
    });
    const notifyOldest = new Gauge({
      name: 'marsad_notification_oldest_waiting_seconds',
      help: 'Age of the oldest change still waiting to be delivered, by channel.',
      labelNames: ['channel'] as const,
      registers: [registry],
    });
    const endpointsDisabled = new Counter({
      name: 'marsad_webhook_endpoints_disabled_total',
      help: 'Webhook endpoints this process disabled, by reason (gone: 410; failing: no success within MARSAD_WEBHOOK_DISABLE_AFTER_MS) and whether the owner was told by email (yes, no).',
      labelNames: ['reason', 'owner_told'] as const,
      registers: [registry],
    });
    g[key] = { registry, schedulerLag, notifyAttempts, notifyLatency, notifyBacklog, notifyOldest, endpointsDisabled };
  }
  return g[key];
}

/** The long-lived registry (Node's metrics and the histograms below). */
export function metricsRegistry(): Registry {
  return shared().registry;
}

/** One check started `lagMs` after it was due. */
export function observeSchedulerLag(lagMs: number): void {
  shared().schedulerLag.observe(Math.max(0, lagMs) / 1000);
}

/** One delivery attempt's outcome. */
export function observeNotificationAttempt(channel: string, outcome: 'delivered' | 'retry' | 'failed' | 'gone'): void {
  shared().notifyAttempts.inc({ channel, outcome });
}

/** A change delivered `latencyMs` after it happened. */
export function observeNotificationDelivered(channel: string, latencyMs: number): void {
  shared().notifyLatency.observe({ channel }, Math.max(0, latencyMs) / 1000);
}

/** A webhook endpoint disabled by the sender, and whether its owner was told by email. */
export function observeWebhookEndpointDisabled(reason: 'gone' | 'failing', ownerTold: boolean): void {
  shared().endpointsDisabled.inc({ reason, owner_told: ownerTold ? 'yes' : 'no' });
}

/** The outbox as just read: rows waiting or failed, and the oldest waiting change's age. */
export function setNotificationBacklog(rows: readonly { channel: string; state: string; rows: number }[], oldestAgeSec: Readonly<Record<string, number>>): void {
  const { notifyBacklog, notifyOldest } = shared();
  notifyBacklog.reset();
  notifyOldest.reset();
  for (const r of rows) notifyBacklog.set({ channel: r.channel, state: r.state }, r.rows);
  for (const [channel, age] of Object.entries(oldestAgeSec)) notifyOldest.set({ channel }, age);
}
