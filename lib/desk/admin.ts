// The first admin (and any later one): made by `npm run desk:admin -- --email …`, never by a default
// password. The password is generated here (24 random characters), printed once, and only its hash is
// kept. An existing account with that email becomes admin and gets a new password.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { deskAccounts, deskAudit, deskUsers } from '@/lib/db/schema';
import { createDeskAuth, deskSecretOf } from './auth';

export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

export const deskEmail = z.string().trim().toLowerCase().pipe(z.email().max(254));

/**
 * A new account with a generated password, returned once (only its hash is kept), and its audit row.
 * Used by `desk:admin` and by an admin on the desk's users page (lib/desk/users.ts). The email must
 * be free (the caller checks).
 */
export async function createAccount(
  db: Db,
  account: { email: string; role: 'editor' | 'admin'; name?: string },
  actorId: string | null,
): Promise<{ id: string; email: string; password: string }> {
  const auth = createDeskAuth(db, await deskSecretOf(db));
  const ctx = await auth.$context;
  const password = generatePassword();
  const hash = await ctx.password.hash(password);
  const { email, role } = account;
  const user = await ctx.internalAdapter.createUser({ email, name: account.name ?? email.split('@')[0]!, emailVerified: true, role }, { method: 'admin' });
  await ctx.internalAdapter.linkAccount({ userId: user.id, providerId: 'credential', accountId: user.id, password: hash });
  await db.insert(deskAudit).values({ actorId, action: actorId ? 'user.create' : 'user.admin', target: user.id, before: null, after: { email, role } });
  return { id: user.id, email, password };
}

export async function createAdmin(db: Db, emailRaw: string, name?: string): Promise<{ email: string; password: string; created: boolean }> {
  const email = deskEmail.parse(emailRaw);
  const [existing] = await db.select().from(deskUsers).where(eq(deskUsers.email, email));
  if (existing) {
    const auth = createDeskAuth(db, await deskSecretOf(db));
    const ctx = await auth.$context;
    const password = generatePassword();
    const hash = await ctx.password.hash(password);
    await db.transaction(async (tx) => {
      // The way back in: a disabled account made admin here is enabled again.
      await tx.update(deskUsers).set({ role: 'admin', disabledAt: null, updatedAt: new Date() }).where(eq(deskUsers.id, existing.id));
      const [account] = await tx.select().from(deskAccounts).where(eq(deskAccounts.userId, existing.id));
      if (account) await tx.update(deskAccounts).set({ password: hash, updatedAt: new Date() }).where(eq(deskAccounts.id, account.id));
      else await tx.insert(deskAccounts).values({ id: randomBytes(16).toString('hex'), userId: existing.id, accountId: existing.id, providerId: 'credential', password: hash });
      await tx.insert(deskAudit).values({ actorId: null, action: 'user.admin', target: existing.id, before: { role: existing.role, disabled: existing.disabledAt !== null }, after: { role: 'admin', disabled: false, password: 'reset' } });
    });
    return { email, password, created: false };
  }
  const created = await createAccount(db, { email, role: 'admin', name }, null);
  return { email, password: created.password, created: true };
}
