// The publish generation (lib/engine/publish-watch.ts): the newest desk audit row. Every desk write is
// audited in its own transaction, so this moves exactly when something an editor did is committed.
import { max } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { deskAudit } from '@/lib/db/schema';

export async function readPublishGeneration(db: Db): Promise<number> {
  // max(id) on the primary key: one step down the index, whatever the table's size.
  const [row] = await db.select({ generation: max(deskAudit.id) }).from(deskAudit);
  return Number(row?.generation ?? 0);
}
