// The desk's maintenance windows on a real database (PGlite, or PostgreSQL when DATABASE_URL is set): 401
// without a session, 403 from another site, 400 naming the field, schedule / edit / cancel with their audit
// rows, `maintenance.scheduled` queued for webhooks in the same transaction, a company's window not editable,
// and the public read model's "ahead" list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTempDb } from '@/tests/helpers/temp-db';
import { createAdmin } from '@/lib/desk/admin';
import { signIn } from '@/lib/desk/routes';
import { cancelRoute, editRoute, listMaintenanceForDesk, scheduleRoute } from '@/lib/desk/maintenance';
import { deskAudit, deskUsers, maintenanceWindows, notificationOutbox } from '@/lib/db/schema';
import { readMaintenanceWindow, upsertCompanyWindows } from '@/lib/db/maintenance';
import { saveWebhookEndpoint } from '@/lib/db/outbox';
import { listMaintenance, listMaintenanceAhead } from '@/lib/read-models/maintenance';

const DB_KEY = '__marsadDatabase';
const ORIGIN = 'http://localhost:3000';
const getDb = useTempDb();
let cookie = '';

const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3600_000;

function post(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`http://127.0.0.1:9${path}`, {
    method: 'POST',
    headers: { origin: ORIGIN, 'content-type': 'application/json', 'x-marsad-client': '203.0.113.7', ...headers },
    body: JSON.stringify(body),
  });
}

beforeAll(async () => {
  delete process.env.MARSAD_PUBLIC_URL;
  process.env.PORT = '3000';
  (globalThis as Record<string, unknown>)[DB_KEY] = Promise.resolve(getDb());
  const admin = await createAdmin(getDb().db, 'writer@example.org');
  // The desk's everyday role: an editor schedules maintenance.
  await getDb().db.update(deskUsers).set({ role: 'editor' }).where(eq(deskUsers.email, 'writer@example.org'));
  const res = await signIn(post('/desk/api/sign-in', { email: admin.email, password: admin.password }));
  expect(res.status).toBe(200);
  cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  await saveWebhookEndpoint(getDb().db, { id: 'hook-1', url: 'https://receiver.example/hook', secrets: ['whsec_dGVzdHRlc3R0ZXN0dGVzdHRlc3R0ZXN0'] });
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>)[DB_KEY];
});

const valid = () => ({
  startsAt: iso(Date.now() + 2 * HOUR).slice(0, 16),
  endsAt: iso(Date.now() + 4 * HOUR).slice(0, 16),
  descriptionAr: 'صيانة مجدولة لمحفظة البيتكوين',
  descriptionEn: 'Scheduled maintenance of the Bitcoin wallet',
  services: ['kraken'],
});

describe('desk maintenance routes refuse before reading anything', () => {
  it('401 without a session, on every route', async () => {
    expect((await listMaintenanceForDesk(new Request('http://127.0.0.1:9/desk/api/maintenance'))).status).toBe(401);
    expect((await scheduleRoute(post('/desk/api/maintenance', valid()))).status).toBe(401);
    expect((await editRoute(post('/desk/api/maintenance/mw-20261206-abcdef', valid()), 'mw-20261206-abcdef')).status).toBe(401);
    expect((await cancelRoute(post('/desk/api/maintenance/mw-20261206-abcdef/cancel', {}), 'mw-20261206-abcdef')).status).toBe(401);
  });

  it('403 for a write from another site or without Origin, even signed in (CSRF)', async () => {
    const evil = await scheduleRoute(post('/desk/api/maintenance', valid(), { cookie, origin: 'https://evil.example' }));
    expect(evil.status).toBe(403);
    expect((await evil.json()).error.code).toBe('cross_site');
    const bare = new Request('http://127.0.0.1:9/desk/api/maintenance', { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(valid()) });
    expect((await scheduleRoute(bare)).status).toBe(403);
    expect(await getDb().db.select().from(maintenanceWindows)).toHaveLength(0);
  });

  it.each([
    ['descriptionAr', { descriptionAr: '' }],
    ['endsAt', { endsAt: iso(Date.now() + HOUR).slice(0, 16) }],
    ['startsAt', { startsAt: 'tomorrow' }],
    ['services', { services: [] }],
    ['services.0', { services: ['no-such-service'] }],
  ])('400 naming %s', async (field, change) => {
    const res = await scheduleRoute(post('/desk/api/maintenance', { ...valid(), ...change }, { cookie }));
    expect(res.status).toBe(400);
    expect((await res.json()).error.field).toBe(field);
  });

  it('refuses a window already over', async () => {
    const res = await scheduleRoute(post('/desk/api/maintenance', { ...valid(), startsAt: iso(Date.now() - 3 * HOUR), endsAt: iso(Date.now() - HOUR) }, { cookie }));
    expect(res.status).toBe(400);
    expect((await res.json()).error.field).toBe('endsAt');
  });
});

describe('editors schedule, edit and cancel a window', () => {
  let id = '';

  it('schedules one: stored with the time it was announced, an audit row, a webhook queued', async () => {
    const res = await scheduleRoute(post('/desk/api/maintenance', valid(), { cookie }));
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    id = (await res.json()).id;
    expect(id).toMatch(/^mw-\d{8}-[a-z0-9]{6}$/);
    const row = await readMaintenanceWindow(getDb().db, id);
    expect(row?.source).toBe('editor');
    expect(row?.serviceIds).toEqual(['kraken']);
    expect(row!.announcedAt.getTime()).toBeLessThan(row!.startsAt.getTime());
    expect(row?.description).toEqual({ ar: valid().descriptionAr, en: valid().descriptionEn });
    const audit = await getDb().db.select().from(deskAudit).where(eq(deskAudit.target, id));
    expect(audit.map((a) => a.action)).toEqual(['maintenance.schedule']);
    expect(audit[0]!.before).toBeNull();
    const queued = await getDb().db.select().from(notificationOutbox).where(eq(notificationOutbox.subjectId, id));
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ channel: 'webhook', target: 'hook-1', eventType: 'maintenance.scheduled' });
    expect((queued[0]!.payload as { data: { serviceIds: string[] } }).data.serviceIds).toEqual(['kraken']);
  });

  it('shows it ahead for its service, and not for another', async () => {
    expect((await listMaintenanceAhead(Date.now(), 'kraken')).map((w) => w.id)).toContain(id);
    expect((await listMaintenanceAhead(Date.now(), 'binance')).map((w) => w.id)).not.toContain(id);
    const [view] = await listMaintenanceAhead(Date.now(), 'kraken');
    expect(view).toMatchObject({ source: 'editor', company: null, phase: 'scheduled' });
  });

  it('a narrowing edit keeps the first announcement; widening it announces it anew; both audited', async () => {
    const before = (await readMaintenanceWindow(getDb().db, id))!;
    const narrower = { ...valid(), endsAt: iso(before.endsAt.getTime() - HOUR) };
    expect((await editRoute(post(`/desk/api/maintenance/${id}`, narrower, { cookie }), id)).status).toBe(200);
    const narrowed = (await readMaintenanceWindow(getDb().db, id))!;
    expect(narrowed.endsAt.getTime()).toBe(before.endsAt.getTime() - HOUR);
    expect(narrowed.announcedAt.getTime()).toBe(before.announcedAt.getTime());
    const wider = { ...valid(), services: ['kraken', 'binance'] };
    expect((await editRoute(post(`/desk/api/maintenance/${id}`, wider, { cookie }), id)).status).toBe(200);
    const widened = (await readMaintenanceWindow(getDb().db, id))!;
    expect(widened.announcedAt.getTime()).toBeGreaterThan(before.announcedAt.getTime());
    const audit = await getDb().db.select().from(deskAudit).where(eq(deskAudit.target, id));
    expect(audit.map((a) => a.action)).toEqual(['maintenance.schedule', 'maintenance.edit', 'maintenance.edit']);
    expect((audit[1]!.before as { endsAt: string }).endsAt).toBe(before.endsAt.toISOString());
  });

  it('cancels it: kept and listed as cancelled, no longer ahead, audited; a second cancel is refused', async () => {
    expect((await cancelRoute(post(`/desk/api/maintenance/${id}/cancel`, {}, { cookie }), id)).status).toBe(200);
    expect((await listMaintenanceAhead(Date.now())).map((w) => w.id)).not.toContain(id);
    expect((await listMaintenance()).find((w) => w.id === id)?.phase).toBe('cancelled');
    expect((await cancelRoute(post(`/desk/api/maintenance/${id}/cancel`, {}, { cookie }), id)).status).toBe(409);
    const audit = await getDb().db.select().from(deskAudit).where(eq(deskAudit.target, id));
    expect(audit.at(-1)?.action).toBe('maintenance.cancel');
  });

  it('404 for an unknown window; 409 for a company\'s window (it follows the company\'s own page)', async () => {
    expect((await editRoute(post('/desk/api/maintenance/mw-20261206-zzzzzz', valid(), { cookie }), 'mw-20261206-zzzzzz')).status).toBe(404);
    expect((await editRoute(post('/desk/api/maintenance/nonsense', valid(), { cookie }), 'nonsense')).status).toBe(404);
    const now = Date.now();
    await upsertCompanyWindows(getDb().db, [{
      id: 'sp-kraken-status-abc', source: 'company', serviceIds: ['kraken'], startsAt: new Date(now + HOUR), endsAt: new Date(now + 2 * HOUR),
      announcedAt: new Date(now - HOUR), description: { ar: null, en: 'Funding gateway upgrade' }, sourceUrl: 'https://status.kraken.com/incidents/abc', createdBy: null, updatedAt: new Date(now), cancelledAt: null,
    }]);
    const view = (await listMaintenanceAhead(now, 'kraken')).find((w) => w.id === 'sp-kraken-status-abc');
    expect(view).toMatchObject({ source: 'company', company: 'Kraken', sourceUrl: 'https://status.kraken.com/incidents/abc' });
  });
});

describe('a company\'s window recorded again', () => {
  const base = (now: number) => ({
    id: 'sp-m-1', source: 'company' as const, serviceIds: ['coinbase'], startsAt: new Date(now + HOUR), endsAt: new Date(now + 2 * HOUR),
    announcedAt: new Date(now - HOUR), description: { ar: null, en: 'Upgrade' }, sourceUrl: null, createdBy: null, updatedAt: new Date(now), cancelledAt: null,
  });
  it('keeps its first announcement while unchanged, and is announced anew when the company stretches it', async () => {
    const now = Date.now();
    await upsertCompanyWindows(getDb().db, [base(now)]);
    await upsertCompanyWindows(getDb().db, [{ ...base(now), announcedAt: new Date(now + 60_000), updatedAt: new Date(now + 60_000) }]);
    const unchanged = (await readMaintenanceWindow(getDb().db, 'sp-m-1'))!;
    expect(unchanged.announcedAt.getTime()).toBe(now - HOUR);
    // Read again unchanged: not rewritten (its updated_at stays the first).
    expect(unchanged.updatedAt.getTime()).toBe(now);
    await upsertCompanyWindows(getDb().db, [{ ...base(now), endsAt: new Date(now + 5 * HOUR), announcedAt: new Date(now + 120_000), updatedAt: new Date(now + 120_000) }]);
    const stretched = (await readMaintenanceWindow(getDb().db, 'sp-m-1'))!;
    expect(stretched.endsAt.getTime()).toBe(now + 5 * HOUR);
    expect(stretched.announcedAt.getTime()).toBe(now + 120_000);
  });
});
