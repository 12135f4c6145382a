// The database's state as this process sees it, and the one place a database outage is logged.
//
// During an outage every query fails, often several a second, and each failure carries the SQL text
// and a stack: logged one by one they bury the cause. Here a failure is classified (refused, timeout,
// disk full, authentication, other) and counted; the log gets the state change once, with its cause,
// then a count a minute ("database still unavailable: N failures") and a line when the cause changes,
// then "database available again".
// lib/db/client.ts reports every query's outcome; logError (lib/log.ts) hands database failures here
// instead of printing them. The state lives on globalThis: Next bundles instrumentation and each
// route separately, and one process has one database.
import { log, setErrorCounter } from '@/lib/log';

export const CAUSES = ['refused', 'timeout', 'disk_full', 'authentication', 'other'] as const;
export type DatabaseCause = (typeof CAUSES)[number];

/** What an operator reads for each cause: fixed text, never the error's own (which may carry SQL). */
export const CAUSE_TEXT: Record<DatabaseCause, string> = {
  refused: 'database refused the connection',
  timeout: 'database slow or hung',
  disk_full: 'database disk full',
  authentication: 'database authentication failed',
  other: 'database unavailable',
};

/** A client-side time limit ran out (lib/db/client.ts, the health check): the server said nothing in time. */
export class DatabaseTimeoutError extends Error {
  readonly code = 'MARSAD_DB_TIMEOUT';
  constructor(what: string, ms: number) {
    super(`${what} got no answer within ${ms} ms`);
    this.name = 'DatabaseTimeoutError';
  }
}

/** Consecutive failures count as one outage until a success comes this long after the last failure. */
const RECOVERY_QUIET_MS = 10_000;
/** How often the count of further failures is logged during an outage. */
const SUMMARY_EVERY_MS = 60_000;

interface Fields {
  code?: unknown;
  errno?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** The error itself, then what it wraps (drizzle's DrizzleQueryError wraps the driver's error in `cause`). */
function chain(error: unknown): Fields[] {
  const out: Fields[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && out.length < 8) {
    const e = queue.shift();
    if (!e || typeof e !== 'object') continue;
    const f = e as Fields;
    out.push(f);
    if (f.cause) queue.push(f.cause);
    // Node's AggregateError when every address of a name refused (localhost: ::1 and 127.0.0.1).
    if (Array.isArray(f.errors)) queue.push(...f.errors);
  }
  return out;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;
const REFUSED_CODES = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', '57P03', '53300']);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'MARSAD_DB_TIMEOUT', '57014']);
const AUTH_CODES = new Set(['28P01', '28000']);
/** SQLSTATE classes that mean the server, its connection or its resources failed, not the query. */
const OUTAGE_CLASSES = new Set(['08', '53', '57', '58', 'XX', 'F0', 'HV']);
const TIMEOUT_MESSAGES = /timeout|timed out|Query read timeout/i;
const NOT_QUERYABLE = /Connection terminated|not queryable|connection (is )?closed|ECONNRESET|EPIPE|PGlite is closed|Cannot use a pool after calling end/i;

/**
 * The cause class of a database failure, or null when the error is not one: a query the server
 * answered with an error of the query itself (a constraint, a syntax error, a bad cast) is a bug to
 * log, not an outage.
 */
export function classify(error: unknown): DatabaseCause | null {
  const links = chain(error);
  let sqlstate: string | null = null;
  for (const f of links) {
    const code = typeof f.code === 'string' ? f.code : undefined;
    const message = typeof f.message === 'string' ? f.message : '';
    if (code === 'ENOSPC' || code === '53100' || /No space \w+ on device/i.test(message)) return 'disk_full';
    if (code && AUTH_CODES.has(code)) return 'authentication';
    if (code && TIMEOUT_CODES.has(code)) return 'timeout';
    if (code && REFUSED_CODES.has(code)) return 'refused';
    if (code && SQLSTATE.test(code) && !sqlstate) sqlstate = code;
  }
  if (sqlstate) return OUTAGE_CLASSES.has(sqlstate.slice(0, 2)) ? 'other' : null;
  for (const f of links) {
    const message = typeof f.message === 'string' ? f.message : '';
    // drizzle's wrapper: its message is the SQL text, which says nothing of the cause.
    if (message.startsWith('Failed query:')) continue;
    if (TIMEOUT_MESSAGES.test(message)) return 'timeout';
    if (/password authentication failed/i.test(message)) return 'authentication';
    if (NOT_QUERYABLE.test(message)) return 'other';
    const code = typeof f.code === 'string' ? f.code : '';
    if (/^E[A-Z]+$/.test(code)) return 'other';
  }
  return null;
}

/** The error's code (SQLSTATE or errno name) for the log, if it has one: a code never carries SQL. */
function codeOf(error: unknown): string | undefined {
  for (const f of chain(error)) if (typeof f.code === 'string' && f.code.length <= 32) return f.code;
  return undefined;
}

export interface DatabaseState {
  up: boolean;
  /** Of the current outage (the first failure's), null when up. */
  cause: DatabaseCause | null;
  /** When the current outage started (ms), null when up. */
  downSince: number | null;
  /** Failures in the current outage. */
  failures: number;
  /** Failures since the process started, by cause (the metrics' counter). */
  failuresTotal: Record<DatabaseCause, number>;
}

interface Tracker extends DatabaseState {
  lastFailureAt: number;
  lastSummaryAt: number;
  sinceSummary: Partial<Record<DatabaseCause, number>>;
  causesSeen: Set<DatabaseCause>;
  counted: WeakSet<object>;
  now: () => number;
}

const key = '__marsadDatabaseHealth';
type GlobalWithTracker = typeof globalThis & { [key]?: Tracker };

function fresh(now: () => number = Date.now): Tracker {
  return {
    up: true,
    cause: null,
    downSince: null,
    failures: 0,
    failuresTotal: { refused: 0, timeout: 0, disk_full: 0, authentication: 0, other: 0 },
    lastFailureAt: 0,
    lastSummaryAt: 0,
    sinceSummary: {},
    causesSeen: new Set(),
    counted: new WeakSet(),
    now,
  };
}

function tracker(): Tracker {
  const g = globalThis as GlobalWithTracker;
  return (g[key] ??= fresh());
}

/** Tests: start from "up" with no failures, on the given clock. */
export function resetDatabaseState(now?: () => number): void {
  (globalThis as GlobalWithTracker)[key] = fresh(now);
}

export function databaseState(): DatabaseState {
  const t = tracker();
  return { up: t.up, cause: t.cause, downSince: t.downSince, failures: t.failures, failuresTotal: { ...t.failuresTotal } };
}

/**
 * Counts one failed database call. The first of an outage is logged with its cause; the rest are
 * counted and summed up once a minute. Returns the cause (`other` for an error that classify() does
 * not place: the caller decided it is a database failure).
 */
export function recordFailure(error: unknown): DatabaseCause {
  const t = tracker();
  const cause = classify(error) ?? 'other';
  // One failure reported twice (by the client wrapper, then wrapped by drizzle and reported by the
  // route that caught it) counts once.
  if (chain(error).some((f) => t.counted.has(f))) return cause;
  if (error && typeof error === 'object') t.counted.add(error);
  const now = t.now();
  t.failuresTotal[cause]++;
  t.lastFailureAt = now;
  if (t.up) {
    t.up = false;
    t.cause = cause;
    t.downSince = now;
    t.failures = 1;
    t.lastSummaryAt = now;
    t.sinceSummary = {};
    t.causesSeen = new Set([cause]);
    log('warn', 'database unavailable', { cause, code: codeOf(error), detail: CAUSE_TEXT[cause] });
    return cause;
  }
  t.failures++;
  t.sinceSummary[cause] = (t.sinceSummary[cause] ?? 0) + 1;
  // A cause not seen yet in this outage (the connection dropped, then refused; slow, then disk full):
  // said once, so the log names what is failing now.
  if (!t.causesSeen.has(cause)) {
    t.causesSeen.add(cause);
    log('warn', `database still unavailable, now: ${CAUSE_TEXT[cause]}`, { cause, code: codeOf(error), failures: t.failures });
  }
  if (now - t.lastSummaryAt >= SUMMARY_EVERY_MS) {
    const failures = Object.values(t.sinceSummary).reduce((n, c) => n + (c ?? 0), 0);
    log('warn', `database still unavailable: ${failures} failures`, {
      cause: t.cause,
      failures,
      byCause: t.sinceSummary,
      downSeconds: Math.round((now - (t.downSince ?? now)) / 1000),
    });
    t.lastSummaryAt = now;
    t.sinceSummary = {};
  }
  return cause;
}

/** A database call answered. Ends an outage once no failure has come for a few seconds (no flapping when only writes fail). */
export function recordSuccess(): void {
  const t = tracker();
  if (t.up) return;
  const now = t.now();
  if (now - t.lastFailureAt < RECOVERY_QUIET_MS) return;
  log('info', 'database available again', {
    cause: t.cause,
    failures: t.failures,
    downSeconds: Math.round((now - (t.downSince ?? now)) / 1000),
  });
  t.up = true;
  t.cause = null;
  t.downSince = null;
  t.failures = 0;
  t.sinceSummary = {};
}

/**
 * Whether an error came from the database: counted here already (the client reports every failed
 * call), or wrapped by drizzle, or carrying a SQLSTATE or the client's time-limit code. A network
 * error of anything else (an upstream's ECONNRESET) is not one.
 */
export function isDatabaseError(error: unknown): boolean {
  const t = tracker();
  return chain(error).some(
    (f) =>
      t.counted.has(f) ||
      (f as { name?: unknown }).name === 'DrizzleQueryError' ||
      (typeof f.code === 'string' && (SQLSTATE.test(f.code) || f.code === 'MARSAD_DB_TIMEOUT')),
  );
}

/**
 * For callers that caught an error: a database outage is counted here (and true is returned: do not
 * log it again); anything else, a query's own error included, is the caller's to log.
 */
export function absorbOutage(error: unknown): boolean {
  if (!isDatabaseError(error) || classify(error) === null) return false;
  recordFailure(error);
  return true;
}

// logError (lib/log.ts) asks here before printing an error: outages are counted, not printed.
setErrorCounter({ absorb: absorbOutage, classify: (error) => (isDatabaseError(error) ? classify(error) : null) });

/**
 * Next logs every error a page or route throws, with its stack and (drizzle's wrapping) the SQL text and
 * parameters. During an outage that is one stack and one SQL statement per failed render: the tracker
 * has already logged the outage once with its cause and counts the rest, so those copies are dropped.
 * Anything else reaches the console as before. Called once by the web process (lib/engine/boot.ts).
 */
export function muteOutageErrorsInConsole(): void {
  const original = console.error.bind(console);
  const outage = (arg: unknown) =>
    (arg instanceof Error && isDatabaseError(arg) && classify(arg) !== null) ||
    (typeof arg === 'string' && !tracker().up && arg.includes('Failed query:'));
  console.error = (...args: unknown[]) => {
    const error = args.find(outage);
    if (error === undefined) return original(...args);
    if (error instanceof Error) absorbOutage(error);
  };
}
