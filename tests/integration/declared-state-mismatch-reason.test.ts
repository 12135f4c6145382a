// The `declared_state_mismatch` reason is in the database's reason enum (migration 0004): an exchange reading
// whose declared state disagrees with its trades is written and read back, and so is a service state with it.
import { describe, expect, it } from 'vitest';
import { checkResultRow, insertCheckResults, readRecentResults, readServiceStates, upsertServiceStates } from '@/lib/db/queries';
import { useTempDb } from '../helpers/temp-db';

const db = useTempDb();

describe('reason declared_state_mismatch', () => {
  it('is stored with a check result and read back', async () => {
    const startedAt = Date.now() - 1_000;
    await insertCheckResults(db().db, [
      checkResultRow({
        serviceId: 'okx',
        monitorId: 'okx-exchange',
        kind: 'exchange',
        vantage: 'local',
        outcome: 'up',
        reason: 'declared_state_mismatch',
        startedAt,
        latencyMs: 120,
        facts: { declaredState: 'maintenance', lastTradeAtMs: startedAt - 4_000, detail: 'Spot trading system upgrade; but last trade 4 s ago' },
      }),
    ]);
    const rows = await readRecentResults(db().db, new Date(startedAt - 1));
    expect(rows.find((r) => r.monitorId === 'okx-exchange')).toMatchObject({ outcome: 'up', reason: 'declared_state_mismatch' });
  });

  it('is stored as a service state reason', async () => {
    const now = new Date();
    await upsertServiceStates(db().db, [{ serviceId: 'okx', status: 'operational', reason: 'declared_state_mismatch', since: now, checkedAt: now, detail: {} }]);
    expect((await readServiceStates(db().db)).find((s) => s.serviceId === 'okx')?.reason).toBe('declared_state_mismatch');
  });
});
