// The sign-in rate limit, per account and per address, counted in the database so every instance of
// Marsad shares it: after 5 failed attempts on one account, or 20 from one address, within 15 minutes,
// sign-in waits until that window ends. Unknown accounts are counted like known ones (no enumeration).
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { deskSignInAttempts } from '@/lib/db/schema';

export const SIGN_IN_WINDOW_SEC = 15 * 60;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

const keysOf = (email: string, address: string) => ({ account: `account:${email.trim().toLowerCase()}`, address: `address:${address}` });

/** Seconds to wait before trying again (0: go ahead). */
export async function signInWait(db: Db, email: string, address: string, now = new Date()): Promise<number> {
  const keys = keysOf(email, address);
  const rows = await db.select().from(deskSignInAttempts).where(inArray(deskSignInAttempts.key, [keys.account, keys.address]));
  let wait = 0;
  for (const row of rows) {
    const limit = row.key === keys.account ? MAX_FAILURES_PER_ACCOUNT : MAX_FAILURES_PER_ADDRESS;
    const endsSec = Math.ceil((row.windowStart.getTime() + SIGN_IN_WINDOW_SEC * 1000 - now.getTime()) / 1000);
    if (row.failures >= limit && endsSec > 0) wait = Math.max(wait, endsSec);
  }
  return wait;
}

/** One failed attempt more for the account and the address (a window that has ended starts again). */
export async function recordSignInFailure(db: Db, email: string, address: string, now = new Date()): Promise<void> {
  const keys = keysOf(email, address);
  const expired = sql`${deskSignInAttempts.windowStart} < ${new Date(now.getTime() - SIGN_IN_WINDOW_SEC * 1000)}`;
  await db
    .insert(deskSignInAttempts)
    .values([keys.account, keys.address].map((key) => ({ key, failures: 1, windowStart: now })))
    .onConflictDoUpdate({
      target: deskSignInAttempts.key,
      set: {
        failures: sql`CASE WHEN ${expired} THEN 1 ELSE ${deskSignInAttempts.failures} + 1 END`,
        windowStart: sql`CASE WHEN ${expired} THEN excluded.window_start ELSE ${deskSignInAttempts.windowStart} END`,
      },
    });
}

/** A successful sign-in clears its account's count (never the address's: one good password does not excuse a spray). */
export async function clearAccountFailures(db: Db, email: string): Promise<void> {
  await db.delete(deskSignInAttempts).where(inArray(deskSignInAttempts.key, [keysOf(email, '').account]));
}
