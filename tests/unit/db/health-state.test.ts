// During a database outage the log gets the state change once, with its cause, then a count a
// minute, then "available again": never a stack or the SQL text per failure (item 7 of issue 12).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classify, DatabaseTimeoutError, databaseState, recordFailure, recordSuccess, resetDatabaseState } from '@/lib/db/health-state';
import { log, logError, setLogDestination } from '@/lib/log';

let lines: string[] = [];
let clock = 0;
const logged = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

beforeEach(() => {
  clock = 1_000_000;
  resetDatabaseState(() => clock);
  lines = [];
  setLogDestination({ write: (line: string) => void lines.push(line) });
});
afterEach(() => setLogDestination(undefined));

const SQL = `insert into "check_results" ("service_id", "facts") values ($1, $2) -- ${'x'.repeat(10_000)}`;
/** What drizzle throws: the SQL text and its parameters around the driver's error. */
function drizzleError(cause: unknown): Error {
  const e = new Error(`Failed query: ${SQL}\nparams: secret-param`);
  e.name = 'DrizzleQueryError';
  Object.assign(e, { query: SQL, params: ['secret-param'], cause });
  return e;
}
const errno = (code: string, message = `connect ${code} 127.0.0.1:5432`) => Object.assign(new Error(message), { code, errno: -1, syscall: 'connect' });
const sqlstate = (code: string, message: string) => Object.assign(new Error(message), { code, severity: 'ERROR' });

describe('classify', () => {
  it.each([
    ['refused', errno('ECONNREFUSED')],
    ['refused', Object.assign(new AggregateError([errno('ECONNREFUSED'), errno('ECONNREFUSED')], ''), { code: 'ECONNREFUSED' })],
    ['refused', sqlstate('57P03', 'the database system is starting up')],
    ['timeout', new Error('Query read timeout')],
    ['timeout', new Error('timeout exceeded when trying to connect')],
    ['timeout', new Error('Connection terminated due to connection timeout')],
    ['timeout', sqlstate('57014', 'canceling statement due to statement timeout')],
    ['timeout', new DatabaseTimeoutError('PGlite query', 5_000)],
    ['disk_full', sqlstate('53100', 'could not extend file "base/16384/16385": No space left on device')],
    ['disk_full', errno('ENOSPC', 'ENOSPC: no space left on device, write')],
    ['authentication', sqlstate('28P01', 'password authentication failed for user "marsad"')],
    ['authentication', sqlstate('28000', 'no pg_hba.conf entry for host')],
    ['other', new Error('Connection terminated unexpectedly')],
    ['other', sqlstate('57P01', 'terminating connection due to administrator command')],
    ['other', errno('ECONNRESET', 'read ECONNRESET')],
  ] as const)('%s: %s', (cause, error) => {
    expect(classify(error)).toBe(cause);
    // Wrapped by drizzle, the same.
    expect(classify(drizzleError(error))).toBe(cause);
  });

  it("a query's own error is no outage (the server answered), and an SQL text that says 'timeout' fools nothing", () => {
    expect(classify(sqlstate('23505', 'duplicate key value violates unique constraint'))).toBeNull();
    expect(classify(drizzleError(sqlstate('42703', 'column "x" does not exist')))).toBeNull();
    expect(classify(new TypeError('Cannot read properties of undefined'))).toBeNull();
    const e = new Error('Failed query: select statement_timeout from timeouts');
    e.name = 'DrizzleQueryError';
    expect(classify(e)).toBeNull();
  });
});

describe('outage log', () => {
  it('logs the state change once with its cause, a count a minute, then "available again": no stack, no SQL', () => {
    for (let i = 0; i < 50; i++) {
      recordFailure(drizzleError(errno('ECONNREFUSED')));
      clock += 1_000;
    }
    // 50 failures over 50 s: the first logged, 49 counted.
    expect(logged()).toEqual([expect.objectContaining({ level: 'warn', msg: 'database unavailable', cause: 'refused', code: 'ECONNREFUSED' })]);
    for (let i = 0; i < 20; i++) {
      recordFailure(drizzleError(errno('ECONNREFUSED')));
      clock += 1_000;
    }
    expect(logged()).toHaveLength(2);
    expect(logged()[1]).toMatchObject({ level: 'warn', msg: 'database still unavailable: 60 failures', cause: 'refused', failures: 60, byCause: { refused: 60 } });
    expect(databaseState()).toMatchObject({ up: false, cause: 'refused', failures: 70 });
    // A success soon after a failure does not end it (no flapping when only writes fail).
    recordSuccess();
    expect(databaseState().up).toBe(false);
    clock += 10_000;
    recordSuccess();
    expect(databaseState()).toMatchObject({ up: true, cause: null, failures: 0 });
    expect(logged()[2]).toMatchObject({ level: 'info', msg: 'database available again', cause: 'refused', failures: 70 });
    expect(logged()).toHaveLength(3);
    const text = lines.join('');
    expect(text).not.toContain('check_results');
    expect(text).not.toContain('secret-param');
    expect(text).not.toContain('stack');
    expect(databaseState().failuresTotal.refused).toBe(70);
  });

  it('a new cause during an outage is said once (dropped, then refused, then disk full)', () => {
    recordFailure(new Error('Connection terminated unexpectedly'));
    for (let i = 0; i < 5; i++) recordFailure(errno('ECONNREFUSED'));
    for (let i = 0; i < 5; i++) recordFailure(sqlstate('53100', 'No space left on device'));
    recordFailure(errno('ECONNREFUSED'));
    expect(logged().map((l) => [l.msg, l.cause])).toEqual([
      ['database unavailable', 'other'],
      ['database still unavailable, now: database refused the connection', 'refused'],
      ['database still unavailable, now: database disk full', 'disk_full'],
    ]);
  });

  it('one failure reported twice (by the client, then by the route that caught drizzle’s wrapper) counts once', () => {
    const driver = errno('ECONNREFUSED');
    recordFailure(driver);
    logError('GET /api/status failed', drizzleError(driver));
    expect(databaseState().failures).toBe(1);
    expect(logged()).toHaveLength(1);
  });

  it('logError counts a database outage instead of printing it; any other error is printed without the SQL', () => {
    for (let i = 0; i < 30; i++) logError('GET /api/status failed', drizzleError(sqlstate('53100', 'could not extend file: No space left on device')));
    expect(logged()).toEqual([expect.objectContaining({ msg: 'database unavailable', cause: 'disk_full', code: '53100' })]);
    expect(databaseState().failures).toBe(30);
    // A bug: printed, with the driver's message and stack, never drizzle's SQL text.
    logError('GET /api/status failed', drizzleError(sqlstate('42703', 'column "x" does not exist')));
    const last = logged().at(-1)!;
    expect(last).toMatchObject({ level: 'error', msg: 'GET /api/status failed', error: { message: 'column "x" does not exist', code: '42703' } });
    expect(JSON.stringify(last)).not.toContain('check_results');
    // An upstream's network error is no database failure, whatever its code.
    logError('og image failed', errno('ECONNRESET', 'read ECONNRESET'));
    expect(logged().at(-1)).toMatchObject({ level: 'error', msg: 'og image failed', error: { code: 'ECONNRESET' } });
  });

  it('a database error in a log line is shown by its class and code only', () => {
    recordFailure(errno('ECONNREFUSED'));
    log('warn', 'database unavailable: buffering results in memory', { buffered: 3, error: drizzleError(errno('ECONNREFUSED')) });
    expect(logged().at(-1)).toEqual(expect.objectContaining({ msg: 'database unavailable: buffering results in memory', buffered: 3, error: { cause: 'refused', code: 'ECONNREFUSED' } }));
  });
});

describe('Next’s copies of outage errors', () => {
  it('are dropped from the console (counted by the tracker), while other errors still print', async () => {
    const { muteOutageErrorsInConsole, resetDatabaseState, databaseState } = await import('@/lib/db/health-state');
    resetDatabaseState();
    const printed: unknown[][] = [];
    const saved = console.error;
    console.error = (...args: unknown[]) => void printed.push(args);
    try {
      muteOutageErrorsInConsole();
      const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
      const wrapped = Object.assign(new Error('Failed query: select * from service_states\nparams: '), { name: 'DrizzleQueryError', cause: refused });
      console.error('⨯', wrapped);
      console.error(new Error('a bug in a page'));
      expect(printed).toHaveLength(1);
      expect(String(printed[0]![0])).toContain('a bug in a page');
      expect(databaseState().up).toBe(false);
    } finally {
      console.error = saved;
    }
  });
});
