// The small team's accounts, managed by an admin on the desk: create an editor or admin (a generated
// password shown once, by lib/desk/admin.ts's createAccount, as `npm run desk:admin` does), change a
// role, disable an account (its sessions are revoked at once, by better-auth) or enable it again. The
// last active admin can be neither demoted nor disabled: the desk would have no one to run it. Every
// write leaves its audit row.
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { deskAudit, deskSessions, deskUsers } from '@/lib/db/schema';
import { createAccount, deskEmail } from './admin';
import { createDeskAuth, deskSecretOf } from './auth';
import type { Actor } from './incidents';

export const DESK_ROLES = ['editor', 'admin'] as const;
export type DeskRole = (typeof DESK_ROLES)[number];

export const createUserInput = z.object({
  email: deskEmail,
  role: z.enum(DESK_ROLES).default('editor'),
  name: z.string().trim().max(100).optional().transform((v) => (v ? v : undefined)),
});

export const userChangeInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('role'), role: z.enum(DESK_ROLES) }),
  z.object({ action: z.literal('disable') }),
  z.object({ action: z.literal('enable') }),
]);
export type UserChange = z.infer<typeof userChangeInput>;

export const userId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

export interface DeskUserView {
  id: string;
  email: string;
  name: string;
  role: DeskRole;
  disabledAt: Date | null;
  createdAt: Date;
  sessions: number;
}

/** Every account, oldest first, with how many sessions each has open now. */
export async function listDeskUsers(db: Db, now = new Date()): Promise<DeskUserView[]> {
  const [users, sessions] = await Promise.all([
    db.select().from(deskUsers).orderBy(deskUsers.createdAt),
    db.select({ userId: deskSessions.userId, expiresAt: deskSessions.expiresAt }).from(deskSessions),
  ]);
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role === 'admin' ? 'admin' : 'editor',
    disabledAt: u.disabledAt,
    createdAt: u.createdAt,
    sessions: sessions.filter((s) => s.userId === u.id && s.expiresAt > now).length,
  }));
}

export type CreateResult = { ok: true; id: string; email: string; password: string } | { ok: false; code: 'exists' };

/** A new account; its password is returned once and never stored in clear. */
export async function createDeskUser(db: Db, actor: Actor, input: z.infer<typeof createUserInput>): Promise<CreateResult> {
  const [existing] = await db.select({ id: deskUsers.id }).from(deskUsers).where(eq(deskUsers.email, input.email));
  if (existing) return { ok: false, code: 'exists' };
  const created = await createAccount(db, { email: input.email, role: input.role, name: input.name }, actor.id);
  return { ok: true, ...created };
}

export type ChangeResult = { ok: true } | { ok: false; code: 'not_found' | 'last_admin' | 'self' };

/**
 * A role change, a disabling or an enabling. The active admins are locked while the guard counts
 * them, so two admins demoting each other at once cannot leave the desk without one.
 */
export async function changeDeskUser(db: Db, actor: Actor, id: string, change: UserChange, now = new Date()): Promise<ChangeResult> {
  const result = await db.transaction(async (tx): Promise<ChangeResult> => {
    const admins = await tx.select({ id: deskUsers.id }).from(deskUsers).where(and(eq(deskUsers.role, 'admin'), isNull(deskUsers.disabledAt))).for('update');
    const [user] = await tx.select().from(deskUsers).where(eq(deskUsers.id, id)).for('update');
    if (!user) return { ok: false, code: 'not_found' };
    const before = { email: user.email, role: user.role, disabled: user.disabledAt !== null };
    const isLastAdmin = admins.length === 1 && admins[0]!.id === id;
    let set: Partial<typeof deskUsers.$inferInsert>;
    let action: string;
    if (change.action === 'role') {
      if (change.role !== 'admin' && isLastAdmin) return { ok: false, code: 'last_admin' };
      set = { role: change.role };
      action = 'user.role';
    } else if (change.action === 'disable') {
      if (id === actor.id) return { ok: false, code: 'self' };
      if (isLastAdmin) return { ok: false, code: 'last_admin' };
      set = { disabledAt: user.disabledAt ?? now };
      action = 'user.disable';
    } else {
      set = { disabledAt: null };
      action = 'user.enable';
    }
    await tx.update(deskUsers).set({ ...set, updatedAt: now }).where(eq(deskUsers.id, id));
    const after = { email: user.email, role: set.role ?? user.role, disabled: 'disabledAt' in set ? set.disabledAt !== null : before.disabled };
    await tx.insert(deskAudit).values({ at: now, actorId: actor.id, action, target: id, before, after });
    return { ok: true };
  });
  // Sessions go through better-auth's own adapter; a disabled account is refused even before this
  // runs (lib/desk/http.ts reads disabledAt with every session).
  if (result.ok && change.action === 'disable') await revokeAllSessions(db, id);
  return result;
}

async function revokeAllSessions(db: Db, id: string): Promise<void> {
  const ctx = await createDeskAuth(db, await deskSecretOf(db)).$context;
  await ctx.internalAdapter.deleteUserSessions(id);
}

/** The audit row of "sign out everywhere" (the sessions themselves are revoked by better-auth's revokeSessions). */
export async function auditSignOutEverywhere(db: Db, actor: Actor, sessionsBefore: number, now = new Date()): Promise<void> {
  await db.insert(deskAudit).values({ at: now, actorId: actor.id, action: 'session.revoke_all', target: actor.id, before: { sessions: sessionsBefore }, after: { sessions: 0 } });
}

/** How many sessions an account has open now. */
export async function openSessions(db: Db, id: string, now = new Date()): Promise<number> {
  const rows = await db.select({ expiresAt: deskSessions.expiresAt }).from(deskSessions).where(eq(deskSessions.userId, id));
  return rows.filter((r) => r.expiresAt > now).length;
}
