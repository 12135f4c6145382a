// The desk's writes on postmortems: an incident's postmortem (Arabic required, English optional) is
// saved as a draft, then published with its date. Saving a published one revises it in place (the page
// then says when it was revised); the first publication date stays. Each write is one transaction with
// its audit row (who, when, before and after).
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { deskAudit, deskPostmortems } from '@/lib/db/schema';
import type { PostmortemRow } from '@/lib/db/postmortems';
import type { Actor } from './incidents';

const optionalText = z
  .string()
  .trim()
  .max(20000)
  .optional()
  .transform((v) => (v ? v : null));

export const POSTMORTEM_ACTIONS = ['save', 'publish'] as const;

export const postmortemInput = z.object({
  bodyAr: z.string().trim().min(1).max(20000),
  bodyEn: optionalText,
  /** `save`: keep as it is (a draft stays a draft); `publish`: publish now (a draft) or keep published. */
  action: z.enum(POSTMORTEM_ACTIONS).default('save'),
});
export type PostmortemInput = z.infer<typeof postmortemInput>;

/** Any incident's slug: an editor's, a detected or a rebuilt one (the route checks that it exists). */
export const postmortemSlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(120);

const auditView = (row: PostmortemRow | null) =>
  row ? { body: row.body, published: row.publishedAt !== null, publishedAt: row.publishedAt?.toISOString() ?? null } : null;

/** Saves or publishes the postmortem of `slug`; returns the stored row. */
export async function writePostmortem(db: Db, actor: Actor, slug: string, input: PostmortemInput, now = new Date()): Promise<PostmortemRow> {
  return db.transaction(async (tx) => {
    const [found] = await tx.select().from(deskPostmortems).where(eq(deskPostmortems.incidentSlug, slug));
    const before = found ?? null;
    const body = { ar: input.bodyAr, en: input.bodyEn };
    const publishedAt = before?.publishedAt ?? (input.action === 'publish' ? now : null);
    const [row] = await tx
      .insert(deskPostmortems)
      .values({ incidentSlug: slug, body, publishedAt, createdBy: actor.id, updatedBy: actor.id, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({ target: deskPostmortems.incidentSlug, set: { body, publishedAt, updatedBy: actor.id, updatedAt: now } })
      .returning();
    const action = before?.publishedAt ? 'postmortem.revise' : publishedAt ? 'postmortem.publish' : 'postmortem.draft';
    await tx.insert(deskAudit).values({ at: now, actorId: actor.id, action, target: slug, before: auditView(before), after: auditView(row!) });
    return row!;
  });
}
