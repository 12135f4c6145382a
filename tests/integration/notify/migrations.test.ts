// Migrations 0006 and 0008 reach databases migrated before them: 0005's journal time was set by hand past
// the clock, and drizzle applies only migrations newer than the newest applied, so theirs come after it;
// a database that had applied them under their first times meets them again, harmlessly (IF NOT EXISTS).
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase, readDbConfig } from '@/lib/db/client';
import { makeTempDir } from '../../helpers/temp-db';

function migrationsBefore(tag: string | null): string {
  const src = readDbConfig().migrationsDir;
  const dir = makeTempDir('marsad-migrations-');
  const journal: { entries: { tag: string; when: number }[] } = JSON.parse(fs.readFileSync(path.join(src, 'meta', '_journal.json'), 'utf8'));
  const kept = tag === null ? journal.entries : journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === tag));
  fs.mkdirSync(path.join(dir, 'meta'));
  fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: kept }));
  for (const e of kept) fs.copyFileSync(path.join(src, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

describe.skipIf(!!process.env.DATABASE_URL)('the notification migrations on an existing database (PGlite)', () => {
  it('a database at 0005 gains the outbox and the subscribers at the next start, and a third start changes nothing', async () => {
    const dataDir = makeTempDir();
    const open = (migrationsDir: string) => openDatabase({ ...readDbConfig({ MARSAD_DATA_DIR: dataDir }), databaseUrl: undefined, migrationsDir });
    const old = await open(migrationsBefore('0006_outbox'));
    await old.close();
    for (let i = 0; i < 2; i++) {
      const handle = await open(readDbConfig().migrationsDir);
      const count = await handle.db.execute(sql`select (select count(*) from notification_outbox) + (select count(*) from telegram_subscriptions) as n`);
      expect(Number((count as unknown as { rows: { n: number }[] }).rows[0]!.n)).toBe(0);
      await handle.close();
    }
    const journal: { entries: { tag: string; when: number }[] } = JSON.parse(fs.readFileSync(path.join(readDbConfig().migrationsDir, 'meta', '_journal.json'), 'utf8'));
    const times = journal.entries.map((e) => e.when);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
