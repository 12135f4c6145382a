// `npm run probe -- --vantage NAME`: the same scheduler and evaluation as the web process, alone, for a
// probe worker in another region or cloud, writing to the PostgreSQL of DATABASE_URL. Assembled by the
// engine's one composition root (lib/engine/compose.ts).
import { parseArgs } from 'node:util';
import { logInfo } from '@/lib/log';
import { startEngine } from '@/lib/engine/compose';

async function main() {
  const { values } = parseArgs({ options: { vantage: { type: 'string' } }, allowPositionals: false });
  const engine = await startEngine({ role: 'worker', env: { ...process.env, ...(values.vantage && { MARSAD_VANTAGE: values.vantage }) } });
  logInfo('probe worker started', { vantage: engine.config.vantage, engine: engine.handle.engine, location: engine.handle.location });
  const shutdown = async (signal: string) => {
    logInfo('probe worker stopping', { signal });
    await engine.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error(`\nThe Marsad probe worker could not start:\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
