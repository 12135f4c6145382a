// Opens Marsad's database: embedded PGlite in MARSAD_DATA_DIR (default ./data) by default, a real
// PostgreSQL server when DATABASE_URL is set. Same schema, same migrations, one handle per process.
import fs from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import { acquireDataDirLock } from './lock';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DbHandle {
  db: Db;
  engine: 'pglite' | 'postgres';
  /** Where it lives, for logs and errors (never the password). */
  location: string;
  close(): Promise<void>;
}

export interface DbConfig {
  databaseUrl?: string;
  dataDir: string;
  migrationsDir: string;
}

export function readDbConfig(env: Record<string, string | undefined> = process.env): DbConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    // Paths chosen at run time: tell Turbopack not to trace the whole project for them.
    dataDir: path.resolve(/*turbopackIgnore: true*/ env.MARSAD_DATA_DIR || './data'),
    migrationsDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'lib/db/migrations'),
  };
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'DATABASE_URL (unparseable)';
  }
}

// A fixed key for PostgreSQL's advisory lock, so two processes never run the migrations at once.
const MIGRATION_LOCK_KEY = 727_361_001;

async function openPostgres(config: DbConfig & { databaseUrl: string }): Promise<DbHandle> {
  const { Pool } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  const pool = new Pool({ connectionString: config.databaseUrl, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle client that loses its server must not crash the process: the next query reports it.
  pool.on('error', (error) => console.error(JSON.stringify({ level: 'warn', msg: 'postgres pool error', error: error.message })));
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migrate(drizzle({ client, schema }), { migrationsFolder: config.migrationsDir });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    client.release();
  }
  const db = drizzle({ client: pool, schema }) as unknown as Db;
  return { db, engine: 'postgres', location: redact(config.databaseUrl), close: () => pool.end() };
}

async function openPglite(config: DbConfig): Promise<DbHandle> {
  // PGlite does not create parent directories.
  fs.mkdirSync(config.dataDir, { recursive: true });
  const release = acquireDataDirLock(config.dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    const client = await PGlite.create(path.join(config.dataDir, 'pglite'));
    const db = drizzle({ client, schema });
    await migrate(db, { migrationsFolder: config.migrationsDir });
    return {
      db: db as unknown as Db,
      engine: 'pglite',
      location: config.dataDir,
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

export function openDatabase(config: DbConfig = readDbConfig()): Promise<DbHandle> {
  return config.databaseUrl ? openPostgres({ ...config, databaseUrl: config.databaseUrl }) : openPglite(config);
}

// Next bundles instrumentation and each route separately, so a module-level variable could exist
// twice in one process, and two PGlite instances on one directory lose rows: keep it on globalThis.
const globalKey = '__marsadDatabase';
type GlobalWithDb = typeof globalThis & { [globalKey]?: Promise<DbHandle> };

/** The process's one database handle, opened (and migrated) on first use. */
export function getDatabase(): Promise<DbHandle> {
  const g = globalThis as GlobalWithDb;
  if (!g[globalKey]) {
    g[globalKey] = openDatabase().catch((error) => {
      delete g[globalKey];
      throw error;
    });
  }
  return g[globalKey];
}
