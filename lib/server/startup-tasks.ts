// Work every web process does once its database is open, before it serves pages: each task must be
// idempotent (two processes may run it at once against one PostgreSQL).
import type { DbHandle } from '@/lib/db/client';

export async function runStartupTasks(_handle: DbHandle): Promise<void> {
  // Tasks are added here (e.g. seeding the past incidents).
}
