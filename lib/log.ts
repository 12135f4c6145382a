// Structured JSON logs, one object a line: what operators grep and log shippers parse.
export type LogLevel = 'info' | 'warn' | 'error';

export function log(level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ level, time: new Date().toISOString(), msg, ...fields });
  if (level === 'info') console.log(line);
  else console.error(line);
}

export function logInfo(msg: string, fields: Record<string, unknown> = {}): void {
  log('info', msg, fields);
}

export function logError(msg: string, error: unknown): void {
  const err = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { message: String(error) };
  log('error', msg, { error: err });
}
