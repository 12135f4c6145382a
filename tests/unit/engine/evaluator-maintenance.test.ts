// The live evaluator fed announced maintenance windows (lib/engine/maintenance.ts hands them over each round):
// a failure inside a window announced in advance is maintenance; past the window's end, or under a window
// announced after the failure began, it is an outage. And the company's notices are read from its page.
import { describe, expect, it } from 'vitest';
import { catalogSchema, type Catalog } from '@/lib/catalog/schema';
import type { ProbeResult } from '@/lib/probes/types';
import { Evaluator } from '@/lib/engine/evaluator';
import type { MaintenanceWindow } from '@/lib/maintenance/windows';
import { companyWindows } from '@/lib/maintenance/company';

const T0 = Date.UTC(2026, 11, 7, 2, 0, 0);
const INTERVAL = 30;
const MIN = 60_000;

function catalog(): Catalog {
  return catalogSchema.parse({
    version: 1,
    services: [{
      id: 'exchange-x', name: { ar: 'منصة', en: 'Exchange X' }, shortName: 'X', category: 'exchange', website: 'https://x.example', monitored: true,
      monitors: [
        { id: 'x-api', kind: 'http', operator: 'x', role: 'access', url: 'https://api.x.example/ping', intervalSec: INTERVAL },
        { id: 'x-status', kind: 'statuspage', operator: 'x', role: 'reported', url: 'https://status.x.example/api/v2/summary.json', intervalSec: 60, components: [{ id: 'c1' }] },
      ],
    }],
    canaries: [],
  });
}

const down = (round: number): ProbeResult => ({ monitorId: 'x-api', kind: 'http', vantage: 'local', outcome: 'down', reason: 'timeout', startedAt: T0 + round * INTERVAL * 1000, latencyMs: 40, facts: {} });
const window = (over: Partial<MaintenanceWindow> = {}): MaintenanceWindow => ({
  id: 'mw', source: 'editor', serviceIds: ['exchange-x'], startsAt: T0 - MIN, endsAt: T0 + 10 * MIN, announcedAt: T0 - 24 * 60 * MIN, cancelledAt: null, ...over,
});

/** Rounds of failures from T0 (every 30 s), evaluated 5 s after each; the status after round `until`. */
function statusAfter(windows: MaintenanceWindow[], until: number, first = 0): string {
  const evaluator = new Evaluator({ catalog: catalog() });
  evaluator.setMaintenanceWindows(windows);
  let last;
  for (let round = first; round <= until; round++) {
    evaluator.ingest([down(round)]);
    last = evaluator.evaluate(T0 + round * INTERVAL * 1000 + 5_000);
  }
  return last!.services[0]!.status;
}

describe('the evaluator with announced windows', () => {
  it.each([
    ['no window: the failure is an outage', [], 6, 'major_outage'],
    ['inside a window announced the day before: maintenance', [window()], 6, 'maintenance'],
    ['past the window\'s end (an overrun): an outage', [window({ endsAt: T0 + 2 * MIN })], 6, 'major_outage'],
    ['a window announced after the failure began: an outage', [window({ announcedAt: T0 + 30_000, startsAt: T0 + MIN })], 6, 'major_outage'],
    ['another service\'s window: an outage', [window({ serviceIds: ['other'] })], 6, 'major_outage'],
  ] as const)('%s', (_name, windows, until, expected) => {
    expect(statusAfter([...windows], until)).toBe(expected);
  });

  it('reads the company\'s own notices from its status page, announced when created (bounded by the poll that saw them)', () => {
    const evaluator = new Evaluator({ catalog: catalog() });
    evaluator.ingest([{
      monitorId: 'x-status', kind: 'statuspage', vantage: 'local', outcome: 'up', reason: null, startedAt: T0, latencyMs: 50,
      facts: { components: [{ id: 'c1', name: 'API', status: 'operational' }], maintenances: [{ id: 'n1', title: 'Database upgrade', phase: 'scheduled', scheduledFor: '2026-12-08T02:00:00Z', scheduledUntil: '2026-12-08T04:00:00Z', createdAt: '2026-12-06T10:00:00Z', url: 'https://status.x.example/incidents/n1' }] },
    }]);
    const [notice] = evaluator.companyNotices();
    expect(notice).toMatchObject({ serviceId: 'exchange-x', monitorId: 'x-status', readAt: T0 });
    expect(companyWindows(notice!)).toEqual([{
      id: 'sp-x-status-n1', serviceIds: ['exchange-x'], startsAt: Date.parse('2026-12-08T02:00:00Z'), endsAt: Date.parse('2026-12-08T04:00:00Z'),
      announcedAt: Date.parse('2026-12-06T10:00:00Z'), title: 'Database upgrade', sourceUrl: 'https://status.x.example/incidents/n1',
    }]);
  });
});
