// How a probe step says "stop here, this is the result": a typed failure carrying outcome, reason and facts,
// and the mapping from whatever fetch/dns/zod threw to Marsad's reason codes. Probe code throws
// ProbeFailure internally; lib/probes/session.ts turns it (or anything else) into a ProbeResult.
import type { z } from 'zod';
import type { Reason } from '@/lib/status/vocabulary';
import type { Outcome, ProbeFacts } from './types';

/** The code of the error a socket's lookup fails with on a non-public address (address-guard.ts). */
export const NON_PUBLIC_ADDRESS_CODE = 'ERR_MARSAD_NON_PUBLIC_ADDRESS';

export class ProbeFailure extends Error {
  constructor(
    readonly outcome: Outcome,
    readonly reason: Reason | null,
    detail: string,
    readonly facts: ProbeFacts = {},
  ) {
    super(detail);
    this.name = 'ProbeFailure';
  }
}

/** The target answered, but not with what we can read: a failure of the target. */
export function invalidResponse(detail: string, facts?: ProbeFacts): ProbeFailure {
  return new ProbeFailure('down', 'invalid_response', detail, facts);
}

/** Aborts carry one of these as their reason, so a timeout is never confused with a shutdown. */
export class DeadlineExceeded extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no complete answer within ${timeoutMs} ms`);
    this.name = 'DeadlineExceeded';
  }
}
export class ProbeCancelled extends Error {
  constructor() {
    super('probe cancelled by the caller');
    this.name = 'ProbeCancelled';
  }
}
/** Raised by the host budget when the probe's deadline came before its turn on a busy host. */
export class HostBudgetExhausted extends Error {
  constructor(host: string) {
    super(`politeness budget: no free slot for ${host} before the deadline`);
    this.name = 'HostBudgetExhausted';
  }
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME', 'ENODATA', 'ESERVFAIL']);
const CONNECT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'EPIPE',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
]);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const TLS_CODE = /CERT|SSL|TLS|EPROTO|ERR_TLS|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|SELF_SIGNED|HOSTNAME_MISMATCH/;

/** The first `code` found walking `cause` and AggregateError `errors` (undici nests the socket error). */
function findErrorCode(err: unknown, depth = 0): string | undefined {
  if (depth > 5 || err === null || typeof err !== 'object') return undefined;
  const e = err as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string') return e.code;
  const fromCause = findErrorCode(e.cause, depth + 1);
  if (fromCause) return fromCause;
  if (Array.isArray(e.errors)) for (const inner of e.errors) {
    const code = findErrorCode(inner, depth + 1);
    if (code) return code;
  }
  return undefined;
}

/** The message of the error in the chain that carries `code`. */
function messageInChain(err: unknown, code: string): string {
  for (let e = err, i = 0; e && i < 6; e = (e as { cause?: unknown }).cause, i++) {
    if ((e as { code?: unknown }).code === code) return (e as Error).message;
  }
  return code;
}

function findInChain<T>(err: unknown, type: abstract new (...args: never[]) => T): T | undefined {
  for (let e = err, i = 0; e && i < 6; e = (e as { cause?: unknown }).cause, i++) if (e instanceof type) return e;
  return undefined;
}

/**
 * Maps an error thrown while talking to an upstream to a failure. The abort signal is consulted first:
 * once our own deadline fired, whatever undici reports (AbortError, socket closed…) is a timeout.
 */
export function classifyError(err: unknown, signal?: AbortSignal): ProbeFailure {
  if (err instanceof ProbeFailure) return err;
  // Waiting for our own politeness budget says nothing about the target.
  const budget = findInChain(err, HostBudgetExhausted);
  if (budget) return new ProbeFailure('ineligible', 'rate_limited', budget.message);
  const abortReason: unknown = signal?.aborted ? signal.reason : undefined;
  const deadline = abortReason instanceof DeadlineExceeded ? abortReason : findInChain(err, DeadlineExceeded);
  if (deadline) return new ProbeFailure('down', 'timeout', deadline.message);
  if (abortReason instanceof ProbeCancelled || findInChain(err, ProbeCancelled)) {
    // A shutdown says nothing about the target.
    return new ProbeFailure('ineligible', null, 'cancelled before an answer');
  }
  const code = findErrorCode(err);
  // The socket's own lookup found a non-public address (address-guard.ts): says nothing about the target.
  if (code === NON_PUBLIC_ADDRESS_CODE) return new ProbeFailure('ineligible', 'private_address', messageInChain(err, code));
  if (code && DNS_CODES.has(code)) return new ProbeFailure('down', 'dns', `name resolution failed (${code})`);
  if (code && TIMEOUT_CODES.has(code)) return new ProbeFailure('down', 'timeout', `timed out (${code})`);
  if (code && TLS_CODE.test(code)) return new ProbeFailure('down', 'tls', `TLS failed (${code})`);
  // A reset or unreachable network is the same symptom as a refusal for a visitor: no connection.
  if (code && CONNECT_CODES.has(code)) return new ProbeFailure('down', 'connect_refused', `connection failed (${code})`);
  const message = err instanceof Error ? err.message : String(err);
  return new ProbeFailure('down', 'invalid_response', `unexpected error${code ? ` (${code})` : ''}: ${message.slice(0, 200)}`);
}

/** One short line from a zod error: where the upstream's JSON did not match, and how. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'schema mismatch';
  const path = issue.path.length ? issue.path.join('.') : '(root)';
  return `unexpected shape at ${path}: ${issue.message}`.slice(0, 300);
}
