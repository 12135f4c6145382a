// Small helpers for route handlers: JSON errors a client can read; the stack goes to the server log only.
export { logError, logInfo } from './log';

export function jsonError(status: number, code: string, message: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error: { code, message, ...extra } }, { status, headers: { 'Cache-Control': 'no-store' } });
}
