// Small helpers for route handlers: JSON errors a client can read, and structured logs that keep the
// stack in the server log, never in a response.
export function jsonError(status: number, code: string, message: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error: { code, message, ...extra } }, { status, headers: { 'Cache-Control': 'no-store' } });
}

export function logError(msg: string, error: unknown): void {
  const err = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { message: String(error) };
  console.error(JSON.stringify({ level: 'error', time: new Date().toISOString(), msg, error: err }));
}

export function logInfo(msg: string, fields: Record<string, unknown> = {}): void {
  console.log(JSON.stringify({ level: 'info', time: new Date().toISOString(), msg, ...fields }));
}
