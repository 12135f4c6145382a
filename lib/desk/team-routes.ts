// The desk's routes for the team, the audit log and postmortems (app/desk/**/route.ts call these):
// like lib/desk/routes.ts, every answer is `private, no-store`, a write refuses a cross-site request
// (403) before anything else, then no session (401) or no admin role (403), and a refused field is
// named (400). Forms are answered with a redirect back to their page; JSON with JSON.
import { getDatabase } from '@/lib/db/client';
import { readPostmortem, readPostmortems, type PostmortemRow } from '@/lib/db/postmortems';
import { getIncident } from '@/lib/read-models/incidents';
import { getEditorIncident } from '@/lib/read-models/editor-incidents';
import type { Locale } from '@/lib/i18n/routing';
import { readAuditPage } from './audit';
import { deskError, deskJson, isFormPost, parseWith, readBody, refuseCrossSite, requireActor, seeOther } from './http';
import type { Actor } from './incidents';
import { postmortemInput, postmortemSlug, writePostmortem } from './postmortems';
import { changeDeskUser, createDeskUser, createUserInput, listDeskUsers, userChangeInput, userId, type DeskUserView } from './users';

const langOf = (body: Record<string, unknown>): Locale => (body.lang === 'en' ? 'en' : 'ar');

export async function auditPageOf(page: number) {
  const { db } = await getDatabase();
  return readAuditPage(db, page);
}

export async function deskUsers(): Promise<DeskUserView[]> {
  const { db } = await getDatabase();
  return listDeskUsers(db);
}

/** GET /desk/api/users: every account (admin). */
export async function listUsers(request: Request): Promise<Response> {
  const actor = await requireActor(request, 'admin');
  if (actor instanceof Response) return actor;
  return deskJson({ users: await deskUsers() });
}

export interface CreatedAccount {
  email: string;
  role: 'editor' | 'admin';
  password: string;
}

/**
 * POST /desk/api/users: a new account (admin). Its password is in this answer only: for a form, the
 * page `showCreated` renders (never a redirect, which would put it in a URL); for JSON, the body.
 */
export async function createUser(request: Request, showCreated: (lang: Locale, actor: Actor, account: CreatedAccount) => Promise<Response>): Promise<Response> {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const actor = await requireActor(request, 'admin');
  if (actor instanceof Response) return actor;
  const body = await readBody(request);
  if (body instanceof Response) return body;
  const lang = langOf(body);
  const parsed = parseWith(createUserInput, body);
  if (!parsed.ok) return isFormPost(request) ? seeOther(`/desk/${lang}/users?error=field&field=${encodeURIComponent(parsed.field)}`) : parsed.response;
  const { db } = await getDatabase();
  const result = await createDeskUser(db, actor, parsed.data);
  if (!result.ok) return isFormPost(request) ? seeOther(`/desk/${lang}/users?error=exists`) : deskError(409, 'exists', 'email: an account with this email exists.', 'email');
  const account = { email: result.email, role: parsed.data.role, password: result.password };
  return isFormPost(request) ? showCreated(lang, actor, account) : deskJson({ id: result.id, ...account }, 201);
}

const CHANGE_STATUS = { not_found: 404, last_admin: 409, self: 409 } as const;
const CHANGE_MESSAGE = {
  not_found: 'No such account.',
  last_admin: 'The last active admin can be neither disabled nor made an editor.',
  self: 'An admin cannot disable their own account.',
} as const;

/** POST /desk/api/users/{id}: `action` role (with `role`), disable or enable (admin). */
export async function changeUser(request: Request, idRaw: string): Promise<Response> {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const actor = await requireActor(request, 'admin');
  if (actor instanceof Response) return actor;
  const id = userId.safeParse(idRaw);
  if (!id.success) return deskError(404, 'not_found', CHANGE_MESSAGE.not_found);
  const body = await readBody(request);
  if (body instanceof Response) return body;
  const lang = langOf(body);
  const parsed = parseWith(userChangeInput, body);
  if (!parsed.ok) return isFormPost(request) ? seeOther(`/desk/${lang}/users?error=field&field=${encodeURIComponent(parsed.field)}`) : parsed.response;
  const { db } = await getDatabase();
  const result = await changeDeskUser(db, actor, id.data, parsed.data);
  if (!result.ok) return isFormPost(request) ? seeOther(`/desk/${lang}/users?error=${result.code}`) : deskError(CHANGE_STATUS[result.code], result.code, CHANGE_MESSAGE[result.code]);
  return isFormPost(request) ? seeOther(`/desk/${lang}/users?done=1`) : deskJson({ ok: true });
}

/** An incident of any origin by its slug: its title in both languages (English may be null), or null. */
export async function incidentTitle(slug: string): Promise<{ ar: string; en: string | null } | null> {
  const detail = await getIncident(slug);
  if (detail) return detail.incident.title;
  const editor = await getEditorIncident(slug);
  return editor ? editor.title : null;
}

export async function postmortemOf(slug: string): Promise<PostmortemRow | null> {
  const { db } = await getDatabase();
  return readPostmortem(db, slug);
}

export async function allPostmortems(): Promise<PostmortemRow[]> {
  const { db } = await getDatabase();
  return readPostmortems(db);
}

/** POST /desk/api/postmortems/{slug}: save the draft, or publish (editor role). */
export async function savePostmortem(request: Request, slugRaw: string): Promise<Response> {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const actor = await requireActor(request, 'editor');
  if (actor instanceof Response) return actor;
  const slug = postmortemSlug.safeParse(slugRaw);
  if (!slug.success || !(await incidentTitle(slug.data))) return deskError(404, 'not_found', 'No such incident.', 'slug');
  const body = await readBody(request);
  if (body instanceof Response) return body;
  const lang = langOf(body);
  const page = `/desk/${lang}/postmortems/${slug.data}`;
  const parsed = parseWith(postmortemInput, body);
  if (!parsed.ok) return isFormPost(request) ? seeOther(`${page}?error=${encodeURIComponent(parsed.field)}`) : parsed.response;
  const { db } = await getDatabase();
  const before = await readPostmortem(db, slug.data);
  const row = await writePostmortem(db, actor, slug.data, parsed.data);
  const done = before?.publishedAt ? 'revised' : row.publishedAt ? 'published' : 'saved';
  return isFormPost(request)
    ? seeOther(`${page}?done=${done}`)
    : deskJson({ slug: slug.data, published: row.publishedAt !== null, publishedUtc: row.publishedAt?.toISOString() ?? null }, before ? 200 : 201);
}
