// The home page at a glance: the one summary line counts the hit services out of those measured ("3 of
// 24") or says all measured services work; the bars tell a status by shape as well as colour; the last few
// ended incidents are listed under the services.
import { describe, expect, it } from 'vitest';
import { BAR_HEIGHT, BAR_TOP, barPath } from '@/components/status/bar-shapes';
import { recentIncidents } from '@/components/status/recent-incidents';
import { summarizeNow } from '@/components/status/summarize';
import type { LiveStatus, ServiceSnapshot } from '@/components/status/live-types';
import type { IncidentListItem } from '@/lib/view-types';
import type { Status } from '@/lib/status/vocabulary';

function service(id: string, category: ServiceSnapshot['category'], status: Status, monitored = true): ServiceSnapshot {
  return {
    id,
    category,
    name: { ar: id, en: id },
    shortName: id,
    monitored,
    status,
    reason: null,
    since: null,
    checkedAt: null,
    measured: status !== 'unknown',
    failing: null,
    reported: null,
    latencyMs: null,
    headAgeSec: null,
    bestHeight: null,
    cloudDependencies: [],
  };
}

function live(services: ServiceSnapshot[]): LiveStatus {
  return { generatedAt: '2026-05-08T00:00:00Z', dataAsOf: '2026-05-08T00:00:00Z', late: false, methodologyVersion: '1', services, cloudIncidents: {}, activeIncidents: [], cloudEvents: [] };
}

describe('the summary line', () => {
  it('counts the hit services out of those measured now (unknown ones, clouds and unmonitored ones apart)', () => {
    const h = summarizeNow(
      live([
        service('a', 'exchange', 'major_outage'),
        service('b', 'exchange', 'partial_outage'),
        service('c', 'l1', 'operational'),
        service('d', 'l2', 'degraded'),
        service('e', 'infra', 'unknown'),
        service('f', 'infra', 'unknown', false),
        service('aws', 'cloud', 'operational'),
      ]),
    );
    expect(h).toMatchObject({ kind: 'servicesHit', hit: 3, measured: 4 });
  });

  it('says all measured services work, with how many', () => {
    const h = summarizeNow(live([service('a', 'exchange', 'operational'), service('c', 'l1', 'operational'), service('e', 'infra', 'unknown')]));
    expect(h).toMatchObject({ kind: 'allWorking', measured: 2, l1: 'producing' });
  });
});

describe('bar shapes', () => {
  const segments = (d: string) => d.split('M').filter(Boolean).length;
  it('every status a bar can show has its own shape, so none is told by colour alone', () => {
    const kinds = ['operational', 'degraded', 'partial_outage', 'major_outage', 'notEnoughData'] as const;
    const shapes = kinds.map((k) => barPath(k, 0, 3));
    expect(new Set(shapes).size).toBe(kinds.length);
    expect(segments(barPath('operational', 0, 3))).toBe(1);
    expect(segments(barPath('degraded', 0, 3))).toBeGreaterThan(segments(barPath('partial_outage', 0, 3)));
    expect(segments(barPath('partial_outage', 0, 3))).toBeGreaterThan(1);
    // A major outage stands taller than every other bar.
    expect(barPath('major_outage', 0, 3)).toBe(`M0 0h3v${BAR_HEIGHT}h-3z`);
    expect(barPath('operational', 0, 3)).toBe(`M0 ${BAR_TOP}h3v${BAR_HEIGHT - BAR_TOP}h-3z`);
  });

  it('dashes stay inside the bar area', () => {
    for (const kind of ['degraded', 'partial_outage'] as const) {
      for (const [, y, h] of barPath(kind, 8, 3).matchAll(/M8 (\d+)h3v(\d+)/g)) expect(Number(y) + Number(h)).toBeLessThanOrEqual(BAR_HEIGHT);
    }
  });
});

describe('recent incidents', () => {
  const item = (slug: string, startUtc: string, origin: 'past' | 'detected', endUtc: string | null): IncidentListItem => ({
    slug,
    origin,
    provider: null,
    region: null,
    zone: null,
    regionName: null,
    title: { ar: slug, en: slug },
    startUtc,
    endUtc,
    endBounds: null,
    affectedServiceCount: 0,
    inScope: true,
  });

  it('lists the newest ended incidents, never an open one (open ones are at the top)', () => {
    const items = [
      item('open', '2026-06-01T00:00:00Z', 'detected', null),
      item('may', '2026-05-07T00:00:00Z', 'past', '2026-05-08T00:00:00Z'),
      item('oct', '2025-10-20T00:00:00Z', 'past', '2025-10-20T21:00:00Z'),
      item('ended', '2026-05-20T00:00:00Z', 'detected', '2026-05-20T01:00:00Z'),
      item('apr', '2025-04-15T00:00:00Z', 'past', null),
    ];
    expect(recentIncidents(items).map((i) => i.slug)).toEqual(['ended', 'may', 'oct']);
  });
});
