// Detections an editor dismissed as false positives (docs/methodology.md § Uptime, version 1.4): inside a
// dismissed detection's span, the failing parts of a service's confirmed timeline are set aside as unknown
// time (not trustworthy data), so they leave both the downtime and the known time of its uptime figure.
// Operational time inside the span, and announced maintenance, are kept as measured. Pure.
import type { TimelineSegment } from './rollups';

/** The span of one dismissed detection of a service, [startMs, endMs). */
export interface DismissedSpan {
  startMs: number;
  endMs: number;
}

/** What a dismissal sets aside: every status that counts against uptime or says "not fully working". */
function isSetAside(segment: TimelineSegment): boolean {
  if (segment.status === 'maintenance') return !segment.announced;
  return segment.status === 'degraded' || segment.status === 'partial_outage' || segment.status === 'major_outage';
}

/**
 * The timeline with the failing parts inside `spans` turned into `unknown`, segments cut at the spans'
 * edges (so a failure that runs past a dismissed span keeps counting after it). Order and total time are kept.
 */
export function setAsideDismissed(segments: readonly TimelineSegment[], spans: readonly DismissedSpan[]): TimelineSegment[] {
  const valid = spans.filter((s) => s.endMs > s.startMs);
  if (valid.length === 0) return [...segments];
  const out: TimelineSegment[] = [];
  for (const segment of segments) {
    if (!isSetAside(segment)) {
      out.push(segment);
      continue;
    }
    // Cut points inside the segment: every span edge that falls within it.
    const cuts = [...new Set(valid.flatMap((s) => [s.startMs, s.endMs]).filter((t) => t > segment.startMs && t < segment.endMs))].sort((a, b) => a - b);
    const edges = [segment.startMs, ...cuts, segment.endMs];
    for (let i = 0; i < edges.length - 1; i++) {
      const startMs = edges[i]!;
      const endMs = edges[i + 1]!;
      const inside = valid.some((s) => s.startMs <= startMs && endMs <= s.endMs);
      out.push(inside ? { startMs, endMs, status: 'unknown' } : { ...segment, startMs, endMs });
    }
  }
  return out;
}
