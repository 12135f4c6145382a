// Structured JSON logs, one object a line, through pino: what operators grep and log shippers parse.
// `{"level":"warn","time":"2026-05-07T12:00:00.000Z","pid":1234,"msg":"…",…fields}`; info to stdout,
// warn and error to stderr. An error is logged by its name, code, message and stack, never by what
// else it carries: drizzle's query errors hold the whole SQL text and its parameters, so for those
// the driver's error beneath is logged instead. A database outage is not logged failure by failure:
// lib/db/health-state.ts counts it and logs the state change once (see setErrorCounter).
import pino, { type DestinationStream, type Logger } from 'pino';

export type LogLevel = 'info' | 'warn' | 'error';

/** Set by lib/db/health-state.ts: tells a database failure (counted there) from any other error. */
export interface ErrorCounter {
  /** Counts the error and returns true if it is a database outage; the caller then logs nothing. */
  absorb(error: unknown): boolean;
  /** The cause class of a database failure, or null for any other error. */
  classify(error: unknown): string | null;
}

const counterKey = '__marsadErrorCounter';
type GlobalWithCounter = typeof globalThis & { [counterKey]?: ErrorCounter };

/** Kept on globalThis: Next bundles this module more than once in one process. */
export function setErrorCounter(counter: ErrorCounter | undefined): void {
  (globalThis as GlobalWithCounter)[counterKey] = counter;
}

function errorCounter(): ErrorCounter | undefined {
  return (globalThis as GlobalWithCounter)[counterKey];
}

const MAX_MESSAGE = 500;

/** What a log line says of an error: never its SQL text, its parameters or other properties. */
export function serializeError(error: unknown): Record<string, unknown> {
  const cause = errorCounter()?.classify(error) ?? null;
  // A database failure: its class and code say it all; a stack per failure is noise.
  if (cause) return { cause, ...codeField(error) };
  let e: unknown = error;
  // drizzle's DrizzleQueryError: "Failed query: <SQL>\nparams: <values>" around the driver's error.
  while (e instanceof Error && e.name === 'DrizzleQueryError' && e.cause !== undefined) e = e.cause;
  if (!(e instanceof Error)) return { message: String(e).slice(0, MAX_MESSAGE) };
  return { type: e.name, message: e.message.slice(0, MAX_MESSAGE), ...codeField(e), ...(e.stack && { stack: e.stack }) };
}

function codeField(error: unknown): { code?: string } {
  let e: unknown = error;
  for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.length <= 32) return { code };
    e = (e as { cause?: unknown }).cause;
  }
  return {};
}

/** The logger's settings, so a test can write the same lines into a stream of its own. */
export function createLogger(destination?: DestinationStream): Logger {
  const options = {
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    serializers: { error: serializeError, err: serializeError },
  };
  if (destination) return pino(options, destination);
  // Synchronous writes: a line logged just before process.exit() is not lost.
  return pino(
    options,
    pino.multistream(
      [
        { level: 'info', stream: pino.destination({ dest: 1, sync: true }) },
        { level: 'warn', stream: pino.destination({ dest: 2, sync: true }) },
      ],
      { dedupe: true },
    ),
  );
}

const loggerKey = '__marsadLogger';
type GlobalWithLogger = typeof globalThis & { [loggerKey]?: Logger };

/** The process's logger (one per process, however many times Next bundles this module). */
export function logger(): Logger {
  const g = globalThis as GlobalWithLogger;
  return (g[loggerKey] ??= createLogger());
}

/** Tests: route every line into `destination` (undefined: back to stdout and stderr). */
export function setLogDestination(destination: DestinationStream | undefined): void {
  (globalThis as GlobalWithLogger)[loggerKey] = createLogger(destination);
}

export function log(level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void {
  logger()[level](fields, msg);
}

export function logInfo(msg: string, fields: Record<string, unknown> = {}): void {
  log('info', msg, fields);
}

/**
 * An unexpected failure. A database outage is counted by lib/db/health-state.ts instead (its state
 * change is logged once, then a count); anything else is logged with its stack.
 */
export function logError(msg: string, error: unknown): void {
  if (errorCounter()?.absorb(error)) return;
  log('error', msg, { error });
}
