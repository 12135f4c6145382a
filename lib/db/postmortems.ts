// Queries of the postmortems (desk_postmortems): the desk writes them (lib/desk/postmortems.ts); the
// public incident page, /api/v1 and the feeds read only the published ones, as a plain view.
import { desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from './client';
import { deskPostmortems } from './schema';
import type { PublishedPostmortem } from '@/lib/view-types';

export type PostmortemRow = typeof deskPostmortems.$inferSelect;

const textSchema = z.object({ ar: z.string(), en: z.string().nullable().catch(null) });

export function toPublished(row: PostmortemRow): PublishedPostmortem | null {
  if (!row.publishedAt) return null;
  const body = textSchema.safeParse(row.body);
  if (!body.success) return null;
  return {
    incidentSlug: row.incidentSlug,
    body: body.data,
    publishedUtc: row.publishedAt.toISOString(),
    revisedUtc: row.updatedAt.getTime() > row.publishedAt.getTime() ? row.updatedAt.toISOString() : null,
  };
}

/** The postmortem of an incident, draft or published (for the desk), or null. */
export async function readPostmortem(db: Db, slug: string): Promise<PostmortemRow | null> {
  const [row] = await db.select().from(deskPostmortems).where(eq(deskPostmortems.incidentSlug, slug));
  return row ?? null;
}

/** Every postmortem, drafts too, the most recently changed first (the desk's list). */
export async function readPostmortems(db: Db, limit = 200): Promise<PostmortemRow[]> {
  return db.select().from(deskPostmortems).orderBy(desc(deskPostmortems.updatedAt)).limit(limit);
}

/** The published postmortem of an incident, or null (a draft is never public). */
export async function readPublishedPostmortem(db: Db, slug: string): Promise<PublishedPostmortem | null> {
  const row = await readPostmortem(db, slug);
  return row ? toPublished(row) : null;
}

/** Published postmortems, newest first (the feeds), optionally only those of the given incidents. */
export async function readPublishedPostmortems(db: Db, limit: number, slugs?: string[]): Promise<PublishedPostmortem[]> {
  if (slugs && slugs.length === 0) return [];
  const rows = await db
    .select()
    .from(deskPostmortems)
    .where(slugs ? inArray(deskPostmortems.incidentSlug, slugs) : isNotNull(deskPostmortems.publishedAt))
    .orderBy(desc(deskPostmortems.publishedAt))
    .limit(limit);
  return rows.flatMap((row) => toPublished(row) ?? []);
}
