import { describe, expect, it } from 'vitest';
import { catalogSchema } from '@/lib/catalog/schema';
import { LATE_AFTER_MS, snapshotOf } from '@/lib/read-models/snapshot';

const catalog = catalogSchema.parse({
  version: 1,
  services: [{ id: 'svc', name: { ar: 'خدمة', en: 'Service' }, shortName: 'S', category: 'infra', website: 'https://s.example', monitored: true, monitors: [{ id: 'svc-api', kind: 'http', operator: 'svc', role: 'access', url: 'https://s.example/ping' }] }],
});
const NOW = new Date('2026-05-07T12:00:00Z');
const stateCheckedAgo = (ms: number) => ({ serviceId: 'svc', status: 'operational' as const, reason: null, since: NOW, checkedAt: new Date(NOW.getTime() - ms), detail: {} });

describe('the status snapshot', () => {
  it('is late past LATE_AFTER_MS (2 min) by default, or past the window it is given', () => {
    expect(LATE_AFTER_MS).toBe(2 * 60_000);
    expect(snapshotOf(catalog, [stateCheckedAgo(LATE_AFTER_MS)], NOW).late).toBe(false);
    expect(snapshotOf(catalog, [stateCheckedAgo(LATE_AFTER_MS + 1)], NOW).late).toBe(true);
    expect(snapshotOf(catalog, [stateCheckedAgo(10_000)], NOW, { lateAfterMs: 5_000 }).late).toBe(true);
  });

  it('a service without a state is unknown for want of data, never a guess', () => {
    expect(snapshotOf(catalog, [], NOW).services[0]).toMatchObject({ status: 'unknown', reason: 'no_data', measured: false, failing: null });
  });
});
