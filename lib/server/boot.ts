// Start-up of a web process: validate the catalog, open and migrate the database (taking the embedded
// database's lock), then start probing. Any failure stops the process with a clear message: a
// server that stays up answering 500 is worse than one that does not start.
import { getCatalog } from '@/lib/catalog';
import { getDatabase } from '@/lib/db/client';
import { logInfo } from './http';
import { runStartupTasks } from './startup-tasks';

export async function boot(): Promise<void> {
  try {
    const catalog = getCatalog();
    const handle = await getDatabase();
    await runStartupTasks(handle);
    logInfo('database ready', { engine: handle.engine, location: handle.location, services: catalog.services.length });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`\nMarsad could not start:\n${message}\n`);
    process.exit(1);
  }
}
