// The desk's API on a real database (PGlite, or PostgreSQL when DATABASE_URL is set): the first admin
// from desk:admin, sign-in with its cookie (Path=/desk, HttpOnly, SameSite=Strict), the rate limit per
// account and per address, no user enumeration, 401/403 on every route, CSRF refusals, zod refusals
// naming the field, an incident declared, updated and resolved, and the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempDb } from '@/tests/helpers/temp-db';
import { createAdmin } from '@/lib/desk/admin';
import { createDeskAuth } from '@/lib/desk/auth';
import { addUpdate, declare, listForDesk, preview, readAudit, signIn, signOut } from '@/lib/desk/routes';
import { deskUsers } from '@/lib/db/schema';
import { eq } from 'drizzle-orm';
import { readDeskIncident } from '@/lib/db/desk-incidents';
import { getV1Incident, getV1Incidents } from '@/lib/open-data/v1';

const DB_KEY = '__marsadDatabase';
const ORIGIN = 'http://localhost:3000';
const getDb = useTempDb();
let admin: { email: string; password: string };

beforeAll(async () => {
  delete process.env.MARSAD_PUBLIC_URL;
  process.env.PORT = '3000';
  (globalThis as Record<string, unknown>)[DB_KEY] = Promise.resolve(getDb());
  admin = await createAdmin(getDb().db, 'Chief@Example.org');
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>)[DB_KEY];
});

function post(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`http://127.0.0.1:9${path}`, {
    method: 'POST',
    headers: { origin: ORIGIN, 'content-type': 'application/json', 'x-marsad-client': '203.0.113.9', ...headers },
    body: JSON.stringify(body),
  });
}

function get(path: string, headers: Record<string, string> = {}): Request {
  return new Request(`http://127.0.0.1:9${path}`, { headers });
}

async function signedInCookie(email: string, password: string, address = '203.0.113.9'): Promise<string> {
  const res = await signIn(post('/desk/api/sign-in', { email, password }, { 'x-marsad-client': address }));
  expect(res.status).toBe(200);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

describe('desk accounts and sessions', () => {
  it('desk:admin makes an admin with a generated password, stored hashed', async () => {
    expect(admin.email).toBe('chief@example.org');
    expect(admin.password.length).toBeGreaterThanOrEqual(24);
    const [user] = await getDb().db.select().from(deskUsers).where(eq(deskUsers.email, 'chief@example.org'));
    expect(user?.role).toBe('admin');
  });

  it('signs in with a cookie on Path=/desk, HttpOnly, SameSite=Strict, not Secure on http, private no-store', async () => {
    const res = await signIn(post('/desk/api/sign-in', { email: admin.email, password: admin.password }));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const [cookie] = res.headers.getSetCookie();
    expect(cookie).toMatch(/^marsad-desk\.session_token=/);
    expect(cookie).toMatch(/Path=\/desk(;|$)/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).not.toMatch(/Secure/i);
  });

  it('makes the cookie Secure (and __Secure-) exactly when MARSAD_PUBLIC_URL is https, never from request headers', async () => {
    const cookieWith = async (publicUrl: string | undefined, headers: Record<string, string>) => {
      if (publicUrl) process.env.MARSAD_PUBLIC_URL = publicUrl;
      else delete process.env.MARSAD_PUBLIC_URL;
      try {
        const auth = createDeskAuth(getDb().db, 's'.repeat(40));
        const result = await auth.api.signInEmail({ body: { email: admin.email, password: admin.password }, headers: new Headers(headers), returnHeaders: true });
        return result.headers.getSetCookie()[0]!;
      } finally {
        delete process.env.MARSAD_PUBLIC_URL;
      }
    };
    const https = await cookieWith('https://marsad.example', {});
    expect(https).toMatch(/^__Secure-marsad-desk\.session_token=/);
    expect(https).toMatch(/; Secure/i);
    expect(https).toMatch(/Path=\/desk/);
    const forged = await cookieWith(undefined, { 'x-forwarded-proto': 'https', host: 'marsad.example' });
    expect(forged).not.toMatch(/Secure/i);
  });

  it('answers a wrong password and an unknown account alike (no enumeration)', async () => {
    const wrong = await signIn(post('/desk/api/sign-in', { email: admin.email, password: 'not the password' }, { 'x-marsad-client': '198.51.100.1' }));
    const unknown = await signIn(post('/desk/api/sign-in', { email: 'nobody@example.org', password: 'not the password' }, { 'x-marsad-client': '198.51.100.1' }));
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.text()).toBe(await unknown.text());
  });

  it('limits failed sign-ins per account (5 in 15 minutes), even with the correct password after', async () => {
    const email = 'target@example.org';
    await createAdmin(getDb().db, email);
    for (let i = 0; i < 5; i++) {
      const res = await signIn(post('/desk/api/sign-in', { email, password: `guess ${i}` }, { 'x-marsad-client': `192.0.2.${i}` }));
      expect(res.status).toBe(401);
    }
    const limited = await signIn(post('/desk/api/sign-in', { email, password: 'guess 6' }, { 'x-marsad-client': '192.0.2.99' }));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).error.message).toMatch(/try again in \d+ min/);
  });

  it('limits failed sign-ins per address (20 in 15 minutes), across accounts', async () => {
    for (let i = 0; i < 20; i++) {
      const res = await signIn(post('/desk/api/sign-in', { email: `spray${i}@example.org`, password: 'Summer2026!' }, { 'x-marsad-client': '198.51.100.77' }));
      expect(res.status).toBe(401);
    }
    const limited = await signIn(post('/desk/api/sign-in', { email: admin.email, password: admin.password }, { 'x-marsad-client': '198.51.100.77' }));
    expect(limited.status).toBe(429);
  });

  it('refuses a sign-in from another site (CSRF) and one without Origin or Sec-Fetch-Site', async () => {
    expect((await signIn(post('/desk/api/sign-in', { email: admin.email, password: admin.password }, { origin: 'https://evil.example' }))).status).toBe(403);
    const bare = new Request('http://127.0.0.1:9/desk/api/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect((await signIn(bare)).status).toBe(403);
  });

  it('names the field a sign-in lacks (zod)', async () => {
    const res = await signIn(post('/desk/api/sign-in', { email: 'not-an-email', password: 'x' }));
    expect(res.status).toBe(400);
    expect((await res.json()).error.field).toBe('email');
  });
});

describe('desk routes refuse without a session (401), without the role (403), cross-site (403)', () => {
  it('401 without a session on every route', async () => {
    expect((await listForDesk(get('/desk/api/incidents'))).status).toBe(401);
    expect((await readAudit(get('/desk/api/audit'))).status).toBe(401);
    expect((await declare(post('/desk/api/incidents', { titleAr: 'عنوان', bodyAr: 'نص' }))).status).toBe(401);
    expect((await addUpdate(post('/desk/api/incidents/editor-20261206-abcdef/updates', {}), 'editor-20261206-abcdef')).status).toBe(401);
    expect((await signOut(post('/desk/api/sign-out', {}))).status).toBe(401);
  });

  it('403 for an editor on the admin routes; 403 for any write from another site, even signed in', async () => {
    const { db } = getDb();
    await createAdmin(db, 'writer@example.org').then(async (made) => {
      await db.update(deskUsers).set({ role: 'editor' }).where(eq(deskUsers.email, 'writer@example.org'));
      const cookie = await signedInCookie(made.email, made.password, '192.0.2.200');
      expect((await readAudit(get('/desk/api/audit', { cookie }))).status).toBe(403);
      expect((await listForDesk(get('/desk/api/incidents', { cookie }))).status).toBe(200);
      const csrf = await declare(post('/desk/api/incidents', { titleAr: 'عنوان الحادثة', bodyAr: 'نص' }, { cookie, origin: 'https://evil.example' }));
      expect(csrf.status).toBe(403);
    });
  });
});

describe('editors declare, update and resolve incidents', () => {
  it('declares in Arabic only, updates, resolves; each write in the audit log', async () => {
    const cookie = await signedInCookie(admin.email, admin.password, '192.0.2.201');
    const bad = await declare(post('/desk/api/incidents', { titleAr: '', bodyAr: 'نص' }, { cookie }));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.field).toBe('titleAr');
    const badService = await declare(post('/desk/api/incidents', { titleAr: 'سحب معلّق', bodyAr: 'نص', impacts: [{ serviceId: 'no-such-service', impact: 'major_outage' }] }, { cookie }));
    expect((await badService.json()).error.field).toBe('impacts.0.serviceId');

    const made = await declare(post('/desk/api/incidents', { titleAr: 'تعليق السحب في Coinbase', bodyAr: 'تقول **Coinbase** إن السحب متوقف.' }, { cookie }));
    expect(made.status).toBe(201);
    const { slug } = await made.json();
    expect(slug).toMatch(/^editor-\d{8}-[a-z0-9]{6}$/);
    const update = await addUpdate(post(`/desk/api/incidents/${slug}/updates`, { phase: 'resolved', bodyAr: 'عاد السحب.', bodyEn: 'Withdrawals are back.' }, { cookie }), slug);
    expect(update.status).toBe(200);
    const found = await readDeskIncident(getDb().db, slug);
    expect(found?.incident.phase).toBe('resolved');
    expect(found?.incident.resolvedAt).not.toBeNull();
    expect(found?.incident.title).toEqual({ ar: 'تعليق السحب في Coinbase', en: null });
    expect(found?.updates.map((u) => u.phase)).toEqual(['investigating', 'resolved']);

    // The public API: labelled "editor", with every update in the incident's own resource.
    const list = await getV1Incidents({});
    expect(list.editorIncidents.find((e) => e.slug === slug)).toMatchObject({ origin: 'editor', provenance: 'editor', phase: 'resolved', title: { ar: 'تعليق السحب في Coinbase', en: null } });
    expect((await getV1Incidents({ origin: 'measured' })).editorIncidents).toEqual([]);
    const one = await getV1Incident(slug);
    expect(one?.incident).toMatchObject({ origin: 'editor', updates: [{ phase: 'investigating' }, { phase: 'resolved', body: { ar: 'عاد السحب.', en: 'Withdrawals are back.' } }] });

    const audit = await (await readAudit(get('/desk/api/audit', { cookie }))).json();
    expect(audit.entries.filter((e: { target: string }) => e.target === slug).map((e: { action: string }) => e.action)).toEqual(['incident.update', 'incident.declare']);
  });

  it('previews in both directions without publishing; refuses without a session or from another site', async () => {
    const words = async () => ({ title: 'Preview', note: 'n', arabic: 'ar', english: 'en', arabicOnly: 'Arabic only' });
    const input = { titleAr: 'عنوان <b>x</b>', bodyAr: 'نص **عريض** <script>alert(1)</script>' };
    expect((await preview(post('/desk/api/preview', input), words)).status).toBe(401);
    const cookie = await signedInCookie(admin.email, admin.password, '192.0.2.210');
    expect((await preview(post('/desk/api/preview', input, { cookie, origin: 'https://evil.example' }), words)).status).toBe(403);
    const res = await preview(post('/desk/api/preview', input, { cookie }), words);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const html = await res.text();
    expect(html).toContain('<section dir="rtl" lang="ar">');
    expect(html).toContain('<section dir="ltr" lang="en">');
    expect(html).toContain('<strong>عريض</strong>');
    expect(html).toContain('Arabic only');
    expect(html).not.toMatch(/<script|<b>/);
  });

  it('keeps the audit log append-only (the database refuses an update or a delete)', async () => {
    const refusal = (e: unknown) => /append-only/.test(String((e as { cause?: Error }).cause?.message ?? (e as Error).message));
    await expect(getDb().db.execute('DELETE FROM desk_audit')).rejects.toSatisfy(refusal);
    await expect(getDb().db.execute("UPDATE desk_audit SET action = 'x'")).rejects.toSatisfy(refusal);
  });

  it('signs out everywhere: every session of the account stops working', async () => {
    const a = await signedInCookie(admin.email, admin.password, '192.0.2.202');
    const b = await signedInCookie(admin.email, admin.password, '192.0.2.203');
    expect((await listForDesk(get('/desk/api/incidents', { cookie: b }))).status).toBe(200);
    const out = await signOut(post('/desk/api/sign-out', { everywhere: true }, { cookie: a }));
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie().join('\n')).toMatch(/Max-Age=0/);
    expect((await listForDesk(get('/desk/api/incidents', { cookie: a }))).status).toBe(401);
    expect((await listForDesk(get('/desk/api/incidents', { cookie: b }))).status).toBe(401);
  });
});
