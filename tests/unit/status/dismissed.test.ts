// A dismissed detection's failing time becomes unknown (docs/methodology.md § Uptime, version 1.4).
import { describe, expect, it } from 'vitest';
import { setAsideDismissed } from '@/lib/status/dismissed';
import { buildRollup, type TimelineSegment } from '@/lib/status/rollups';
import { computeUptimePercent, summarizeUptime } from '@/lib/status/uptime';

const MIN = 60_000;
const seg = (startMin: number, endMin: number, status: TimelineSegment['status'], announced?: boolean): TimelineSegment => ({
  startMs: startMin * MIN, endMs: endMin * MIN, status, ...(announced !== undefined && { announced }),
});

describe('setAsideDismissed', () => {
  it('no spans → the timeline unchanged', () => {
    const timeline = [seg(0, 10, 'operational'), seg(10, 20, 'major_outage')];
    expect(setAsideDismissed(timeline, [])).toEqual(timeline);
  });

  it('a failure inside a dismissed span becomes unknown; operational time around it stays', () => {
    const out = setAsideDismissed([seg(0, 10, 'operational'), seg(10, 40, 'major_outage'), seg(40, 60, 'operational')], [{ startMs: 10 * MIN, endMs: 40 * MIN }]);
    expect(out).toEqual([seg(0, 10, 'operational'), seg(10, 40, 'unknown'), seg(40, 60, 'operational')]);
  });

  it('a failure running past the span is cut at its edge: the part outside still counts', () => {
    const out = setAsideDismissed([seg(0, 60, 'partial_outage')], [{ startMs: 20 * MIN, endMs: 30 * MIN }]);
    expect(out).toEqual([seg(0, 20, 'partial_outage'), seg(20, 30, 'unknown'), seg(30, 60, 'partial_outage')]);
  });

  it('degraded and unannounced maintenance are set aside; announced maintenance and unknown are kept', () => {
    const span = [{ startMs: 0, endMs: 40 * MIN }];
    expect(setAsideDismissed([seg(0, 10, 'degraded'), seg(10, 20, 'maintenance', false), seg(20, 30, 'maintenance', true), seg(30, 40, 'unknown')], span)).toEqual([
      seg(0, 10, 'unknown'), seg(10, 20, 'unknown'), seg(20, 30, 'maintenance', true), seg(30, 40, 'unknown'),
    ]);
  });

  it('an hour with a dismissed 30-minute outage: uptime judged on the known half (100 %), coverage 50 % (not enough data)', () => {
    const timeline = [seg(0, 15, 'operational'), seg(15, 45, 'major_outage'), seg(45, 60, 'operational')];
    const before = buildRollup('x', 0, 60 * MIN, timeline);
    expect(computeUptimePercent(before)).toBe(50);
    const after = summarizeUptime(buildRollup('x', 0, 60 * MIN, setAsideDismissed(timeline, [{ startMs: 15 * MIN, endMs: 45 * MIN }])));
    expect(after).toMatchObject({ uptimePercent: 100, coverage: 0.5, notEnoughData: true });
  });
});
