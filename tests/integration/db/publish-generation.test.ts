// The publish generation moves with every desk write and only then (lib/db/publish-generation.ts), on
// PGlite and on PostgreSQL: what the publish watch reads to tell the front cache.
import { describe, expect, it } from 'vitest';
import { useTempDb } from '@/tests/helpers/temp-db';
import { createAdmin } from '@/lib/desk/admin';
import { declareIncident } from '@/lib/desk/incidents';
import { readPublishGeneration } from '@/lib/db/publish-generation';
import { deskUsers } from '@/lib/db/schema';
import { eq } from 'drizzle-orm';

const getDb = useTempDb();

describe('publish generation', () => {
  it('is 0 on a new database and moves with each audited desk write', async () => {
    const { db } = getDb();
    expect(await readPublishGeneration(db)).toBe(0);
    await createAdmin(db, 'gen@example.org');
    const afterAdmin = await readPublishGeneration(db);
    expect(afterAdmin).toBeGreaterThan(0);
    expect(await readPublishGeneration(db)).toBe(afterAdmin);

    const [user] = await db.select().from(deskUsers).where(eq(deskUsers.email, 'gen@example.org'));
    await declareIncident(db, { id: user!.id, email: user!.email, role: 'admin' }, {
      titleAr: 'عنوان تجريبي',
      titleEn: null,
      bodyAr: 'نص',
      bodyEn: null,
      phase: 'investigating',
      impacts: [],
    });
    expect(await readPublishGeneration(db)).toBeGreaterThan(afterAdmin);
  });
});
