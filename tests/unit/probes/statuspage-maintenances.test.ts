// A company's Statuspage summary.json lists its scheduled maintenances: the probe keeps those still ahead or
// under way, with both times, on the mapped components; a malformed list is read as none (it never hides
// the components or incidents).
import { describe, expect, it } from 'vitest';
import { announcedMaintenances, statuspageSummarySchema } from '@/lib/probes/statuspage-summary';

const summary = (scheduled: unknown) =>
  statuspageSummarySchema.parse({
    page: { id: 'p', name: 'X', url: 'http://status.x.example' },
    components: [{ id: 'c1', name: 'API', status: 'operational' }],
    incidents: [],
    scheduled_maintenances: scheduled,
  });

const notice = (over: Record<string, unknown> = {}) => ({
  id: 'n1', name: 'Database upgrade', status: 'scheduled', created_at: '2026-12-06T10:00:00Z',
  scheduled_for: '2026-12-08T02:00:00Z', scheduled_until: '2026-12-08T04:00:00Z', components: [{ id: 'c1', name: 'API' }], ...over,
});

describe('announcedMaintenances', () => {
  it('keeps scheduled and in-progress notices with both times, linked over https', () => {
    const found = announcedMaintenances(summary([notice(), notice({ id: 'n2', status: 'in_progress' })]));
    expect(found).toEqual([
      { id: 'n1', title: 'Database upgrade', phase: 'scheduled', scheduledFor: '2026-12-08T02:00:00Z', scheduledUntil: '2026-12-08T04:00:00Z', createdAt: '2026-12-06T10:00:00Z', url: 'https://status.x.example/incidents/n1', componentIds: ['c1'] },
      expect.objectContaining({ id: 'n2', phase: 'in_progress' }),
    ]);
  });

  it('drops completed notices and those without both times', () => {
    expect(announcedMaintenances(summary([notice({ status: 'completed' }), notice({ scheduled_until: null }), notice({ scheduled_for: undefined })]))).toEqual([]);
  });

  it('keeps only what the filter counts (the mapped components)', () => {
    expect(announcedMaintenances(summary([notice()]), () => false)).toEqual([]);
  });

  it('reads a malformed list as none, and the rest of the page as usual', () => {
    const s = summary([{ id: 5 }]);
    expect(s.scheduled_maintenances).toEqual([]);
    expect(s.components).toHaveLength(1);
    expect(statuspageSummarySchema.parse({ components: [] }).scheduled_maintenances).toEqual([]);
  });
});
