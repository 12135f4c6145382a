// The one composition root of the engine: every process that probes or evaluates starts here, the web
// server (lib/engine/boot.ts), the standalone worker (scripts/probe-worker.ts) and the benchmark
// (scripts/bench-probes.ts). It checks the settings, loads the catalog, opens the database, runs the
// start-up tasks where the web process runs them, and starts probing. Tests and the benchmark inject
// the catalog, the database, fetch, the clock and the windows instead.
import { getCatalog } from '@/lib/catalog';
import type { Catalog } from '@/lib/catalog/schema';
import { getDatabase, openDatabase, readDbConfig, type DbHandle } from '@/lib/db/client';
import { log as defaultLog, logInfo } from '@/lib/log';
import type { Log } from '@/lib/scheduler/scheduler';
import { startProbing, type Probing } from '@/lib/engine/probing';
import { readRangeRefreshSettings, startRangesFromSettings } from '@/lib/exposure/refresh';
import { readRuntimeConfig, type RuntimeConfig } from '@/lib/engine/runtime-config';
import { runStartupTasks } from '@/lib/engine/startup-tasks';
import type { Clock, EngineWindows } from '@/lib/engine/windows';
import { startNotifier, type Notifier } from '@/lib/engine/notify/sender';
import { startBotReceiver } from '@/lib/engine/notify/bot-receiver';
import { readNotifySettings, telegramChannelTargets } from '@/lib/notify/settings';
import { siteOrigin } from '@/lib/open-data/seo';
import { readPublishGeneration } from '@/lib/db/publish-generation';
import { emitPublished, startPublishWatch, type PublishWatch } from '@/lib/engine/publish-watch';

/**
 * `web`: the shared database of the Next process, start-up tasks, probing unless MARSAD_PROBES=off, and
 * its probing published for health and metrics. `worker`: a database of its own (DATABASE_URL), always
 * probing. `bench`: like a worker, on what the caller injects.
 */
export type EngineRole = 'web' | 'worker' | 'bench';

export interface EngineOptions {
  role: EngineRole;
  /** Where the settings are read from (default process.env). */
  env?: Record<string, string | undefined>;
  catalog?: Catalog;
  /** A database the caller opened (and closes); by default the role's own. */
  handle?: DbHandle;
  fetch?: typeof fetch;
  now?: Clock;
  windows?: Partial<EngineWindows>;
  /** Derive statuses (default true); the benchmark measures probing alone unless asked. */
  evaluate?: boolean;
  concurrency?: number;
  maxConcurrentPerHost?: number;
  log?: Log;
}

export interface Engine {
  config: RuntimeConfig;
  catalog: Catalog;
  handle: DbHandle;
  /** null when this process does not probe (MARSAD_PROBES=off on the web). */
  probing: Probing | null;
  /** The notification sender, when this process sends (the web process unless MARSAD_NOTIFY=off; a worker only with MARSAD_NOTIFY=on). */
  notifier: Notifier | null;
  /** Stops probing, and closes the database if this root opened it for a worker. */
  stop(): Promise<void>;
}

const probingKey = '__marsadProbing';
type GlobalWithProbing = typeof globalThis & { [probingKey]?: Probing };

/** The web process's probing, if it probes (for health and metrics). On globalThis: Next bundles modules twice. */
export function getProbing(): Probing | undefined {
  return (globalThis as GlobalWithProbing)[probingKey];
}

export async function startEngine(options: EngineOptions): Promise<Engine> {
  const { role } = options;
  const env = options.env ?? process.env;
  const log = options.log ?? defaultLog;
  const config = readRuntimeConfig(env);
  const rangeSettings = readRangeRefreshSettings(env);
  const notifySettings = readNotifySettings(env);
  const catalog = options.catalog ?? getCatalog(env);
  const ownsHandle = !options.handle && role !== 'web';
  const handle = options.handle ?? (role === 'web' ? await getDatabase() : await openDatabase(readDbConfig(env)));
  try {
    // Seeding is the web process's job: a worker may point at a database a web process also serves.
    if (role === 'web') await runStartupTasks(handle);
    // Address ranges for the exposure map (lib/exposure): where results are read, not in the benchmark.
    const ranges = role === 'bench' ? null : startRangesFromSettings(rangeSettings, { log });
    logInfo('database ready', { role, engine: handle.engine, location: handle.location, services: catalog.services.length });

    const probes = role !== 'web' || config.probes;
    const probing = probes
      ? await startProbing({
          handle,
          catalog,
          vantage: config.vantage,
          log,
          ...(config.configuredVantages && { configuredVantages: config.configuredVantages }),
          windows: { ...(config.evaluateEveryMs && { evaluateEveryMs: config.evaluateEveryMs }), ...config.windows, ...options.windows },
          notify: {
            origin: siteOrigin(env),
            telegramChannels: telegramChannelTargets(notifySettings),
            ...(notifySettings.telegram && { telegramSubscribers: { groupOf: (id: string) => catalog.services.find((s) => s.id === id)?.category ?? null } }),
            ...(notifySettings.email && { emailSubscribers: { groupOf: (id: string) => catalog.services.find((s) => s.id === id)?.category ?? null } }),
          },
          ...(options.evaluate !== undefined && { evaluate: options.evaluate }),
          ...(options.fetch && { fetch: options.fetch }),
          ...(options.now && { now: options.now }),
          ...(options.concurrency && { concurrency: options.concurrency }),
          ...(options.maxConcurrentPerHost && { maxConcurrentPerHost: options.maxConcurrentPerHost }),
        })
      : null;
    if (probing) {
      logInfo('probing started', { role, vantage: config.vantage, monitors: catalog.services.reduce((n, s) => n + s.monitors.length, catalog.canaries.length) });
      if (role === 'web') (globalThis as GlobalWithProbing)[probingKey] = probing;
    }
    // Who sends: every outbox row is claimed by one sender (SKIP LOCKED and a lease), so any number of
    // processes may send on PostgreSQL; by default the web process does, and on PGlite it is the only one.
    const sends = role !== 'bench' && (env.MARSAD_NOTIFY === undefined || env.MARSAD_NOTIFY === '' ? role === 'web' : notifySettings.send);
    const notifier = sends ? startNotifier({ handle, settings: notifySettings, log, ...(options.now && { now: options.now }) }) : null;
    if (notifier) logInfo('notifications: sending', { role, telegram: notifySettings.telegram ? telegramChannelTargets(notifySettings) : 'off' });
    // The bot's updates (MARSAD_TELEGRAM_UPDATES): polling in the one process holding the receiver's lock,
    // or by webhook (this registers the URL; the route /api/telegram/webhook handles each update).
    const botReceiver = role !== 'bench' && notifySettings.telegram ? startBotReceiver({ handle, settings: notifySettings.telegram, catalog, log }) : null;
    // What editors publish reaches the front cache within about a second, on every instance.
    const publishWatch: PublishWatch | null =
      role === 'web' && config.publishWatchMs > 0
        ? startPublishWatch({ read: () => readPublishGeneration(handle.db), everyMs: config.publishWatchMs, onPublished: emitPublished, log })
        : null;
    return {
      config,
      catalog,
      handle,
      probing,
      notifier,
      async stop() {
        publishWatch?.stop();
        if (probing && getProbing() === probing) delete (globalThis as GlobalWithProbing)[probingKey];
        ranges?.stop();
        await notifier?.stop();
        await botReceiver?.stop();
        await probing?.stop();
        if (ownsHandle) await handle.close();
      },
    };
  } catch (error) {
    if (ownsHandle) await handle.close().catch(() => undefined);
    throw error;
  }
}
