// The desk's team, postmortems and audit log on a real database (PGlite, or PostgreSQL with
// DATABASE_URL): an admin creates an editor (password shown once), the editor signs in; editors get
// 403 on the team and the audit log; a postmortem is a draft until published, then public in /api/v1
// with its date, revised in place; every write leaves an audit row with before and after; a role
// change; disabling revokes every session at once and refuses sign-in; the last active admin can be
// neither demoted nor disabled; "sign out everywhere" goes through better-auth's revokeSessions.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { useTempDb } from '@/tests/helpers/temp-db';
import { createAdmin } from '@/lib/desk/admin';
import { declare, signIn, signOut, listForDesk } from '@/lib/desk/routes';
import { changeUser, createUser, listUsers, savePostmortem } from '@/lib/desk/team-routes';
import { changeDeskUser } from '@/lib/desk/users';
import { deskAudit, deskSessions, deskUsers } from '@/lib/db/schema';
import { getV1Incident } from '@/lib/open-data/v1';
import { readPublishedPostmortem } from '@/lib/db/postmortems';

// The routes' words come from messages/*.json, as next-intl gives them on the server.
vi.mock('next-intl/server', async () => {
  const { createTranslator, createFormatter } = await import('next-intl');
  const messages = { ar: (await import('@/messages/ar.json')).default, en: (await import('@/messages/en.json')).default };
  return {
    getTranslations: async ({ locale, namespace }: { locale: 'ar' | 'en'; namespace: string }) =>
      createTranslator({ locale, messages: messages[locale] as never, namespace: namespace as never }),
    getFormatter: async ({ locale }: { locale: 'ar' | 'en' }) => createFormatter({ locale, timeZone: 'UTC', formats: { dateTime: { long: { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' } } } }),
  };
});

const DB_KEY = '__marsadDatabase';
const ORIGIN = 'http://localhost:3000';
const getDb = useTempDb();
let admin: { email: string; password: string };
let adminCookie: string;

beforeAll(async () => {
  delete process.env.MARSAD_PUBLIC_URL;
  process.env.PORT = '3000';
  (globalThis as Record<string, unknown>)[DB_KEY] = Promise.resolve(getDb());
  admin = await createAdmin(getDb().db, 'lead@example.org');
  adminCookie = await signedIn(admin.email, admin.password);
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>)[DB_KEY];
});

function post(path: string, body: unknown, cookie?: string, headers: Record<string, string> = {}): Request {
  return new Request(`http://127.0.0.1:9${path}`, {
    method: 'POST',
    headers: { origin: ORIGIN, 'content-type': 'application/json', 'x-marsad-client': '203.0.113.7', ...(cookie ? { cookie } : {}), ...headers },
    body: JSON.stringify(body),
  });
}
const get = (path: string, cookie?: string) => new Request(`http://127.0.0.1:9${path}`, { headers: cookie ? { cookie } : {} });

async function signedIn(email: string, password: string): Promise<string> {
  const res = await signIn(post('/desk/api/sign-in', { email, password }));
  expect(res.status).toBe(200);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

async function lastAudit(action?: string) {
  const rows = await getDb().db.select().from(deskAudit).orderBy(desc(deskAudit.id));
  return action ? rows.find((r) => r.action === action) : rows[0];
}

async function idOf(email: string): Promise<string> {
  const [row] = await getDb().db.select().from(deskUsers).where(eq(deskUsers.email, email));
  return row!.id;
}

async function auditRoute() {
  return (await import('@/app/desk/[lang]/audit/route')).GET;
}
async function usersRoute() {
  return (await import('@/app/desk/[lang]/users/route')).GET;
}
const langParams = (lang: string) => ({ params: Promise.resolve({ lang }) });

describe('the team', () => {
  let editor: { email: string; password: string; cookie: string };

  it('an admin creates an editor: a generated password, returned once, stored hashed, audited', async () => {
    const res = await createUser(post('/desk/api/users', { email: 'Writer@Example.org', role: 'editor' }, adminCookie), async () => new Response('unused'));
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const body = (await res.json()) as { email: string; role: string; password: string };
    expect(body.email).toBe('writer@example.org');
    expect(body.role).toBe('editor');
    expect(body.password.length).toBeGreaterThanOrEqual(24);
    const audit = await lastAudit('user.create');
    expect(audit?.actorId).toBe(await idOf(admin.email));
    expect(audit?.after).toEqual({ email: 'writer@example.org', role: 'editor' });
    expect(JSON.stringify(audit)).not.toContain(body.password);
    editor = { email: body.email, password: body.password, cookie: await signedIn(body.email, body.password) };
  });

  it('the form answer shows the password on a page, never in a redirect', async () => {
    const form = new Request('http://127.0.0.1:9/desk/api/users', {
      method: 'POST',
      headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded', cookie: adminCookie },
      body: new URLSearchParams({ email: 'second@example.org', role: 'editor', lang: 'ar' }).toString(),
    });
    const { createdAccountPage } = await import('@/app/desk/[lang]/users/created-page');
    const res = await createUser(form, createdAccountPage);
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBeNull();
    const html = await res.text();
    expect(html).toMatch(/data-created-password="">[A-Za-z0-9_-]{24}</);
    expect(html).toContain('dir="rtl"');
  });

  it('refuses a second account with the same email (409 naming the field) and a bad email (400 naming it)', async () => {
    const again = await createUser(post('/desk/api/users', { email: 'writer@example.org' }, adminCookie), async () => new Response(''));
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { field: string } }).error.field).toBe('email');
    const bad = await createUser(post('/desk/api/users', { email: 'not-an-email' }, adminCookie), async () => new Response(''));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('email');
  });

  it('editors get 403 on the team and the audit log (API and pages); no session: 401 or the sign-in page', async () => {
    expect((await listUsers(get('/desk/api/users', editor.cookie))).status).toBe(403);
    expect((await createUser(post('/desk/api/users', { email: 'x@example.org' }, editor.cookie), async () => new Response(''))).status).toBe(403);
    expect((await changeUser(post('/desk/api/users/x', { action: 'disable' }, editor.cookie), await idOf(admin.email))).status).toBe(403);
    const audit = await auditRoute();
    const users = await usersRoute();
    const auditPage = await audit(get('/desk/ar/audit', editor.cookie), langParams('ar'));
    expect(auditPage.status).toBe(403);
    expect(await auditPage.text()).toContain('للمشرفين فقط');
    expect((await users(get('/desk/en/users', editor.cookie), langParams('en'))).status).toBe(403);
    expect((await listUsers(get('/desk/api/users'))).status).toBe(401);
    const anonymous = await audit(get('/desk/ar/audit'), langParams('ar'));
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/desk/ar/sign-in');
    // A write from another site is refused before anything else.
    expect((await createUser(post('/desk/api/users', { email: 'x@example.org' }, adminCookie, { origin: 'https://evil.example' }), async () => new Response(''))).status).toBe(403);
  });

  it('an admin changes a role (audited before → after), and the users page lists everyone', async () => {
    const id = await idOf('second@example.org');
    const res = await changeUser(post(`/desk/api/users/${id}`, { action: 'role', role: 'admin' }, adminCookie), id);
    expect(res.status).toBe(200);
    const [row] = await getDb().db.select().from(deskUsers).where(eq(deskUsers.id, id));
    expect(row?.role).toBe('admin');
    const audit = await lastAudit('user.role');
    expect(audit?.before).toMatchObject({ role: 'editor' });
    expect(audit?.after).toMatchObject({ role: 'admin' });
    const page = await (await usersRoute())(get('/desk/ar/users', adminCookie), langParams('ar'));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('data-user="writer@example.org"');
    expect(html).toContain('data-user="second@example.org" data-role="admin"');
    const back = await changeUser(post(`/desk/api/users/${id}`, { action: 'role', role: 'editor' }, adminCookie), id);
    expect(back.status).toBe(200);
  });

  it('refuses an unknown action naming the field', async () => {
    const id = await idOf('second@example.org');
    const res = await changeUser(post(`/desk/api/users/${id}`, { action: 'delete' }, adminCookie), id);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { field: string } }).error.field).toBe('action');
  });

  it('disabling revokes every session of the account at once and refuses its next sign-in; enabling lets it back', async () => {
    const id = await idOf(editor.email);
    const second = await signedIn(editor.email, editor.password);
    expect((await listForDesk(get('/desk/api/incidents', editor.cookie))).status).toBe(200);
    expect((await listForDesk(get('/desk/api/incidents', second))).status).toBe(200);
    const res = await changeUser(post(`/desk/api/users/${id}`, { action: 'disable' }, adminCookie), id);
    expect(res.status).toBe(200);
    expect(await getDb().db.select().from(deskSessions).where(eq(deskSessions.userId, id))).toEqual([]);
    expect((await listForDesk(get('/desk/api/incidents', editor.cookie))).status).toBe(401);
    expect((await listForDesk(get('/desk/api/incidents', second))).status).toBe(401);
    const again = await signIn(post('/desk/api/sign-in', { email: editor.email, password: editor.password }));
    expect(again.status).toBe(401);
    expect(again.headers.getSetCookie()).toEqual([]);
    expect((await lastAudit('user.disable'))?.after).toMatchObject({ disabled: true });
    const enable = await changeUser(post(`/desk/api/users/${id}`, { action: 'enable' }, adminCookie), id);
    expect(enable.status).toBe(200);
    editor.cookie = await signedIn(editor.email, editor.password);
    expect((await listForDesk(get('/desk/api/incidents', editor.cookie))).status).toBe(200);
  });

  it('the last active admin can be neither demoted nor disabled, even by another path', async () => {
    const leadId = await idOf(admin.email);
    const demote = await changeUser(post(`/desk/api/users/${leadId}`, { action: 'role', role: 'editor' }, adminCookie), leadId);
    expect(demote.status).toBe(409);
    expect(((await demote.json()) as { error: { code: string } }).error.code).toBe('last_admin');
    // Disabling oneself is refused; and with a second admin disabled, the guard counts only active admins.
    expect((await changeUser(post(`/desk/api/users/${leadId}`, { action: 'disable' }, adminCookie), leadId)).status).toBe(409);
    const secondId = await idOf('second@example.org');
    const lead = { id: leadId, email: admin.email, role: 'admin' as const };
    expect(await changeDeskUser(getDb().db, lead, secondId, { action: 'role', role: 'admin' })).toEqual({ ok: true });
    expect(await changeDeskUser(getDb().db, lead, secondId, { action: 'disable' })).toEqual({ ok: true });
    const second = { id: secondId, email: 'second@example.org', role: 'admin' as const };
    expect(await changeDeskUser(getDb().db, second, leadId, { action: 'disable' })).toEqual({ ok: false, code: 'last_admin' });
    expect(await changeDeskUser(getDb().db, second, leadId, { action: 'role', role: 'editor' })).toEqual({ ok: false, code: 'last_admin' });
    const [row] = await getDb().db.select().from(deskUsers).where(eq(deskUsers.id, leadId));
    expect(row?.role).toBe('admin');
    expect(row?.disabledAt).toBeNull();
  });

  it('"sign out everywhere" ends every session of the account through better-auth, and is audited', async () => {
    const other = await signedIn(editor.email, editor.password);
    const res = await signOut(post('/desk/api/sign-out', { everywhere: true }, editor.cookie));
    expect(res.status).toBe(200);
    expect((await listForDesk(get('/desk/api/incidents', other))).status).toBe(401);
    const audit = await lastAudit('session.revoke_all');
    expect(audit?.actorId).toBe(await idOf(editor.email));
    expect(audit?.before).toEqual({ sessions: 2 });
    editor.cookie = await signedIn(editor.email, editor.password);
  });

  describe('postmortems', () => {
    let slug: string;

    it('is a draft until published: not in /api/v1, audited', async () => {
      const declared = await declare(post('/desk/api/incidents', { titleAr: 'انقطاع السحب', bodyAr: 'نحقق.', phase: 'resolved' }, editor.cookie));
      slug = ((await declared.json()) as { slug: string }).slug;
      const res = await savePostmortem(post(`/desk/api/postmortems/${slug}`, { bodyAr: '## ما جرى\nتوقف **السحب** ساعة.', action: 'save' }, editor.cookie), slug);
      expect(res.status).toBe(201);
      expect(((await res.json()) as { published: boolean }).published).toBe(false);
      expect(await readPublishedPostmortem(getDb().db, slug)).toBeNull();
      expect((await getV1Incident(slug))?.incident.postmortem).toBeNull();
      const audit = await lastAudit('postmortem.draft');
      expect(audit?.target).toBe(slug);
      expect(audit?.before).toBeNull();
      expect(audit?.after).toMatchObject({ published: false, body: { ar: '## ما جرى\nتوقف **السحب** ساعة.', en: null } });
    });

    it('publishes with its date; a revision keeps that date and adds its own', async () => {
      const publish = await savePostmortem(post(`/desk/api/postmortems/${slug}`, { bodyAr: 'توقف السحب ساعة.', bodyEn: 'Withdrawals stopped for an hour.', action: 'publish' }, editor.cookie), slug);
      expect(publish.status).toBe(200);
      const v1 = await getV1Incident(slug);
      const pm = v1?.incident.postmortem;
      expect(pm).toMatchObject({ provenance: 'editor', body: { ar: 'توقف السحب ساعة.', en: 'Withdrawals stopped for an hour.' }, revisedUtc: null });
      expect(Date.parse(pm!.publishedUtc)).toBeGreaterThan(Date.now() - 60_000);
      expect((await lastAudit('postmortem.publish'))?.before).toMatchObject({ published: false });
      await new Promise((r) => setTimeout(r, 5));
      const revise = await savePostmortem(post(`/desk/api/postmortems/${slug}`, { bodyAr: 'توقف السحب ساعة وعشر دقائق.' }, editor.cookie), slug);
      expect(revise.status).toBe(200);
      const after = (await getV1Incident(slug))?.incident.postmortem;
      expect(after?.publishedUtc).toBe(pm!.publishedUtc);
      expect(after?.revisedUtc).not.toBeNull();
      expect(after?.body).toEqual({ ar: 'توقف السحب ساعة وعشر دقائق.', en: null });
      const audit = await lastAudit('postmortem.revise');
      expect(audit?.before).toMatchObject({ body: { en: 'Withdrawals stopped for an hour.' } });
      expect(audit?.after).toMatchObject({ body: { en: null }, published: true });
    });

    it('refuses an unknown incident (404), an empty Arabic text (400 naming bodyAr) and no session (401)', async () => {
      expect((await savePostmortem(post('/desk/api/postmortems/no-such-incident', { bodyAr: 'x' }, editor.cookie), 'no-such-incident')).status).toBe(404);
      const empty = await savePostmortem(post(`/desk/api/postmortems/${slug}`, { bodyAr: '  ' }, editor.cookie), slug);
      expect(empty.status).toBe(400);
      expect(((await empty.json()) as { error: { field: string } }).error.field).toBe('bodyAr');
      expect((await savePostmortem(post(`/desk/api/postmortems/${slug}`, { bodyAr: 'x' }), slug)).status).toBe(401);
    });

    it('the admin reads it in the audit log: who, what, and a readable before → after', async () => {
      const res = await (await auditRoute())(get('/desk/en/audit', adminCookie), langParams('en'));
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      const html = await res.text();
      expect(html).toContain('Published postmortem revised');
      expect(html).toContain('writer@example.org');
      expect(html).toContain('<code dir="ltr">body.en</code>');
      expect(html).toContain('Withdrawals stopped for an hour.');
      expect((await (await auditRoute())(get('/desk/en/audit?page=zero', adminCookie), langParams('en'))).status).toBe(400);
    });
  });
});
