// Editors and machines together (issue 16 item 3), on a real database: an editor updates, dismisses and
// confirms a detected incident through the desk's route; every write is refused without a session,
// cross-site or with a field missing (named); each writes its audit row; nothing is ever deleted; the
// dismissed failing time leaves the stored uptime (hourly and daily rollups) and comes back when confirmed;
// the public record, the list and /api/v1 carry the review labelled "editor".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { useTempDb } from '@/tests/helpers/temp-db';
import { createAdmin } from '@/lib/desk/admin';
import { signIn } from '@/lib/desk/routes';
import { postDetectionReview } from '@/lib/desk/reviews-routes';
import { buildRollupsFor } from '@/lib/engine/rollups';
import { getCatalog } from '@/lib/catalog';
import { deskAudit, deskUsers, detectionReviews, incidents, rollups, statusChanges } from '@/lib/db/schema';
import { getV1Incident, getV1Incidents } from '@/lib/open-data/v1';
import { getIncidentJson } from '@/lib/read-models/incidents';
import { getActiveIncidents } from '@/lib/read-models/incidents';
import type { MeasuredIncident } from '@/lib/status/incidents';

const DB_KEY = '__marsadDatabase';
const ORIGIN = 'http://localhost:3000';
const getDb = useTempDb();
const NOW = Date.now();
const MIN = 60_000;
const START = NOW - 50 * MIN;
const END = NOW - 20 * MIN;
const SLUG = 'coinbase-review-test';
const CLOUD_SLUG = 'aws-us-east-1-review-test';
let cookie = '';

async function signedInCookie(email: string, password: string): Promise<string> {
  const res = await signIn(post('/desk/api/sign-in', { email, password }));
  expect(res.status).toBe(200);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

function post(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`http://127.0.0.1:9${path}`, {
    method: 'POST',
    headers: { origin: ORIGIN, 'content-type': 'application/json', 'x-marsad-client': '203.0.113.40', ...headers },
    body: JSON.stringify(body),
  });
}

const review = (body: unknown, headers: Record<string, string> = {}, slug = SLUG) =>
  postDetectionReview(post(`/desk/api/detections/${slug}/reviews`, body, { cookie, ...headers }), slug);

async function storedMs(resolution: 'hour' | 'day') {
  const rows = await getDb().db.select().from(rollups).where(and(eq(rollups.serviceId, 'coinbase'), eq(rollups.resolution, resolution)));
  return { major: rows.reduce((s, r) => s + r.majorMs, 0), unknown: rows.reduce((s, r) => s + r.unknownMs, 0), operational: rows.reduce((s, r) => s + r.operationalMs, 0), checks: rows.reduce((s, r) => s + r.checks, 0) };
}

beforeAll(async () => {
  delete process.env.MARSAD_PUBLIC_URL;
  process.env.PORT = '3000';
  const { db } = getDb();
  (globalThis as Record<string, unknown>)[DB_KEY] = Promise.resolve(getDb());
  const admin = await createAdmin(db, 'reviewer@example.org');
  await db.update(deskUsers).set({ role: 'editor' }).where(eq(deskUsers.email, 'reviewer@example.org'));
  cookie = await signedInCookie(admin.email, admin.password);

  // Coinbase: up for hours, a measured major outage from START to END, up again.
  await db.insert(statusChanges).values([
    { serviceId: 'coinbase', at: new Date(NOW - 3 * 3_600_000), status: 'operational' },
    { serviceId: 'coinbase', at: new Date(START), status: 'major_outage', reason: 'timeout' },
    { serviceId: 'coinbase', at: new Date(END), status: 'operational' },
  ]);
  const measured: MeasuredIncident = {
    id: SLUG, targetId: 'coinbase', startedAt: START, startConfirmedAt: START + MIN, endedAt: END, endConfirmedAt: END + 30_000,
    precisionSec: 30, worstStatus: 'major_outage', reason: 'timeout', reopenCount: 0,
  };
  await db.insert(incidents).values([
    { id: SLUG, origin: 'detected' as const, provider: null, region: null, title: { ar: SLUG, en: SLUG }, startedAt: new Date(START), endedAt: new Date(END), confirmedAt: new Date(START + MIN), serviceId: 'coinbase', data: measured },
    { id: CLOUD_SLUG, origin: 'detected' as const, provider: 'AWS', region: 'us-east-1', title: { ar: 'حدث سحابي', en: 'Cloud event' }, startedAt: new Date(START), endedAt: null, serviceId: null, data: { kind: 'cloud-event' } as unknown as MeasuredIncident },
  ]);
  await buildRollupsFor(db, getCatalog(), NOW);
});

afterAll(() => {
  delete (globalThis as Record<string, unknown>)[DB_KEY];
});

describe('reviewing a detection through the desk', () => {
  it('refuses without a session (401), cross-site (403) and without an Origin (403), writing nothing', async () => {
    const anonymous = await postDetectionReview(post(`/desk/api/detections/${SLUG}/reviews`, { kind: 'confirm' }), SLUG);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('cache-control')).toBe('private, no-store');
    expect((await review({ kind: 'confirm' }, { origin: 'https://evil.example' })).status).toBe(403);
    const bare = new Request(`http://127.0.0.1:9/desk/api/detections/${SLUG}/reviews`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{"kind":"confirm"}' });
    expect((await postDetectionReview(bare, SLUG)).status).toBe(403);
    expect(await getDb().db.select().from(detectionReviews)).toEqual([]);
  });

  it('answers 400 naming the field: a dismissal without its Arabic reason, an unknown kind; 404 for no such detection', async () => {
    const noReason = await review({ kind: 'dismiss', reasonEn: 'Our probe was wrong.' });
    expect(noReason.status).toBe(400);
    expect(await noReason.json()).toMatchObject({ error: { code: 'invalid_input', field: 'reasonAr' } });
    const badKind = await review({ kind: 'delete' });
    expect(badKind.status).toBe(400);
    expect((await badKind.json()).error.field).toBe('kind');
    expect((await review({ kind: 'confirm' }, {}, 'coinbase-never-was')).status).toBe(404);
    expect((await review({ kind: 'confirm' }, {}, 'x/../y')).status).toBe(404);
  });

  it('adds an editor update, labelled apart from what was measured', async () => {
    const res = await review({ kind: 'update', bodyAr: 'تقول **Coinbase** إن واجهتها تعمل.', bodyEn: 'Coinbase says its API works.' });
    expect(res.status).toBe(200);
    const one = await getV1Incident(SLUG);
    expect(one?.incident).toMatchObject({
      origin: 'detected',
      review: { provenance: 'editor', verdict: null, entries: [{ kind: 'update', text: { ar: 'تقول **Coinbase** إن واجهتها تعمل.', en: 'Coinbase says its API works.' } }] },
    });
  });

  it('dismisses it with a reason: kept, listed as a correction, marked in the list, the audit row written, and its failing time set aside', async () => {
    const before = await storedMs('hour');
    expect(before.major).toBe(30 * MIN);
    const beforeDay = await storedMs('day');
    expect(beforeDay.major).toBe(30 * MIN);

    const res = await review({ kind: 'dismiss', reasonAr: 'أخطأ مسبار مرصد: تغيّر عنوان الواجهة.', reasonEn: '' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ verdict: 'dismissed' });

    const hour = await storedMs('hour');
    expect(hour.major).toBe(0);
    expect(hour.unknown - before.unknown).toBe(30 * MIN);
    expect(hour.operational).toBe(before.operational);
    expect(hour.checks).toBe(before.checks);
    const day = await storedMs('day');
    expect(day.major).toBe(0);
    expect(day.unknown - beforeDay.unknown).toBe(30 * MIN);

    // The rollup job keeps it set aside on its next rounds.
    await buildRollupsFor(getDb().db, getCatalog(), Date.now());
    expect((await storedMs('hour')).major).toBe(0);

    const [row] = await getDb().db.select().from(incidents).where(eq(incidents.id, SLUG));
    expect(row).toBeDefined();
    const one = await getV1Incident(SLUG);
    expect(one?.incident).toMatchObject({
      review: { verdict: 'dismissed', reason: { ar: 'أخطأ مسبار مرصد: تغيّر عنوان الواجهة.', en: null }, corrections: [{ kind: 'dismiss' }] },
    });
    const list = await getV1Incidents({});
    expect(list.incidents.find((i) => i.slug === SLUG)).toMatchObject({ review: 'dismissed' });
    // The journalists' JSON download carries it too, labelled the editors'.
    expect(await getIncidentJson(SLUG)).toMatchObject({ review: { provenance: 'editor', verdict: 'dismissed', corrections: [{ kind: 'dismiss' }] } });

    const audit = await getDb().db.select().from(deskAudit).where(eq(deskAudit.target, SLUG));
    expect(audit.map((a) => a.action)).toEqual(['detection.update', 'detection.dismiss']);
    expect(audit[1]).toMatchObject({ before: { verdict: null }, after: { verdict: 'dismissed', text: { ar: 'أخطأ مسبار مرصد: تغيّر عنوان الواجهة.', en: null } } });
    expect(audit[1]!.actorId).toBeTruthy();

    expect((await review({ kind: 'dismiss', reasonAr: 'مرة ثانية' })).status).toBe(409);
  });

  it('never deletes: neither the review rows nor a reviewed detection can be removed or edited', async () => {
    const { db } = getDb();
    await expect(db.execute(sql`delete from detection_reviews`)).rejects.toThrow();
    await expect(db.execute(sql`update detection_reviews set kind = 'confirm'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from incidents where id = ${SLUG}`)).rejects.toThrow();
    expect((await db.select().from(detectionReviews)).length).toBe(2);
  });

  it('a confirmation undoes the dismissal: both stay listed as corrections, and the downtime counts again', async () => {
    const res = await review({ kind: 'confirm' });
    expect(res.status).toBe(200);
    expect((await storedMs('hour')).major).toBe(30 * MIN);
    expect((await storedMs('day')).major).toBe(30 * MIN);
    const one = await getV1Incident(SLUG);
    expect(one?.incident).toMatchObject({ review: { verdict: 'confirmed', reason: null, corrections: [{ kind: 'dismiss' }, { kind: 'confirm' }] } });
    expect((await review({ kind: 'confirm' })).status).toBe(409);
  });

  it('reviews a cloud-outage event too (it has no timeline of its own: no uptime moves)', async () => {
    const res = await review({ kind: 'dismiss', reasonAr: 'تزامن عارض لا صلة له بالسحابة.', reasonEn: 'A coincidence unrelated to the cloud.' }, {}, CLOUD_SLUG);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ verdict: 'dismissed', recomputedHours: 0 });
    expect((await storedMs('hour')).major).toBe(30 * MIN);
    // Still open: the home page keeps listing it, marked dismissed.
    expect((await getActiveIncidents()).find((i) => i.slug === CLOUD_SLUG)).toMatchObject({ kind: 'cloud-event', dismissed: true });
  });
});
