// /api/v2/scheduled-maintenances.json, …/upcoming.json and …/active.json on a real database: Statuspage's
// shape (scheduled_for, scheduled_until, impact "maintenance", one update in the maintenance vocabulary),
// each list holding the expected windows, both languages, who announced each, and the route table's lifetime.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { useTempDb } from '@/tests/helpers/temp-db';
import { maintenanceWindows } from '@/lib/db/schema';
import { cacheControlOf, routeFor } from '@/lib/route-table';
import { GET as all } from '@/app/api/v2/scheduled-maintenances.json/route';
import { GET as upcoming } from '@/app/api/v2/scheduled-maintenances/upcoming.json/route';
import { GET as active } from '@/app/api/v2/scheduled-maintenances/active.json/route';
import { GET as summary } from '@/app/api/v2/summary.json/route';
import { spComponentSchema, spPageSchema } from '@/tests/helpers/statuspage-schema';
import { OPENAPI_DOCUMENT } from '@/lib/open-data/openapi';

// The routes' words come from messages/*.json, as next-intl gives them on the server.
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const messages = { ar: (await import('@/messages/ar.json')).default, en: (await import('@/messages/en.json')).default };
  return {
    getTranslations: async ({ locale, namespace }: { locale: 'ar' | 'en'; namespace: string }) =>
      createTranslator({ locale, messages: messages[locale] as never, namespace: namespace as never }),
  };
});

const DB_KEY = '__marsadDatabase';
const getDb = useTempDb();
const HOUR = 3600_000;
const iso = z.iso.datetime({ offset: true });

const spMaintenance = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  status: z.enum(['scheduled', 'in_progress', 'verifying', 'completed']),
  created_at: iso,
  updated_at: iso,
  monitoring_at: z.null(),
  resolved_at: iso.nullable(),
  impact: z.literal('maintenance'),
  shortlink: z.url(),
  started_at: iso,
  page_id: z.string(),
  incident_updates: z.array(z.object({
    id: z.string(), status: z.enum(['scheduled', 'in_progress', 'verifying', 'completed']), body: z.string().min(1), incident_id: z.string(),
    created_at: iso, updated_at: iso, display_at: iso, affected_components: z.null(),
  })).min(1),
  components: z.array(spComponentSchema),
  scheduled_for: iso,
  scheduled_until: iso,
  marsad: z.strictObject({
    source: z.enum(['editor', 'company']), announced_by: z.string().min(1), announced_at: iso, service_ids: z.array(z.string()),
    cancelled_at: iso.nullable(), source_url: z.string().nullable(),
  }),
});
const answer = z.strictObject({ page: spPageSchema, scheduled_maintenances: z.array(spMaintenance) });

beforeAll(async () => {
  process.env.PORT = '3000';
  delete process.env.MARSAD_PUBLIC_URL;
  (globalThis as Record<string, unknown>)[DB_KEY] = Promise.resolve(getDb());
  const now = Date.now();
  const row = (id: string, startsIn: number, endsIn: number, over: Partial<typeof maintenanceWindows.$inferInsert> = {}) => ({
    id, source: 'editor' as const, serviceIds: ['kraken'], startsAt: new Date(now + startsIn), endsAt: new Date(now + endsIn), announcedAt: new Date(now - 24 * HOUR),
    description: { ar: 'ترقية محرك المطابقة', en: 'Matching engine upgrade' }, sourceUrl: null, createdBy: 'u1', updatedAt: new Date(now - HOUR), cancelledAt: null, ...over,
  });
  await getDb().db.insert(maintenanceWindows).values([
    row('mw-20261206-upcoming', 2 * HOUR, 3 * HOUR, { description: { ar: 'صيانة قادمة لمحفظة <b>Kraken</b>', en: null } }),
    row('mw-20261206-active01', -HOUR, HOUR),
    row('mw-20261206-past0001', -5 * HOUR, -4 * HOUR),
    row('mw-20261206-cancel01', 5 * HOUR, 6 * HOUR, { cancelledAt: new Date(now - HOUR) }),
    row('sp-coinbase-status-x1', HOUR, 2 * HOUR, { source: 'company', serviceIds: ['coinbase'], description: { ar: null, en: 'Scheduled database maintenance' }, sourceUrl: 'https://status.coinbase.com/incidents/x1', createdBy: null }),
  ]);
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>)[DB_KEY];
});

const get = async (handler: (r: Request) => Promise<Response>, path: string) => {
  const res = await handler(new Request(`http://127.0.0.1:9${path}`));
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe(cacheControlOf(routeFor(new URL(path, 'http://x').pathname)));
  return answer.parse(await res.json());
};

describe('Statuspage scheduled maintenances', () => {
  it('upcoming.json: the windows still scheduled, soonest first, cancelled ones not listed', async () => {
    const body = await get(upcoming, '/api/v2/scheduled-maintenances/upcoming.json?lang=en');
    expect(body.scheduled_maintenances.map((m) => m.id)).toEqual(['sp-coinbase-status-x1', 'mw-20261206-upcoming']);
    expect(body.scheduled_maintenances.every((m) => m.status === 'scheduled')).toBe(true);
    const [company, editor] = body.scheduled_maintenances;
    expect(company!.marsad).toMatchObject({ source: 'company', announced_by: 'Announced by Coinbase on its status page.', source_url: 'https://status.coinbase.com/incidents/x1' });
    expect(company!.name).toBe('Scheduled database maintenance');
    // An editor's window in Arabic only: said so in English, the text kept as text (never HTML).
    expect(editor!.incident_updates[0]!.body).toContain('In Arabic only: صيانة قادمة لمحفظة <b>Kraken</b>');
    expect(editor!.marsad.announced_by).toBe("Announced by Marsad's editors.");
    expect(editor!.shortlink).toBe('http://localhost:3000/en/services/kraken');
  });

  it('active.json: the window under way', async () => {
    const body = await get(active, '/api/v2/scheduled-maintenances/active.json');
    expect(body.scheduled_maintenances.map((m) => [m.id, m.status])).toEqual([['mw-20261206-active01', 'in_progress']]);
    // Arabic by default.
    expect(body.scheduled_maintenances[0]!.name).toBe('ترقية محرك المطابقة');
    expect(body.scheduled_maintenances[0]!.marsad.announced_by).toBe('أعلنها محررو مرصد.');
  });

  it('scheduled-maintenances.json: every window, newest start first; a cancelled one is completed with its cancellation', async () => {
    const body = await get(all, '/api/v2/scheduled-maintenances.json?lang=en');
    expect(body.scheduled_maintenances.map((m) => m.id)).toEqual([
      'mw-20261206-cancel01', 'mw-20261206-upcoming', 'sp-coinbase-status-x1', 'mw-20261206-active01', 'mw-20261206-past0001',
    ]);
    const cancelled = body.scheduled_maintenances[0]!;
    expect(cancelled.status).toBe('completed');
    expect(cancelled.marsad.cancelled_at).not.toBeNull();
    expect(cancelled.resolved_at).toBe(cancelled.marsad.cancelled_at);
    expect(cancelled.incident_updates[0]!.body).toContain('This maintenance was cancelled.');
    const past = body.scheduled_maintenances.at(-1)!;
    expect(past.status).toBe('completed');
    expect(past.resolved_at).toBe(past.scheduled_until);
  });

  it('the three routes share the v2 routes\' caching: cached in front, with a short lifetime', () => {
    for (const path of ['/api/v2/scheduled-maintenances.json', '/api/v2/scheduled-maintenances/upcoming.json', '/api/v2/scheduled-maintenances/active.json']) {
      const route = routeFor(path);
      expect(route.name).toBe('api-v2-maintenances');
      expect(route.frontCached).toBe(true);
      expect(route.openData).toBe(true);
    }
    expect(routeFor('/api/v2/scheduled-maintenances/other.json').name).not.toBe('api-v2-maintenances');
  });

  it('the OpenAPI document declares the three paths and exactly the fields answered', async () => {
    for (const path of ['/api/v2/scheduled-maintenances.json', '/api/v2/scheduled-maintenances/upcoming.json', '/api/v2/scheduled-maintenances/active.json']) {
      expect(OPENAPI_DOCUMENT.paths[path]?.get.responses['200'], path).toBeDefined();
    }
    const schema = OPENAPI_DOCUMENT.components.schemas.StatuspageScheduledMaintenance as { properties: Record<string, { properties?: Record<string, unknown> }>; required: string[] };
    const [first] = (await get(all, '/api/v2/scheduled-maintenances.json')).scheduled_maintenances;
    expect(Object.keys(first!).sort()).toEqual(Object.keys(schema.properties).sort());
    expect(Object.keys(first!.marsad).sort()).toEqual(Object.keys(schema.properties.marsad!.properties!).sort());
    for (const key of schema.required) expect(first).toHaveProperty(key);
  });

  it('summary.json lists the windows under way, then those scheduled', async () => {
    const res = await summary(new Request('http://127.0.0.1:9/api/v2/summary.json?lang=en'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { scheduled_maintenances: unknown[] };
    const listed = z.array(spMaintenance).parse(body.scheduled_maintenances);
    expect(listed.map((m) => m.id)).toEqual(['mw-20261206-active01', 'sp-coinbase-status-x1', 'mw-20261206-upcoming']);
  });
});
