// The desk's API, one function per route (app/desk/api/**/route.ts only re-export them): every one
// answers `private, no-store`, refuses without a session (401) or the role (403), and every write
// refuses a cross-site request (403) before its body is read.
import { desc } from 'drizzle-orm';
import { z } from 'zod';
import { renderEditorMarkdown } from '@/lib/incidents/editor-text';
import { APIError } from 'better-auth/api';
import { getDatabase } from '@/lib/db/client';
import { deskAudit } from '@/lib/db/schema';
import { readDeskIncidents } from '@/lib/db/desk-incidents';
import { getCatalog } from '@/lib/catalog';
import { getDeskAuth } from './auth';
import { addIncidentUpdate, declareIncident } from './incidents';
import { auditSignOutEverywhere, openSessions } from './users';
import { incidentInput, incidentSlug, signInInput, updateInput } from './input';
import { clearAccountFailures, recordSignInFailure, signInWait } from './sign-in-limit';
import {
  clientAddress, deskError, deskJson, impactsOfForm, isFormPost, parseWith, readBody, refuseCrossSite, requireActor, seeOther, sessionActor,
} from './http';
import { routing } from '@/lib/i18n/routing';
import type { Locale } from '@/lib/i18n/routing';

/** The language of the desk page a form came from (`lang` field), for the redirect back. */
function langOf(body: Record<string, unknown>): Locale {
  return body.lang === 'en' ? 'en' : 'ar';
}

const knownService = (id: string) => getCatalog().services.some((s) => s.id === id);

export async function signIn(request: Request): Promise<Response> {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const body = await readBody(request);
  if (body instanceof Response) return body;
  const lang = langOf(body);
  const parsed = parseWith(signInInput, body);
  if (!parsed.ok) return isFormPost(request) ? seeOther(`/desk/${lang}/sign-in?error=${parsed.field}`) : parsed.response;
  const { email, password } = parsed.data;
  const { db } = await getDatabase();
  const address = clientAddress(request);
  const wait = await signInWait(db, email, address);
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60);
    if (isFormPost(request)) return seeOther(`/desk/${lang}/sign-in?error=rate&wait=${minutes}`);
    return deskError(429, 'rate_limited', `Too many failed sign-ins; try again in ${minutes} min.`, undefined, { 'retry-after': String(wait) });
  }
  const auth = await getDeskAuth();
  try {
    const result = await auth.api.signInEmail({ body: { email, password, rememberMe: true }, headers: request.headers, returnHeaders: true });
    await clearAccountFailures(db, email);
    const cookies = result.headers.getSetCookie();
    const headers = new Headers();
    for (const cookie of cookies) headers.append('set-cookie', cookie);
    return isFormPost(request) ? seeOther(`/desk/${lang}`, headers) : deskJson({ ok: true }, 200, headers);
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    await recordSignInFailure(db, email, address);
    if (isFormPost(request)) return seeOther(`/desk/${lang}/sign-in?error=credentials`);
    return deskError(401, 'invalid_credentials', 'The email or the password is not correct.');
  }
}

export async function signOut(request: Request): Promise<Response> {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const body = await readBody(request);
  if (body instanceof Response) return body;
  const actor = await requireActor(request, 'editor');
  if (actor instanceof Response) return actor;
  const auth = await getDeskAuth();
  if (body.everywhere === '1' || body.everywhere === true) {
    // better-auth's own revokeSessions (every session of the signed-in account), then its audit row.
    const { db } = await getDatabase();
    const open = await openSessions(db, actor.id);
    await auth.api.revokeSessions({ headers: request.headers });
    await auditSignOutEverywhere(db, actor, open);
  }
  const result = await auth.api.signOut({ headers: request.headers, returnHeaders: true });
  const headers = new Headers();
  for (const cookie of result.headers.getSetCookie()) headers.append('set-cookie', cookie);
  return isFormPost(request) ? seeOther(`/desk/${langOf(body)}/sign-in?signedOut=1`, headers) : deskJson({ ok: true }, 200, headers);
}

export async function listForDesk(request: Request): Promise<Response> {
  const actor = await requireActor(request, 'editor');
  if (actor instanceof Response) return actor;
  const { db } = await getDatabase();
  return deskJson({ incidents: await readDeskIncidents(db) });
}

function unknownServiceIn(impacts: { serviceId: string }[]): Response | null {
  const i = impacts.findIndex((row) => !knownService(row.serviceId));
  return i === -1 ? null : deskError(400, 'invalid_input', `impacts.${i}.serviceId: no such service`, `impacts.${i}.serviceId`);
}

export async function declare(request: Request): Promise<Response> {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const actor = await requireActor(request, 'editor');
  if (actor instanceof Response) return actor;
  const body = await readBody(request);
  if (body instanceof Response) return body;
  const lang = langOf(body);
  const parsed = parseWith(incidentInput, { ...body, impacts: impactsOfForm(body) });
  if (!parsed.ok) return isFormPost(request) ? seeOther(`/desk/${lang}/incidents/new?error=${encodeURIComponent(parsed.field)}`) : parsed.response;
  const unknown = unknownServiceIn(parsed.data.impacts);
  if (unknown) return isFormPost(request) ? seeOther(`/desk/${lang}/incidents/new?error=impacts`) : unknown;
  const { db } = await getDatabase();
  const slug = await declareIncident(db, actor, parsed.data);
  return isFormPost(request) ? seeOther(`/desk/${lang}/incidents/${slug}`) : deskJson({ slug }, 201);
}

export async function addUpdate(request: Request, slugRaw: string): Promise<Response> {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const actor = await requireActor(request, 'editor');
  if (actor instanceof Response) return actor;
  const slug = incidentSlug.safeParse(slugRaw);
  if (!slug.success) return deskError(404, 'not_found', 'No such incident.');
  const body = await readBody(request);
  if (body instanceof Response) return body;
  const lang = langOf(body);
  const parsed = parseWith(updateInput, { ...body, impacts: impactsOfForm(body) });
  if (!parsed.ok) return isFormPost(request) ? seeOther(`/desk/${lang}/incidents/${slug.data}?error=${encodeURIComponent(parsed.field)}`) : parsed.response;
  const unknown = unknownServiceIn(parsed.data.impacts);
  if (unknown) return isFormPost(request) ? seeOther(`/desk/${lang}/incidents/${slug.data}?error=impacts`) : unknown;
  const { db } = await getDatabase();
  if (!(await addIncidentUpdate(db, actor, slug.data, parsed.data))) return deskError(404, 'not_found', 'No such incident.');
  return isFormPost(request) ? seeOther(`/desk/${lang}/incidents/${slug.data}`) : deskJson({ ok: true });
}

export async function readAudit(request: Request): Promise<Response> {
  const actor = await requireActor(request, 'admin');
  if (actor instanceof Response) return actor;
  const { db } = await getDatabase();
  return deskJson({ entries: await db.select().from(deskAudit).orderBy(desc(deskAudit.id)).limit(500) });
}

export { sessionActor };

const previewInput = z.object({
  titleAr: z.string().max(200).optional(),
  titleEn: z.string().max(200).optional(),
  bodyAr: z.string().max(5000).optional(),
  bodyEn: z.string().max(5000).optional(),
  lang: z.enum(routing.locales).default('ar'),
});

export interface PreviewWords {
  title: string;
  note: string;
  arabic: string;
  english: string;
  arabicOnly: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * POST /desk/api/preview: the text as it will be published, in an Arabic (RTL) frame and an English
 * (LTR) one, rendered by the same safe Markdown renderer as the pages. Nothing is written.
 */
export async function preview(request: Request, wordsFor: (lang: Locale) => Promise<PreviewWords>): Promise<Response> {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const actor = await requireActor(request, 'editor');
  if (actor instanceof Response) return actor;
  const body = await readBody(request);
  if (body instanceof Response) return body;
  const parsed = parseWith(previewInput, body);
  if (!parsed.ok) return parsed.response;
  const input = parsed.data;
  const words = await wordsFor(input.lang);
  const frame = (lang: Locale, heading: string, title: string | undefined, text: string | undefined, note?: string) =>
    `<section dir="${lang === 'ar' ? 'rtl' : 'ltr'}" lang="${lang}"><h2>${escapeHtml(heading)}</h2>` +
    (note ? `<p><em>${escapeHtml(note)}</em></p>` : '') +
    (title ? `<h3 dir="auto">${escapeHtml(title)}</h3>` : '') +
    renderEditorMarkdown(text ?? '') +
    '</section>';
  const englishMissing = !input.bodyEn?.trim();
  const html =
    `<!doctype html><html lang="${input.lang}" dir="${input.lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">' +
    `<title>${escapeHtml(words.title)}</title>` +
    '<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem;line-height:1.7}section{border:1px solid #999;border-radius:.5rem;padding:0 1rem;margin:1rem 0}a{text-decoration:underline}</style>' +
    `</head><body><h1>${escapeHtml(words.title)}</h1><p>${escapeHtml(words.note)}</p>` +
    frame('ar', words.arabic, input.titleAr, input.bodyAr) +
    (englishMissing
      ? frame('en', words.english, input.titleAr, input.bodyAr, words.arabicOnly)
      : frame('en', words.english, input.titleEn || input.titleAr, input.bodyEn)) +
    '</body></html>';
  return new Response(html, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store' } });
}
