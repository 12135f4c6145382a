// `npm run probe -- --vantage NAME`: the same scheduler and evaluation as the web process, alone, for a
// probe worker in another region or cloud, writing to the PostgreSQL of DATABASE_URL.
import { parseArgs } from 'node:util';
import { getCatalog } from '@/lib/catalog';
import { openDatabase, readDbConfig } from '@/lib/db/client';
import { log, logInfo } from '@/lib/log';
import { startProbing } from '@/lib/engine/probing';
import { readRuntimeConfig } from '@/lib/engine/runtime-config';

async function main() {
  const { values } = parseArgs({ options: { vantage: { type: 'string' } }, allowPositionals: false });
  const config = readRuntimeConfig({ ...process.env, ...(values.vantage && { MARSAD_VANTAGE: values.vantage }) });
  const catalog = getCatalog();
  const handle = await openDatabase(readDbConfig());
  const probing = await startProbing({
    handle,
    catalog,
    vantage: config.vantage,
    log,
    ...(config.configuredVantages && { configuredVantages: config.configuredVantages }),
    ...(config.evaluateEveryMs && { evaluateEveryMs: config.evaluateEveryMs }),
  });
  logInfo('probe worker started', { vantage: config.vantage, engine: handle.engine, location: handle.location });
  const shutdown = async (signal: string) => {
    logInfo('probe worker stopping', { signal });
    await probing.stop();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error(`\nThe Marsad probe worker could not start:\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
