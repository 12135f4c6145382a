// A cloud-outage event's changes reach the outbox in the transaction that writes the event: its opening and
// its resolution, one row per channel target, once however many engines evaluate the same results.
import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { catalogSchema, type Catalog } from '@/lib/catalog/schema';
import { insertCheckResults, type CheckResultInsert } from '@/lib/db/queries';
import { notificationOutbox } from '@/lib/db/schema';
import { startProbing } from '@/lib/engine/probing';
import { manualClock, T0 } from '../../helpers/engine';
import { useTempDb } from '../../helpers/temp-db';

const db = useTempDb();
const quiet = () => undefined;

function catalog(): Catalog {
  const exchange = (id: string) => ({
    id, name: { ar: id, en: id }, shortName: id.toUpperCase(), category: 'exchange', website: `https://${id}.example`, monitored: true,
    cloudDependencies: [{ provider: 'AWS', region: 'us-east-1', source: 'https://example.org/stated' }],
    monitors: [{ id: `${id}-api`, kind: 'http', operator: id, role: 'access', url: `https://${id}.example/ping` }],
  });
  return catalogSchema.parse({ version: 1, services: [exchange('ex-a'), exchange('ex-b'), exchange('ex-c')] });
}

const api = (serviceId: string, at: number, up: boolean): CheckResultInsert => ({
  serviceId, monitorId: `${serviceId}-api`, kind: 'http', vantage: 'local', startedAt: new Date(at), latencyMs: 50, outcome: up ? 'up' : 'down', reason: up ? null : 'timeout', facts: {},
});

describe(`cloud-outage events in the outbox (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('the event opening, its members recovering and its resolution queue one row each for each Telegram channel, once however many engines evaluate', async () => {
    const s = T0 + 60 * 60_000;
    const clock = manualClock(s);
    const start = () =>
      startProbing({ handle: db(), catalog: catalog(), vantage: 'local', log: quiet, probe: false, now: clock.now, measuredDependencies: async () => [], windows: { cloudEventQuietMs: 60_000 }, notify: { origin: 'https://marsad.example', telegramChannels: ['ar', 'en'] } });
    const one = await start();
    const two = await start();
    try {
      await insertCheckResults(db().db, [0, 1, 2].flatMap((i) => ['ex-a', 'ex-b', 'ex-c'].map((id) => api(id, s + i * 30_000, false))));
      clock.set(s + 85_000);
      await one.evaluateNow();
      await two.evaluateNow();
      await insertCheckResults(db().db, [3, 4, 5].flatMap((i) => ['ex-a', 'ex-b', 'ex-c'].map((id) => api(id, s + i * 30_000, true))));
      clock.set(s + 5 * 30_000 + 5_000);
      await one.evaluateNow();
      await two.evaluateNow();
      // Every member recovered; the cloud never reported: the event resolves after the quiet period.
      clock.set(s + 5 * 30_000 + 70_000);
      await insertCheckResults(db().db, ['ex-a', 'ex-b', 'ex-c'].map((id) => api(id, s + 5 * 30_000 + 60_000, true)));
      await one.evaluateNow();
      await two.evaluateNow();
    } finally {
      await one.stop();
      await two.stop();
    }
    const rows = await db().db.select().from(notificationOutbox).where(and(eq(notificationOutbox.channel, 'telegram-channel'), eq(notificationOutbox.subjectId, 'aws-us-east-1-2026-05-07-1300'))).orderBy(asc(notificationOutbox.id));
    expect(rows.map((r) => `${r.target} ${r.eventType}`)).toEqual([
      'ar incident.created', 'en incident.created', 'ar incident.updated', 'en incident.updated', 'ar incident.resolved', 'en incident.resolved',
    ]);
    expect(rows.map((r) => (r.payload as { data: { status: string } }).data.status)).toEqual(['major_outage', 'major_outage', 'operational', 'operational', 'operational', 'operational']);
    expect((rows[0]!.payload as { data: unknown }).data).toMatchObject({
      kind: 'cloud-event', provider: 'AWS', region: 'us-east-1', change: 'opened', status: 'major_outage',
      url: { en: 'https://marsad.example/en/incidents/aws-us-east-1-2026-05-07-1300' },
    });
    // The members' own incidents are announced too, each once.
    const members = await db().db.select().from(notificationOutbox).where(and(eq(notificationOutbox.target, 'ar'), eq(notificationOutbox.eventType, 'incident.created')));
    expect(members.map((r) => r.subjectId).sort()).toEqual(['aws-us-east-1-2026-05-07-1300', 'ex-a-2026-05-07-1300', 'ex-b-2026-05-07-1300', 'ex-c-2026-05-07-1300']);
  });
});
