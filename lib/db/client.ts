// Opens Marsad's database: embedded PGlite in MARSAD_DATA_DIR (default ./data) by default, a real
// PostgreSQL server when DATABASE_URL is set. Same schema, same migrations, one handle per process.
import fs from 'node:fs';
import path from 'node:path';
import type { PGlite as PGliteClient } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { Pool } from 'pg';
import { log } from '@/lib/log';
import * as schema from './schema';
import { absorbOutage, classify, DatabaseTimeoutError, recordFailure, recordSuccess } from './health-state';
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
  /**
   * How long one query may take (ms; MARSAD_DB_QUERY_TIMEOUT_MS, default 5000). On PostgreSQL it is
   * the server's statement_timeout, and the client gives up one second later (query_timeout) if the
   * server says nothing at all (a hung server enforces nothing). On PGlite, the awaited call's limit.
   * Migrations at start-up are not limited.
   */
  queryTimeoutMs?: number;
  /** How long opening a connection may take (ms; MARSAD_DB_CONNECT_TIMEOUT_MS, default 3000; PostgreSQL only). */
  connectTimeoutMs?: number;
}

export const DEFAULT_QUERY_TIMEOUT_MS = 5_000;
export const DEFAULT_CONNECT_TIMEOUT_MS = 3_000;
/** The client's query_timeout beyond statement_timeout: a live server cancels first (and the connection stays usable). */
const CLIENT_GRACE_MS = 1_000;

function readMs(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 100 || value > 600_000) {
    throw new Error(`${name} must be a whole number of milliseconds between 100 and 600000 (given "${raw}").`);
  }
  return value;
}

export function readDbConfig(env: Record<string, string | undefined> = process.env): DbConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    // Paths chosen at run time: tell Turbopack not to trace the whole project for them.
    dataDir: path.resolve(/*turbopackIgnore: true*/ env.MARSAD_DATA_DIR || './data'),
    migrationsDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'lib/db/migrations'),
    queryTimeoutMs: readMs(env, 'MARSAD_DB_QUERY_TIMEOUT_MS', DEFAULT_QUERY_TIMEOUT_MS),
    connectTimeoutMs: readMs(env, 'MARSAD_DB_CONNECT_TIMEOUT_MS', DEFAULT_CONNECT_TIMEOUT_MS),
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
  const { Client, Pool } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  const queryTimeoutMs = config.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS;
  const connectionTimeoutMillis = config.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  // Migrations run on a connection of their own, with no statement limit (an index on a big table
  // takes its time), waiting for another process's migrations through the advisory lock.
  const migrator = new Client({ connectionString: config.databaseUrl, connectionTimeoutMillis });
  await migrator.connect();
  try {
    await migrator.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migrate(drizzle({ client: migrator, schema }), { migrationsFolder: config.migrationsDir });
  } finally {
    await migrator.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await migrator.end().catch(() => undefined);
  }
  const pool = new Pool({
    connectionString: config.databaseUrl,
    max: 10,
    // Every query is time-limited: by the server (statement_timeout), and by the client when the
    // server answers nothing at all (query_timeout), and so is getting a connection.
    connectionTimeoutMillis,
    statement_timeout: queryTimeoutMs,
    query_timeout: queryTimeoutMs + CLIENT_GRACE_MS,
  });
  // An idle client that loses its server must not crash the process: the next query reports it.
  pool.on('error', (error) => {
    if (!absorbOutage(error)) log('warn', 'postgres pool error', { error });
  });
  const db = drizzle({ client: tracked(pool), schema }) as unknown as Db;
  return { db, engine: 'postgres', location: redact(config.databaseUrl), close: () => pool.end() };
}

/**
 * The pool as drizzle sees it, reporting each query's outcome to the database's state
 * (lib/db/health-state.ts). Transactions take a client of their own (pool.connect) and are not
 * reported; they are time-limited all the same.
 */
function tracked(pool: Pool): Pool {
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  return new Proxy(pool, {
    get(target, prop, receiver) {
      if (prop !== 'query') return Reflect.get(target, prop, receiver);
      return (...args: unknown[]) => report(query(...args));
    },
  });
}

function report<T>(call: Promise<T>): Promise<T> {
  return call.then(
    (value) => {
      recordSuccess();
      return value;
    },
    (error: unknown) => {
      // A query's own error (a constraint, a bad cast) means the server answered: not an outage.
      if (classify(error) === null) recordSuccess();
      else recordFailure(error);
      throw error;
    },
  );
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
    await migrate(drizzle({ client, schema }), { migrationsFolder: config.migrationsDir });
    const db = drizzle({ client: timeLimited(client, config.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS), schema });
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

/**
 * PGlite as drizzle sees it, with a limit on each awaited call. PGlite runs one statement at a time on
 * this thread, so a slow call makes the others wait behind it: here each call (a query, or a whole
 * transaction) waits its turn in a queue of our own, and one that has not started within the limit
 * leaves the queue and fails (it never runs later). A call already running cannot be cancelled: its
 * caller is answered at the limit all the same and the call finishes in the background. Outcomes are
 * reported to the database's state like PostgreSQL's.
 */
function timeLimited(client: PGliteClient, timeoutMs: number): PGliteClient {
  let tail: Promise<void> = Promise.resolve();
  const gated = <T>(what: string, run: () => Promise<T>): Promise<T> => {
    let timedOut = false;
    let release!: () => void;
    const turn = tail;
    tail = new Promise<void>((resolve) => (release = resolve));
    const work = turn.then(() => {
      if (timedOut) return undefined as T;
      return run();
    });
    // The next call's turn comes when this one ends (at once when its turn comes after it timed out).
    work.then(release, release);
    return report(
      new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          timedOut = true;
          reject(new DatabaseTimeoutError(`PGlite ${what}`, timeoutMs));
        }, timeoutMs);
        timer.unref?.();
        work.then(
          (value) => {
            clearTimeout(timer);
            resolve(value);
          },
          (error: unknown) => {
            clearTimeout(timer);
            reject(error);
          },
        );
      }),
    );
  };
  return new Proxy(client, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (typeof value !== 'function') return value;
      if (prop === 'query' || prop === 'exec' || prop === 'transaction') {
        return (...args: unknown[]) => gated(String(prop), () => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
      }
      // PGlite keeps its state in #private fields: call its other methods on the instance itself.
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
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
      // Counted as a database failure (a refused or timed-out connection), so logError does not print it each time.
      recordFailure(error);
      throw error;
    });
  }
  return g[globalKey];
}
