// A lock that one process holds for as long as it lives: on PostgreSQL a session-level advisory lock on a
// connection kept out of the pool for it, freed by the server the moment that connection ends (the holder
// stopped, crashed or lost the network), so another process can take it over; on PGlite the one process
// that opened the data directory (lib/db/lock.ts) holds it by construction. Used so that exactly one
// process receives the Telegram bot's updates however many instances run (lib/engine/notify/bot-receiver.ts).
import type { Pool, PoolClient } from 'pg';
import type { DbHandle } from './client';

export interface SessionLock {
  /** Whether this process holds the lock: checks its connection is still alive (a lost connection lost the lock). */
  stillHeld(): Promise<boolean>;
  release(): Promise<void>;
}

/** Tries once; null when another process holds it. */
export async function tryTakeSessionLock(handle: DbHandle, key: number): Promise<SessionLock | null> {
  if (handle.engine === 'pglite') {
    let held = true;
    return { stillHeld: async () => held, release: async () => void (held = false) };
  }
  // drizzle's node-postgres database keeps its pool as $client (lib/db/client.ts hands it the pool).
  const pool = (handle.db as unknown as { $client: Pool }).$client;
  const client: PoolClient = await pool.connect();
  let broken = false;
  const onError = () => void (broken = true);
  client.on('error', onError);
  try {
    const result = await client.query<{ taken: boolean }>('select pg_try_advisory_lock($1) as taken', [key]);
    if (!result.rows[0]?.taken) {
      client.removeListener('error', onError);
      client.release();
      return null;
    }
  } catch (error) {
    client.release(true);
    throw error;
  }
  let released = false;
  return {
    async stillHeld() {
      if (released || broken) return false;
      try {
        await client.query('select 1');
        return true;
      } catch {
        broken = true;
        return false;
      }
    },
    async release() {
      if (released) return;
      released = true;
      // Destroyed, not returned to the pool: ending the session frees the lock even if the unlock fails.
      await client.query('select pg_advisory_unlock($1)', [key]).catch(() => undefined);
      client.removeListener('error', onError);
      client.release(true);
    },
  };
}
