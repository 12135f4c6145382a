// Responses of the open-data routes (API v1, Statuspage v2, feeds, badges, share images): a strong ETag
// computed from the exact bytes sent, 304 when the client already has them, Cache-Control on every
// answer, CORS open to any site (the data is public), and errors as JSON that name the bad parameter.
// Query and path parameters are read here with zod, so every route rejects the same way.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { logError } from '@/lib/log';
import { cacheControlOf, NO_STORE, routeFor } from '@/lib/route-table';

const SHARED_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag',
  'X-Content-Type-Options': 'nosniff',
};

/** A strong validator: the same bytes always give the same tag, any change gives another. */
export function strongEtag(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** RFC 9110 If-None-Match: a list of tags or `*`, compared weakly (W/ ignored). */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

export interface BodyOptions {
  contentType: string;
  status?: number;
  headers?: Record<string, string>;
}

/** A success lives as long as the route table says for its path; anything else is not stored. */
function cacheControlFor(request: Request, status: number): string {
  return status === 200 ? cacheControlOf(routeFor(new URL(request.url).pathname)) : NO_STORE;
}

/** Sends `body` with its ETag, or 304 without it when the client's copy is current. */
export function respond(request: Request, body: string | Uint8Array, options: BodyOptions): Response {
  const etag = strongEtag(body);
  const status = options.status ?? 200;
  const headers: Record<string, string> = { ...SHARED_HEADERS, 'Cache-Control': cacheControlFor(request, status), ETag: etag, ...options.headers };
  if (status === 200 && etagMatches(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  headers['Content-Type'] = options.contentType;
  return new Response(body as BodyInit, { status, headers });
}

export function respondJson(request: Request, data: unknown, status = 200): Response {
  return respond(request, JSON.stringify(data), { contentType: 'application/json; charset=utf-8', status });
}

export interface ApiErrorBody {
  error: { code: string; message: string; parameter?: string };
}

/** An error any client can read; never a stack trace (that goes to the server log). */
export function apiError(request: Request, status: number, code: string, message: string, parameter?: string): Response {
  const body: ApiErrorBody = { error: { code, message, ...(parameter ? { parameter } : {}) } };
  return respondJson(request, body, status);
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

function describeIssue(issue: z.core.$ZodIssue): string {
  return issue.message;
}

/**
 * Reads the query string against `schema`. `keys` are the parameters the route takes: any other one is
 * a 400 naming it (a typo such as `?rnage=7d` must not silently give the default), unless
 * `allowUnknown` (the Statuspage-compatible routes, which clients call with cache-busting extras).
 */
export function parseQuery<S extends z.ZodType>(
  request: Request,
  keys: readonly string[],
  schema: S,
  options: { allowUnknown?: boolean } = {},
): Parsed<z.output<S>> {
  const params = new URL(request.url).searchParams;
  const input: Record<string, string> = {};
  for (const name of new Set(params.keys())) {
    if (!keys.includes(name)) {
      if (options.allowUnknown) continue;
      const allowed = keys.length ? `It takes: ${keys.join(', ')}.` : 'It takes no query parameters.';
      return { ok: false, response: apiError(request, 400, 'unknown_parameter', `Unknown query parameter "${name}". ${allowed}`, name) };
    }
    const values = params.getAll(name);
    if (values.length > 1) return { ok: false, response: apiError(request, 400, 'repeated_parameter', `The parameter "${name}" is given more than once; give it once.`, name) };
    // An empty value means "not given", so ?range= falls back to the default rather than failing.
    if (values[0] !== '') input[name] = values[0]!;
  }
  return parseValue(request, input, schema, 'query');
}

/** Validates a path segment (an id or a slug), naming it in the 400. */
export function parsePathParam<S extends z.ZodType>(request: Request, name: string, value: string, schema: S): Parsed<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    response: apiError(request, 400, 'invalid_parameter', `Invalid path parameter "${name}": ${issue ? describeIssue(issue) : 'not valid'}.`, name),
  };
}

function parseValue<S extends z.ZodType>(request: Request, input: Record<string, string>, schema: S, where: 'query'): Parsed<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  const parameter = issue && issue.path.length > 0 ? String(issue.path[0]) : where;
  const given = input[parameter];
  const value = given === undefined ? '' : ` (given "${given.slice(0, 60)}")`;
  return {
    ok: false,
    response: apiError(request, 400, 'invalid_parameter', `Invalid value for parameter "${parameter}"${value}: ${issue ? describeIssue(issue) : 'not valid'}.`, parameter),
  };
}

/** Runs a route body; an unexpected failure is logged and answered as a 503 JSON error, never a stack. */
export async function withErrors(request: Request, label: string, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    logError(`${label} failed`, error);
    return apiError(request, 503, 'unavailable', 'This data cannot be read at the moment; try again shortly.');
  }
}
