// The shape of one day's uptime bar, so a day's status is told by shape as well as colour (red and green,
// amber and orange look alike to many people with a colour-vision deficiency): working is a solid bar,
// degraded a bar of short dashes, partial outage a bar of long dashes, major outage a solid bar taller than
// the rest, maintenance solid, and a day without enough data a short grey stub. The bars and their colour
// key draw from here, so the key shows exactly what the bars show. Pure.
import type { Status } from '@/lib/status/vocabulary';

/** The bar area's height in SVG units; every bar but a major outage starts TOP units down. */
export const BAR_HEIGHT = 28;
export const BAR_TOP = 4;
export const NO_DATA_HEIGHT = 10;

export type BarKind = Status | 'notEnoughData';

/** Dashes (ink, gap) per status; a status not listed is solid. */
const DASHES: Partial<Record<BarKind, readonly [number, number]>> = {
  degraded: [2, 2],
  partial_outage: [5, 2],
};

/** The SVG path of one bar of width `width` at `x`. */
export function barPath(kind: BarKind, x: number, width: number): string {
  const rect = (y: number, h: number) => `M${x} ${y}h${width}v${h}h-${width}z`;
  if (kind === 'notEnoughData') return rect(BAR_HEIGHT - NO_DATA_HEIGHT, NO_DATA_HEIGHT);
  if (kind === 'major_outage') return rect(0, BAR_HEIGHT);
  const dashes = DASHES[kind];
  if (!dashes) return rect(BAR_TOP, BAR_HEIGHT - BAR_TOP);
  const [ink, gap] = dashes;
  let d = '';
  for (let y = BAR_TOP; y < BAR_HEIGHT; y += ink + gap) d += rect(y, Math.min(ink, BAR_HEIGHT - y));
  return d;
}
