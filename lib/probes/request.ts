// One bounded HTTP exchange, shared by every probe: refuses non-public hosts (before the request and again
// when the socket connects), follows a few redirects by hand (re-checking each hop), reads at most
// maxBytes of body, stops at the caller's deadline, and maps everything that can go wrong to a
// ProbeFailure with a reason code. It throws only ProbeFailure.
import type { z } from 'zod';
import { assertPublicHost, type LookupFn } from './address-guard';
import { raceSignal } from './deadline';
import { ProbeFailure, classifyError, describeZodError, invalidResponse } from './failure';
import { BUDGET_SKIP_HEADER, parseRetryAfterSec } from './host-budget';
import type { Dispatcher } from 'undici';
import type { ProbeFacts } from './types';

/**
 * Redirects followed before giving up. Past it, the result is `http_status` (with the 3xx in facts.httpStatus):
 * the endpoint answered, but never with something we could use, which is what http_status means elsewhere.
 */
export const MAX_REDIRECTS = 3;

export interface RequestSpec {
  url: string;
  method?: 'GET' | 'POST';
  /** Sent as a JSON body (POST). */
  json?: unknown;
  /** Accept header; JSON unless said otherwise. */
  accept?: string;
  /** Statuses the caller will read; any 2xx by default. Checked before redirects and error mapping. */
  acceptStatus?: (status: number) => boolean;
}

export interface RequestLimits {
  signal: AbortSignal;
  maxBytes: number;
  allowPrivateNetwork: boolean;
}

export interface RequestDeps {
  fetch: typeof fetch;
  userAgent: string;
  lookup?: LookupFn;
  now: () => number;
  /**
   * The probe run's own pool (probe-fetch.ts recordConnections): it refuses non-public addresses when
   * connecting unless the monitor allows them, and records the address connected to. Fetches that are
   * not undici's ignore it.
   */
  dispatcher?: Dispatcher;
}

export interface FetchedResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The upstream's Date header, epoch ms, when it sent a valid one. */
  serverDateMs?: number;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const isSuccess = (status: number) => status >= 200 && status < 300;

function parseServerDate(headers: Headers): number | undefined {
  const value = headers.get('date');
  const ms = value ? Date.parse(value) : NaN;
  return Number.isNaN(ms) ? undefined : ms;
}

function discardBody(res: Response): void {
  // Cancelling (rather than reading) frees the socket at once; errors here change nothing.
  res.body?.cancel().catch(() => undefined);
}

/** Reads the body as UTF-8 text, refusing to hold more than maxBytes of it. */
async function readCappedText(res: Response, maxBytes: number, signal: AbortSignal, facts: ProbeFacts): Promise<string> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) {
    discardBody(res);
    throw invalidResponse(`body of ${declared} bytes is over the ${maxBytes}-byte cap`, facts);
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await raceSignal(reader.read(), signal);
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) throw invalidResponse(`body over the ${maxBytes}-byte cap: stopped reading`, facts);
      chunks.push(value);
    }
  } catch (err) {
    reader.cancel().catch(() => undefined);
    const failure = classifyError(err, signal);
    throw new ProbeFailure(failure.outcome, failure.reason, failure.message, { ...facts, ...failure.facts });
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** Maps a status the caller did not accept: 429/418 and 403/451 say nothing about the target's health. */
function failureForStatus(res: Response, facts: ProbeFacts, nowMs: number): ProbeFailure {
  const status = res.status;
  if (status === 429 || status === 418) {
    const retryAfterSec = parseRetryAfterSec(res.headers.get('retry-after'), nowMs);
    const withRetry = retryAfterSec === undefined ? facts : { ...facts, retryAfterSec };
    const detail = res.headers.has(BUDGET_SKIP_HEADER)
      ? `not asked: the host asked us to wait (Retry-After), ${retryAfterSec ?? '?'} s to go`
      : `HTTP ${status}: rate limited${retryAfterSec === undefined ? '' : `, retry after ${retryAfterSec} s`}`;
    return new ProbeFailure('ineligible', 'rate_limited', detail, withRetry);
  }
  if (status === 403 || status === 451) {
    return new ProbeFailure('ineligible', 'blocked', `HTTP ${status}: refused to this vantage`, facts);
  }
  return new ProbeFailure('down', 'http_status', `HTTP ${status}`, facts);
}

export async function requestText(spec: RequestSpec, limits: RequestLimits, deps: RequestDeps): Promise<FetchedResponse> {
  const { signal } = limits;
  const accept = spec.acceptStatus ?? isSuccess;
  let url: URL;
  try {
    url = new URL(spec.url);
  } catch {
    throw invalidResponse('not a valid URL');
  }
  let method = spec.method ?? 'GET';
  let body = spec.json === undefined ? undefined : JSON.stringify(spec.json);

  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalidResponse(`refusing ${url.protocol} URL`);
    if (!limits.allowPrivateNetwork) await assertPublicHost(url, signal, deps.lookup);

    let res: Response;
    try {
      res = await raceSignal(
        deps.fetch(url, {
          method,
          body,
          redirect: 'manual',
          signal,
          headers: {
            'user-agent': deps.userAgent,
            accept: spec.accept ?? 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(deps.dispatcher && { dispatcher: deps.dispatcher }),
        } as RequestInit),
        signal,
      );
    } catch (err) {
      throw classifyError(err, signal);
    }

    const facts: ProbeFacts = { httpStatus: res.status };
    const serverDateMs = parseServerDate(res.headers);
    if (serverDateMs !== undefined) facts.serverDateMs = serverDateMs;

    if (accept(res.status)) {
      const text = await readCappedText(res, limits.maxBytes, signal, facts);
      return { status: res.status, headers: res.headers, text, serverDateMs };
    }

    const location = res.headers.get('location');
    if (REDIRECT_STATUSES.has(res.status) && location) {
      discardBody(res);
      if (hop >= MAX_REDIRECTS) throw new ProbeFailure('down', 'http_status', `more than ${MAX_REDIRECTS} redirects`, facts);
      try {
        url = new URL(location, url);
      } catch {
        throw invalidResponse('redirect to an invalid URL', facts);
      }
      // As browsers do: 303, and 301/302 after a POST, continue as a GET without the body.
      if (res.status === 303 || (method === 'POST' && (res.status === 301 || res.status === 302))) {
        method = 'GET';
        body = undefined;
      }
      continue;
    }

    discardBody(res);
    throw failureForStatus(res, facts, deps.now());
  }
}

/** Parses JSON and validates it; both failures are the upstream's: `invalid_response`. */
export function parseJsonWith<S extends z.ZodType>(text: string, schema: S): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalidResponse('body is not valid JSON');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidResponse(describeZodError(parsed.error));
  return parsed.data;
}
