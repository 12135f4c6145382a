// Each evaluation round, on a real database: the company's notices the statuspage monitor read are recorded
// as windows (source `company`), and every open window (the desk's too) reaches the evaluator, whose
// failing service is then in maintenance inside a window announced in advance.
import { describe, expect, it } from 'vitest';
import { catalogSchema } from '@/lib/catalog/schema';
import { Evaluator } from '@/lib/engine/evaluator';
import { syncMaintenance } from '@/lib/engine/maintenance';
import { maintenanceWindows } from '@/lib/db/schema';
import { readMaintenanceWindow } from '@/lib/db/maintenance';
import { useTempDb } from '@/tests/helpers/temp-db';

const getDb = useTempDb();
const MIN = 60_000;
const T0 = Date.now();

const catalog = catalogSchema.parse({
  version: 1,
  services: [{
    id: 'exchange-x', name: { ar: 'منصة', en: 'Exchange X' }, shortName: 'X', category: 'exchange', website: 'https://x.example', monitored: true,
    monitors: [
      { id: 'x-api', kind: 'http', operator: 'x', role: 'access', url: 'https://api.x.example/ping', intervalSec: 30 },
      { id: 'x-status', kind: 'statuspage', operator: 'x', role: 'reported', url: 'https://status.x.example/api/v2/summary.json', intervalSec: 60, components: [{ id: 'c1' }] },
    ],
  }],
  canaries: [],
});

describe('syncMaintenance', () => {
  it('records the company\'s notice, hands the open windows to the evaluator, and the failure inside one is maintenance', async () => {
    const { db } = getDb();
    await db.insert(maintenanceWindows).values({
      id: 'mw-20261206-aaaaaa', source: 'editor', serviceIds: ['exchange-x'], startsAt: new Date(T0 - 10 * MIN), endsAt: new Date(T0 + 60 * MIN),
      announcedAt: new Date(T0 - 24 * 60 * MIN), description: { ar: 'صيانة', en: null }, createdBy: 'u1', updatedAt: new Date(T0 - 24 * 60 * MIN),
    });
    const evaluator = new Evaluator({ catalog });
    evaluator.ingest([{
      monitorId: 'x-status', kind: 'statuspage', vantage: 'local', outcome: 'up', reason: null, startedAt: T0 - 5 * MIN, latencyMs: 50,
      facts: { components: [{ id: 'c1', name: 'API', status: 'operational' }], maintenances: [{ id: 'n1', title: 'Database upgrade', phase: 'scheduled', scheduledFor: new Date(T0 + 2 * 60 * MIN).toISOString(), scheduledUntil: new Date(T0 + 3 * 60 * MIN).toISOString(), createdAt: new Date(T0 - 60 * MIN).toISOString() }] },
    }]);
    const windows = await syncMaintenance(db, evaluator, T0);
    expect(windows.map((w) => [w.id, w.source]).sort()).toEqual([['mw-20261206-aaaaaa', 'editor'], ['sp-x-status-n1', 'company']]);
    const company = await readMaintenanceWindow(db, 'sp-x-status-n1');
    expect(company).toMatchObject({ source: 'company', serviceIds: ['exchange-x'], description: { ar: null, en: 'Database upgrade' } });
    expect(company!.announcedAt.getTime()).toBe(T0 - 60 * MIN);

    for (let i = 0; i < 6; i++) {
      evaluator.ingest([{ monitorId: 'x-api', kind: 'http', vantage: 'local', outcome: 'down', reason: 'timeout', startedAt: T0 + i * 30_000, latencyMs: 40, facts: {} }]);
    }
    const round = evaluator.evaluate(T0 + 6 * 30_000);
    expect(round.services[0]!.status).toBe('maintenance');
  });
});
