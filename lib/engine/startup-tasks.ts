// Work every web process does once its database is open, before it serves pages: each task must be
// idempotent (two processes may run it at once against one PostgreSQL).
import type { DbHandle } from '@/lib/db/client';
import { seedPastIncidents } from '@/lib/db/incidents';
import { logInfo } from '@/lib/log';

export async function runStartupTasks(handle: DbHandle): Promise<void> {
  // The past incidents live in code (lib/incidents); the pages read them from the database, beside the
  // incidents Marsad detects itself. A changed event is rewritten; an unchanged one is not touched.
  const seeded = await seedPastIncidents(handle.db);
  logInfo('past incidents seeded', { ...seeded });
}
