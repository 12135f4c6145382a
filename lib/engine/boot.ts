// Start-up of a web process: validate the configuration and the catalog, open and migrate the
// database (taking the embedded database's lock), run the start-up tasks, then start probing. Any
// failure stops the process with a clear message: a server that stays up answering 500 is worse.
import { getCatalog } from '@/lib/catalog';
import { getDatabase } from '@/lib/db/client';
import { log, logInfo } from '@/lib/log';
import { configuredOrigin } from '@/lib/open-data/seo';
import { startProbing, type Probing } from '@/lib/engine/probing';
import { readRuntimeConfig } from '@/lib/engine/runtime-config';
import { runStartupTasks } from '@/lib/engine/startup-tasks';

const probingKey = '__marsadProbing';
type GlobalWithProbing = typeof globalThis & { [probingKey]?: Probing };

/** The probing of this process, if it probes (for health and metrics). */
export function getProbing(): Probing | undefined {
  return (globalThis as GlobalWithProbing)[probingKey];
}

export async function boot(): Promise<void> {
  try {
    const config = readRuntimeConfig();
    const catalog = getCatalog();
    const handle = await getDatabase();
    await runStartupTasks(handle);
    logInfo('database ready', { engine: handle.engine, location: handle.location, services: catalog.services.length });
    if (!configuredOrigin()) log('warn', 'MARSAD_PUBLIC_URL is not set: canonical and hreflang URLs stay relative, and share cards carry no image');
    if (config.probes) {
      (globalThis as GlobalWithProbing)[probingKey] = await startProbing({
        handle,
        catalog,
        vantage: config.vantage,
        log,
        ...(config.configuredVantages && { configuredVantages: config.configuredVantages }),
        ...(config.evaluateEveryMs && { evaluateEveryMs: config.evaluateEveryMs }),
      });
      logInfo('probing started', { vantage: config.vantage, monitors: catalog.services.reduce((n, s) => n + s.monitors.length, catalog.canaries.length) });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`\nMarsad could not start:\n${message}\n`);
    process.exit(1);
  }
}
