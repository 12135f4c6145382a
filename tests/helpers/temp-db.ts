// Each test file gets its own database: a fresh PGlite directory, or, when DATABASE_URL is set
// (.ci/run does so), a fresh schema-less database created on that PostgreSQL server.
import { afterAll, beforeAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, readDbConfig, type DbHandle } from '@/lib/db/client';

export interface TempDb extends DbHandle {
  dataDir: string;
  databaseUrl?: string;
  dispose(): Promise<void>;
}

export function makeTempDir(prefix = 'marsad-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A new, empty PostgreSQL database on the server of DATABASE_URL; returns its URL. */
async function createPostgresDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const { Client } = await import('pg');
  const name = `marsad_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function openTempDb(): Promise<TempDb> {
  const dataDir = makeTempDir();
  const base = readDbConfig({ ...process.env, MARSAD_DATA_DIR: dataDir });
  if (process.env.DATABASE_URL) {
    const pg = await createPostgresDatabase(process.env.DATABASE_URL);
    const handle = await openDatabase({ ...base, databaseUrl: pg.url });
    return { ...handle, dataDir, databaseUrl: pg.url, dispose: async () => { await handle.close(); await pg.drop(); } };
  }
  const handle = await openDatabase({ ...base, databaseUrl: undefined });
  return { ...handle, dataDir, dispose: async () => { await handle.close(); fs.rmSync(dataDir, { recursive: true, force: true }); } };
}

/**
 * One fresh database for the whole test file, opened before its tests and disposed after them: read
 * it with the returned getter inside tests and hooks.
 */
export function useTempDb(): () => TempDb {
  let tmp: TempDb | undefined;
  beforeAll(async () => {
    tmp = await openTempDb();
  }, 60_000);
  afterAll(async () => {
    await tmp?.dispose();
  });
  return () => {
    if (!tmp) throw new Error('the test database is not open yet');
    return tmp;
  };
}
