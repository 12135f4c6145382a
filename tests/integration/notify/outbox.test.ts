// The notification outbox as the engine writes it: one row per (incident change, channel target) in the
// transaction of the change, once however many workers evaluate it; claimed in order per incident and
// target, once per sender (SKIP LOCKED), again after a sender dies (the lease). Backlog for /api/metrics.
import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { claimDeliveries, markAttemptFailed, markDelivered, readOutboxBacklog, saveWebhookEndpoint } from '@/lib/db/outbox';
import { insertCheckResults } from '@/lib/db/queries';
import { notificationOutbox } from '@/lib/db/schema';
import { startProbing } from '@/lib/engine/probing';
import { generateWebhookSecret } from '@/lib/notify/signing';
import { checkRow, cloudCatalog, manualClock, T0 } from '../../helpers/engine';
import { useTempDb } from '../../helpers/temp-db';

const db = useTempDb();
const quiet = () => undefined;
const api = (atMs: number, up: boolean) =>
  checkRow({ monitorId: 'cloudy-api', kind: 'http', startedAt: new Date(atMs), outcome: up ? 'up' : 'down', reason: up ? null : 'timeout' });
const notify = { origin: 'https://marsad.example', telegramChannels: ['ar', 'en'] as const };

describe(`the notification outbox (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('an incident opening and resolving queues one row per change and target, once however many workers evaluate it', async () => {
    await saveWebhookEndpoint(db().db, { id: 'newsroom', url: 'https://hooks.example/marsad', secrets: [generateWebhookSecret()] });
    const clock = manualClock(T0);
    const probing = await startProbing({ handle: db(), catalog: cloudCatalog(), vantage: 'local', log: quiet, probe: false, now: clock.now, notify: { ...notify, telegramChannels: [...notify.telegramChannels] } });
    try {
      const start = T0 + 10 * 60_000;
      for (let i = 0; i < 8; i++) {
        const at = start + i * 30_000;
        await insertCheckResults(db().db, [api(at, i >= 5)]);
        clock.set(at + 5_000);
        await probing.tick();
      }
      // Another worker over the same results queues nothing more.
      const again = await startProbing({ handle: db(), catalog: cloudCatalog(), vantage: 'local', log: quiet, probe: false, now: clock.now, notify: { ...notify, telegramChannels: [...notify.telegramChannels] } });
      await again.tick();
      await again.stop();
    } finally {
      await probing.stop();
    }
    const rows = await db().db.select().from(notificationOutbox).orderBy(asc(notificationOutbox.id));
    const hooks = rows.filter((r) => r.channel === 'webhook');
    expect(hooks.map((r) => r.eventType)).toEqual(['incident.created', 'incident.resolved']);
    expect(rows.filter((r) => r.channel === 'telegram-channel').map((r) => `${r.target} ${r.eventType}`)).toEqual([
      'ar incident.created', 'en incident.created', 'ar incident.resolved', 'en incident.resolved',
    ]);
    const created = hooks[0]!.payload as { type: string; version: number; data: Record<string, unknown> };
    expect(created.version).toBe(1);
    expect(created.data).toMatchObject({
      id: 'cloudy-2026-05-07-1210', kind: 'service', change: 'opened', serviceId: 'cloudy', status: 'major_outage',
      title: { ar: 'Cloudy: انقطاع كبير', en: 'Cloudy: major outage' },
      url: { ar: 'https://marsad.example/incidents/cloudy-2026-05-07-1210', en: 'https://marsad.example/en/incidents/cloudy-2026-05-07-1210' },
      api: 'https://marsad.example/api/v1/incidents/cloudy-2026-05-07-1210', endedAt: null,
    });
    const resolved = (hooks[1]!.payload as { data: { endedAt: string | null; status: string; change: string } }).data;
    expect(resolved).toMatchObject({ status: 'operational', change: 'resolved' });
    expect(resolved.endedAt).not.toBeNull();
    expect(rows.every((r) => r.state === 'pending' && r.attempts === 0)).toBe(true);
  });

  it('claims the oldest change of each incident and target first, once per sender, and again when a lease runs out', async () => {
    const now = new Date(T0 + 60 * 60_000);
    const first = await claimDeliveries(db().db, { now, limit: 50, leaseMs: 60_000 });
    // Only the opening of each target: its resolution waits behind it.
    expect(first.map((r) => `${r.channel}:${r.target} ${r.eventType}`)).toEqual(['webhook:newsroom incident.created', 'telegram-channel:ar incident.created', 'telegram-channel:en incident.created']);
    expect(first.every((r) => r.state === 'sending' && r.attempts === 1)).toBe(true);
    // A second sender at the same moment gets nothing: the rows are leased, the later ones wait.
    expect(await claimDeliveries(db().db, { now, limit: 50, leaseMs: 60_000 })).toEqual([]);
    // The first sender died: after the lease, the same rows are claimed again (at least once, never lost).
    const later = new Date(now.getTime() + 61_000);
    const reclaimed = await claimDeliveries(db().db, { now: later, limit: 50, leaseMs: 60_000 });
    expect(reclaimed.map((r) => r.id)).toEqual(first.map((r) => r.id));
    expect(reclaimed.every((r) => r.attempts === 2)).toBe(true);

    const [hook, ar, en] = reclaimed;
    await markDelivered(db().db, hook!.id, later);
    await markDelivered(db().db, ar!.id, later);
    // The English channel's attempt failed: tried again in a minute, its resolution keeps waiting.
    await markAttemptFailed(db().db, en!.id, 'HTTP 502', new Date(later.getTime() + 60_000));
    const next = await claimDeliveries(db().db, { now: later, limit: 50, leaseMs: 60_000 });
    expect(next.map((r) => `${r.channel}:${r.target} ${r.eventType}`)).toEqual(['webhook:newsroom incident.resolved', 'telegram-channel:ar incident.resolved']);

    const backlog = await readOutboxBacklog(db().db);
    expect(backlog.find((b) => b.channel === 'telegram-channel' && b.state === 'pending')?.rows).toBe(2);
    expect(backlog.find((b) => b.channel === 'webhook' && b.state === 'sending')?.rows).toBe(1);
    const [stored] = await db().db.select().from(notificationOutbox).where(eq(notificationOutbox.id, en!.id));
    expect(stored!.lastError).toBe('HTTP 502');
  });

  it.runIf(process.env.DATABASE_URL)('two senders claiming at once on PostgreSQL share the rows and never take the same one (SKIP LOCKED)', async () => {
    const base = new Date(T0 + 2 * 60 * 60_000);
    await db().db.insert(notificationOutbox).values(
      Array.from({ length: 40 }, (_, i) => ({
        changeKey: `parallel-${i}:k`, channel: 'webhook' as const, target: 'newsroom', subjectId: `parallel-${i}`, eventType: 'incident.created',
        payload: {}, createdAt: base, nextAttemptAt: base,
      })),
    );
    const [a, b] = await Promise.all([
      claimDeliveries(db().db, { now: base, limit: 25, leaseMs: 60_000 }),
      claimDeliveries(db().db, { now: base, limit: 25, leaseMs: 60_000 }),
    ]);
    const ids = [...a, ...b].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(a.filter((r) => r.subjectId.startsWith('parallel-')).length + b.filter((r) => r.subjectId.startsWith('parallel-')).length).toBe(40);
  });
});
