// Start-up of a web process (called from instrumentation.ts): the engine's one composition root
// (lib/engine/compose.ts) with the web role, plus the web-only warning about the public URL. Any failure
// stops the process with a clear message: a server that stays up answering 500 is worse.
import { muteOutageErrorsInConsole } from '@/lib/db/health-state';
import { log } from '@/lib/log';
import { configuredOrigin } from '@/lib/open-data/seo';
import { startEngine } from '@/lib/engine/compose';

export { getProbing } from '@/lib/engine/compose';

export async function boot(): Promise<void> {
  muteOutageErrorsInConsole();
  try {
    await startEngine({ role: 'web' });
    if (!configuredOrigin()) log('warn', 'MARSAD_PUBLIC_URL is not set: canonical and hreflang URLs stay relative, and share cards carry no image');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`\nMarsad could not start:\n${message}\n`);
    process.exit(1);
  }
}
