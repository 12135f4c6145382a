// The `private_address` reason is in the database's reason enum (migration 0003): a check refused for a
// private address is written with the scheduler's batch like any other, and read back as it was.
import { describe, expect, it } from 'vitest';
import { checkResultRow, insertCheckResults, readRecentResults, upsertServiceStates, readServiceStates } from '@/lib/db/queries';
import { useTempDb } from '../helpers/temp-db';

const db = useTempDb();

describe('reason private_address', () => {
  it('is stored with a check result and read back', async () => {
    const startedAt = Date.now() - 1_000;
    await insertCheckResults(db().db, [
      checkResultRow({
        serviceId: 'lab',
        monitorId: 'lab-intranet',
        kind: 'http',
        vantage: 'local',
        outcome: 'ineligible',
        reason: 'private_address',
        startedAt,
        latencyMs: 0,
        facts: { detail: 'refused: intranet.example resolves to non-public address 10.0.0.7 (set allowPrivateNetwork to probe it)' },
      }),
      checkResultRow({ serviceId: 'lab', monitorId: 'lab-public', kind: 'http', vantage: 'local', outcome: 'up', reason: null, startedAt, latencyMs: 12, facts: {} }),
    ]);
    const rows = await readRecentResults(db().db, new Date(startedAt - 1));
    expect(rows.find((r) => r.monitorId === 'lab-intranet')).toMatchObject({ outcome: 'ineligible', reason: 'private_address' });
  });

  it('is stored as a service state reason', async () => {
    const now = new Date();
    await upsertServiceStates(db().db, [{ serviceId: 'lab', status: 'unknown', reason: 'private_address', since: now, checkedAt: now, detail: {} }]);
    expect((await readServiceStates(db().db)).find((s) => s.serviceId === 'lab')?.reason).toBe('private_address');
  });
});
