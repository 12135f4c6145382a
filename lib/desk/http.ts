// The desk's HTTP rules, applied by every route under /desk/api: answers are `private, no-store`;
// a write must come from the desk's own origin (Origin, or Sec-Fetch-Site when a browser sends no
// Origin) with a session cookie that is SameSite=Strict; the session and the role are checked before
// anything is read; the body is parsed with zod and a refusal names its field.
import type { z } from 'zod';
import { CLIENT_ADDRESS_HEADER, deskOrigin } from './config';
import { getDeskAuth } from './auth';
import { firstProblem } from './input';
import type { Actor } from './incidents';
import type { Locale } from '@/lib/i18n/routing';

export const DESK_CACHE_CONTROL = 'private, no-store';
const BODY_LIMIT = 64 * 1024;

export function deskJson(data: unknown, status = 200, headers: HeadersInit = {}): Response {
  const h = new Headers(headers);
  h.set('content-type', 'application/json; charset=utf-8');
  h.set('cache-control', DESK_CACHE_CONTROL);
  return new Response(JSON.stringify(data), { status, headers: h });
}

export function deskError(status: number, code: string, message: string, field?: string, headers: HeadersInit = {}): Response {
  return deskJson({ error: { code, message, ...(field ? { field } : {}) } }, status, headers);
}

/** A browser's form (it follows a redirect back to the page) rather than a script that reads JSON. */
export function isFormPost(request: Request): boolean {
  return (request.headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded');
}

/** 303 to a desk page (a path under /desk only: never an address given by the request). */
export function seeOther(path: string, headers: HeadersInit = {}): Response {
  const h = new Headers(headers);
  h.set('location', path.startsWith('/desk') ? path : '/desk');
  h.set('cache-control', DESK_CACHE_CONTROL);
  return new Response(null, { status: 303, headers: h });
}

/** Refuses a write that does not come from the desk's own pages (CSRF). */
export function refuseCrossSite(request: Request): Response | null {
  const origin = request.headers.get('origin');
  if (origin !== null) return origin === deskOrigin() ? null : deskError(403, 'cross_site', 'This write does not come from the desk\'s own pages.');
  const site = request.headers.get('sec-fetch-site');
  if (site === 'same-origin') return null;
  return deskError(403, 'cross_site', 'This write does not come from the desk\'s own pages (no Origin header).');
}

export function clientAddress(request: Request): string {
  return request.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown';
}

/** The signed-in user of the request, or null. */
export async function sessionActor(headers: Headers): Promise<Actor | null> {
  const auth = await getDeskAuth();
  const found = await auth.api.getSession({ headers });
  if (!found) return null;
  // Disabling revokes the sessions; this also refuses one read in the moment between the two.
  if ((found.user as { disabledAt?: unknown }).disabledAt) return null;
  const role = (found.user as { role?: unknown }).role === 'admin' ? 'admin' : 'editor';
  return { id: found.user.id, email: found.user.email, role };
}

/** 401 without a session, 403 without the role; otherwise the actor. */
export async function requireActor(request: Request, role: 'editor' | 'admin'): Promise<Actor | Response> {
  const actor = await sessionActor(request.headers);
  if (!actor) return deskError(401, 'unauthenticated', 'Sign in to the desk first.');
  if (role === 'admin' && actor.role !== 'admin') return deskError(403, 'forbidden', 'This needs the admin role.');
  return actor;
}

/** A form or JSON body, bounded in size, as a plain object (repeated form fields become arrays). */
export async function readBody(request: Request): Promise<Record<string, unknown> | Response> {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > BODY_LIMIT) return deskError(413, 'too_large', `The body is over ${BODY_LIMIT} bytes.`);
  const raw = await request.text();
  if (raw.length > BODY_LIMIT) return deskError(413, 'too_large', `The body is over ${BODY_LIMIT} bytes.`);
  const type = request.headers.get('content-type') ?? '';
  if (type.startsWith('application/json')) {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    } catch {
      // answered below
    }
    return deskError(400, 'invalid_json', 'The body is not a JSON object.', 'body');
  }
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of new URLSearchParams(raw)) {
      const prior = out[key];
      out[key] = prior === undefined ? value : Array.isArray(prior) ? [...prior, value] : [prior, value];
    }
    return out;
  }
  return deskError(415, 'unsupported_media_type', 'Send a form or JSON.', 'content-type');
}

/** Form rows `service`/`impact` (repeated) as the impacts array; JSON gives `impacts` itself. */
export function impactsOfForm(body: Record<string, unknown>): unknown {
  if (body.impacts !== undefined) return body.impacts;
  const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  const services = list(body.service);
  const impacts = list(body.impact);
  return services
    .map((serviceId, i) => ({ serviceId, impact: impacts[i] }))
    .filter((row) => row.serviceId !== '' && row.serviceId !== undefined);
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; field: string; response: Response };

export function parseWith<S extends z.ZodType>(schema: S, body: unknown): Parsed<z.infer<S>> {
  const result = schema.safeParse(body);
  if (result.success) return { ok: true, data: result.data };
  const problem = firstProblem(result.error);
  return { ok: false, field: problem.field, response: deskError(400, 'invalid_input', problem.message, problem.field) };
}

/** The language of the desk page a form came from (its `lang` field), for the way back. */
export const formLang = (body: Record<string, unknown>): Locale => (body.lang === 'en' ? 'en' : 'ar');

/**
 * Every desk write's checks in their order: cross-site (403), session and role (401, 403), the body
 * (413, 415, 400), then the fields (400 naming the first wrong one; a form is sent back to `page`
 * with `?error=field&field=…`). The actor, the fields and the form's language, or the refusal.
 */
export async function deskWrite<S extends z.ZodType>(
  request: Request,
  role: 'editor' | 'admin',
  schema: S,
  page: (lang: Locale) => string,
): Promise<{ actor: Actor; data: z.infer<S>; lang: Locale } | Response> {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const actor = await requireActor(request, role);
  if (actor instanceof Response) return actor;
  const body = await readBody(request);
  if (body instanceof Response) return body;
  const lang = formLang(body);
  const parsed = parseWith(schema, body);
  if (!parsed.ok) return isFormPost(request) ? seeOther(`${page(lang)}?error=field&field=${encodeURIComponent(parsed.field)}`) : parsed.response;
  return { actor, data: parsed.data, lang };
}
