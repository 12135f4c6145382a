import { describe, expect, it } from 'vitest';
import { CATEGORIES, type Category } from '@/lib/catalog/schema';
import { STATUSES, type Status } from '@/lib/status/vocabulary';
import {
  COMPONENT_STATUS,
  groupComponentId,
  incidentImpact,
  statuspageComponents,
  statuspageIncident,
  statuspagePage,
  statuspageStatus,
  type StatuspageContext,
} from '@/lib/open-data/statuspage';
import { monitoredIds, PAST_RECORDS, snapshotWith } from '../../helpers/snapshots';
import { spComponentSchema, spIncidentSchema, spSummarySchema } from '../../helpers/statuspage-schema';

const context: StatuspageContext = {
  lang: 'en',
  pageUrl: 'https://marsad.test/en',
  documentation: 'https://marsad.test/en/open-data#statuspage',
  labels: {
    pageName: 'Marsad',
    groups: Object.fromEntries(CATEGORIES.map((c) => [c, `Group ${c}`])) as Record<Category, string>,
    indicator: Object.fromEntries(STATUSES.map((s) => [s, `indicator ${s}`])) as Record<Status, string>,
    someUnknown: (n) => `${n} unknown`,
    source: 'Source',
  },
};

function summary(snapshot: ReturnType<typeof snapshotWith>) {
  const { components, marsad } = statuspageComponents(snapshot, context);
  return { page: statuspagePage(snapshot, context), components, incidents: [], scheduled_maintenances: [], status: statuspageStatus(snapshot, context.labels), marsad };
}

describe('Statuspage components', () => {
  it('maps every known status one to one, and has no word for unknown', () => {
    expect(COMPONENT_STATUS).toEqual({
      operational: 'operational',
      degraded: 'degraded_performance',
      partial_outage: 'partial_outage',
      major_outage: 'major_outage',
      maintenance: 'under_maintenance',
    });
    expect('unknown' in COMPONENT_STATUS).toBe(false);
  });

  it('leaves unknown services out of components and lists them under marsad.unknown_components', () => {
    const snapshot = snapshotWith({ bitcoin: 'operational', ethereum: 'degraded' });
    const { components, marsad } = statuspageComponents(snapshot, context);
    const ids = components.map((c) => c.id);
    expect(ids).toEqual(['group-l1', 'bitcoin', 'ethereum']);
    expect(components.find((c) => c.id === 'ethereum')?.status).toBe('degraded_performance');
    expect(marsad.unknown_components.map((c) => c.id)).toContain('solana');
    expect(marsad.unknown_components.map((c) => c.id)).not.toContain('bitcoin');
    expect(marsad.not_monitored.map((c) => c.id)).toContain('metamask');
    for (const c of components) expect(spComponentSchema.safeParse(c).success).toBe(true);
  });

  it('gives a group the worst status of its known services and lists their ids', () => {
    const snapshot = snapshotWith({ bitcoin: 'operational', ethereum: 'major_outage', solana: 'degraded' });
    const group = statuspageComponents(snapshot, context).components.find((c) => c.id === groupComponentId('l1'))!;
    expect(group).toMatchObject({ group: true, group_id: null, status: 'major_outage', name: 'Group l1' });
    expect(group.components).toEqual(['bitcoin', 'ethereum', 'solana']);
  });

  it('says nothing measured when our measurements are late: every service becomes unknown', () => {
    const snapshot = snapshotWith({ bitcoin: 'operational' }, { late: true });
    const { components, marsad } = statuspageComponents(snapshot, context);
    expect(components).toEqual([]);
    expect(marsad.late).toBe(true);
    expect(marsad.unknown_components.find((c) => c.id === 'bitcoin')?.reason).toBe('late');
  });
});

describe('Statuspage page status', () => {
  it('is never "none" without data: nothing known → minor, "status unknown"', () => {
    expect(statuspageStatus(snapshotWith(), context.labels)).toEqual({ indicator: 'minor', description: 'indicator unknown' });
  });

  it('takes the worst known status and says how many are unknown', () => {
    const all = Object.fromEntries(monitoredIds().map((id) => [id, 'operational' as Status]));
    expect(statuspageStatus(snapshotWith(all), context.labels)).toEqual({ indicator: 'none', description: 'indicator operational' });
    const some = { bitcoin: 'operational', coinbase: 'partial_outage' } as const;
    const status = statuspageStatus(snapshotWith(some), context.labels);
    expect(status.indicator).toBe('major');
    expect(status.description).toBe(`indicator partial_outage; ${monitoredIds().length - 2} unknown`);
    expect(statuspageStatus(snapshotWith({ ...all, okx: 'major_outage' }), context.labels).indicator).toBe('critical');
    expect(statuspageStatus(snapshotWith({ ...all, okx: 'degraded' }), context.labels).indicator).toBe('minor');
    expect(statuspageStatus(snapshotWith({ ...all, okx: 'maintenance' }), context.labels).indicator).toBe('none');
  });

  it('produces a summary that a Statuspage client reads (the v2 summary shape)', () => {
    const result = spSummarySchema.safeParse(summary(snapshotWith({ bitcoin: 'operational', coinbase: 'major_outage' })));
    expect(result.error?.issues ?? []).toEqual([]);
    expect(spSummarySchema.safeParse(summary(snapshotWith())).success).toBe(true);
  });
});

describe('Statuspage incidents', () => {
  const incident = PAST_RECORDS.find((i) => i.slug === 'aws-us-east-1-2025-10-20')!;
  const sp = statuspageIncident(incident, context, 'https://marsad.test/en/incidents/aws-us-east-1-2025-10-20');

  it('has the Statuspage incident shape, one update per event, newest first', () => {
    expect(spIncidentSchema.safeParse(sp).error?.issues ?? []).toEqual([]);
    expect(sp.incident_updates).toHaveLength(incident.events.length);
    expect(sp.incident_updates.map((u) => u.id).sort()).toEqual(incident.events.map((e) => e.id).sort());
    const times = sp.incident_updates.map((u) => u.display_at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('gives the newest update the incident phase, never claims "identified" for earlier ones', () => {
    expect(sp.status).toBe('resolved');
    expect(sp.incident_updates[0]!.status).toBe('resolved');
    expect(sp.incident_updates.slice(1).every((u) => u.status === 'investigating' || u.status === 'monitoring')).toBe(true);
    expect(sp.resolved_at).not.toBeNull();
  });

  it('puts each event source in its body and marks claims and unconfirmed times', () => {
    const withSource = sp.incident_updates.find((u) => u.body.includes('Source: https://'));
    expect(withSource).toBeDefined();
    const claim = incident.events.find((e) => e.claimOnly);
    if (claim) expect(sp.incident_updates.find((u) => u.id === claim.id)!.body).toMatch(/^(Time not confirmed\.\n)?Claimed, not verified: /);
  });

  it('rates impact by the worst state a non-claim event reports', () => {
    expect(sp.impact).toBe('critical');
    expect(incidentImpact({ events: [] })).toBe('none');
  });

  it('names the incident in the chosen language', () => {
    const ar = statuspageIncident(incident, { ...context, lang: 'ar', labels: { ...context.labels, source: 'المصدر' } }, 'x');
    expect(ar.name).toBe(incident.title.ar);
    expect(ar.incident_updates.some((u) => u.body.includes('المصدر: https://'))).toBe(true);
  });
});
