// The audit log as admins read it: a page of entries, newest first, each with its author's email and
// a readable diff (every field that differs, dotted path, value before → after). The log itself is
// append-only (a trigger refuses UPDATE and DELETE: migration 0007).
import { desc, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { deskAudit, deskUsers } from '@/lib/db/schema';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditChange {
  field: string;
  /** Undefined: the field did not exist on that side. */
  before: unknown;
  after: unknown;
}

export interface AuditEntry {
  id: number;
  at: Date;
  actorId: string | null;
  /** Null when the actor is the desk:admin command, or an account no longer in the table. */
  actorEmail: string | null;
  action: string;
  target: string;
  targetEmail: string | null;
  changes: AuditChange[];
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Leaves of a JSON value by dotted path; objects are opened up to `depth` levels, arrays are leaves. */
function leaves(value: unknown, prefix: string, depth: number, out: Map<string, unknown>): void {
  if (isPlainObject(value) && depth > 0) {
    const keys = Object.keys(value);
    if (keys.length === 0 && prefix) out.set(prefix, value);
    for (const key of keys) leaves(value[key], prefix ? `${prefix}.${key}` : key, depth - 1, out);
    return;
  }
  if (prefix) out.set(prefix, value);
  else if (value !== null && value !== undefined) out.set('value', value);
}

/** Every field that differs between `before` and `after` (a null side is "did not exist"; null and absent are equal). Pure. */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  leaves(before, '', 3, a);
  leaves(after, '', 3, b);
  const fields = [...new Set([...a.keys(), ...b.keys()])];
  return fields
    // Absent and null are the same to a reader: a creation lists only the fields it set.
    .filter((field) => JSON.stringify(a.get(field) ?? null) !== JSON.stringify(b.get(field) ?? null))
    .map((field) => ({ field, before: a.get(field), after: b.get(field) }));
}

/** One page of the log (1 = newest) and whether older entries exist. */
export async function readAuditPage(db: Db, page: number, size = AUDIT_PAGE_SIZE): Promise<{ entries: AuditEntry[]; hasOlder: boolean }> {
  const rows = await db
    .select()
    .from(deskAudit)
    .orderBy(desc(deskAudit.id))
    .limit(size + 1)
    .offset((page - 1) * size);
  const shown = rows.slice(0, size);
  const ids = [...new Set(shown.flatMap((r) => [r.actorId, r.target]).filter((v): v is string => !!v))];
  const users = ids.length ? await db.select({ id: deskUsers.id, email: deskUsers.email }).from(deskUsers).where(inArray(deskUsers.id, ids)) : [];
  const emailOf = (id: string | null) => (id ? (users.find((u) => u.id === id)?.email ?? null) : null);
  return {
    hasOlder: rows.length > size,
    entries: shown.map((r) => ({
      id: r.id,
      at: r.at,
      actorId: r.actorId,
      actorEmail: emailOf(r.actorId),
      action: r.action,
      target: r.target,
      targetEmail: emailOf(r.target),
      changes: auditChanges(r.before, r.after),
    })),
  };
}

