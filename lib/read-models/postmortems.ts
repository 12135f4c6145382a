// Published postmortems as the public incident page, /api/v1 and the feeds show them (provenance
// "editor"); drafts never leave the desk.
import { getDatabase } from '@/lib/db/client';
import { readPublishedPostmortem, readPublishedPostmortems } from '@/lib/db/postmortems';
import type { PublishedPostmortem } from '@/lib/view-types';

/** The published postmortem of an incident, or null. */
export async function getPublishedPostmortem(slug: string): Promise<PublishedPostmortem | null> {
  const { db } = await getDatabase();
  return readPublishedPostmortem(db, slug);
}

/** The newest published postmortems (the feeds). */
export async function listPublishedPostmortems(limit: number): Promise<PublishedPostmortem[]> {
  const { db } = await getDatabase();
  return readPublishedPostmortems(db, limit);
}
