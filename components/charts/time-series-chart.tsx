// A line over time, drawn on the server as SVG (no chart library, no JavaScript). Time runs in the page's
// reading direction: RTL in Arabic (oldest at the start edge), LTR in English. Empty
// buckets break the line, so a gap reads as "no measurement", never as zero. Labels are HTML, so the
// visitor's time zone and digits apply to them like everywhere else.
import type { ReactNode } from 'react';
import { LocalTime } from '@/components/ui/local-time';

export interface SeriesPoint {
  /** Start of the bucket, ISO 8601 UTC. */
  t: string;
  value: number | null;
}

export interface TimeSeriesChartProps {
  title: string;
  /** A sentence under the title (averages, highest), or null. */
  summary: ReactNode;
  points: readonly SeriesPoint[];
  from: string;
  dir: 'rtl' | 'ltr';
  /** Axis labels: the number only (the unit is in the title). */
  formatValue: (value: number) => string;
  /** How the start and middle are labelled (the end is "now"): a day's chart by time, a week's by date. */
  timeFormat: 'short' | 'date';
  middleFormat: 'time' | 'date';
  nowLabel: string;
  /** A horizontal dashed line (e.g. the chain's degraded limit) and what it means. */
  threshold?: { value: number; label: string };
  noData: string;
}

const WIDTH = 600;
const HEIGHT = 160;

/** 1, 2 or 5 × a power of ten, at or above `value`. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((v) => v >= value) ?? 10 * power;
}

export function TimeSeriesChart({ title, summary, points, from, dir, formatValue, timeFormat, middleFormat, nowLabel, threshold, noData }: TimeSeriesChartProps) {
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const n = points.length;
  const top = niceCeiling(Math.max(...values, threshold ? threshold.value * 1.1 : 0, 1));
  const x = (i: number) => {
    const fromStart = ((i + 0.5) / n) * WIDTH;
    return dir === 'rtl' ? WIDTH - fromStart : fromStart;
  };
  const y = (v: number) => HEIGHT - (Math.min(v, top) / top) * HEIGHT;

  let line = '';
  let area = '';
  let segment: { x: number; y: number }[] = [];
  const close = () => {
    if (segment.length === 0) return;
    const first = segment[0]!;
    const last = segment.at(-1)!;
    // A lone point still shows: a short flat stroke.
    const pts = segment.length === 1 ? [{ x: first.x - 1.5, y: first.y }, { x: first.x + 1.5, y: first.y }] : segment;
    line += pts.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('');
    area += `M${pts[0]!.x.toFixed(1)} ${HEIGHT}${pts.map((p) => `L${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('')}L${(segment.length === 1 ? last.x + 1.5 : last.x).toFixed(1)} ${HEIGHT}Z`;
    segment = [];
  };
  points.forEach((p, i) => {
    if (p.value === null) close();
    else segment.push({ x: x(i), y: y(p.value) });
  });
  close();

  const middle = points[Math.floor(n / 2)]?.t;
  return (
    <figure className="space-y-2">
      <figcaption className="space-y-1">
        <span className="block font-semibold">{title}</span>
        {summary ? <span className="block text-sm text-muted">{summary}</span> : null}
      </figcaption>
      {values.length === 0 ? (
        <p className="rounded border border-dashed border-line p-4 text-sm text-muted">{noData}</p>
      ) : (
        <div className="grid grid-cols-[auto_1fr] gap-x-2">
          <div className="flex h-40 flex-col justify-between text-end text-xs text-muted" aria-hidden="true">
            <span data-num="" suppressHydrationWarning>
              {formatValue(top)}
            </span>
            <span data-num="" suppressHydrationWarning>
              {formatValue(top / 2)}
            </span>
            <span data-num="" suppressHydrationWarning>
              {formatValue(0)}
            </span>
          </div>
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" className="h-40 w-full overflow-visible rounded-sm bg-bg" aria-hidden="true" focusable="false">
            {[0, 0.5, 1].map((f) => (
              <line key={f} x1="0" x2={WIDTH} y1={HEIGHT * f} y2={HEIGHT * f} className="stroke-line" strokeWidth="1" vectorEffect="non-scaling-stroke" />
            ))}
            <path d={area} className="fill-accent opacity-15" />
            <path d={line} fill="none" className="stroke-accent" strokeWidth="2" strokeLinejoin="round" vectorEffect="non-scaling-stroke" />
            {threshold ? (
              <line x1="0" x2={WIDTH} y1={y(threshold.value)} y2={y(threshold.value)} className="stroke-degraded" strokeWidth="1.5" strokeDasharray="6 4" vectorEffect="non-scaling-stroke" />
            ) : null}
          </svg>
          <span />
          <div className="mt-1 flex justify-between gap-2 text-xs text-muted">
            <LocalTime iso={from} format={timeFormat} />
            {middle ? (
              <span className="hidden sm:inline">
                <LocalTime iso={middle} format={middleFormat} />
              </span>
            ) : null}
            <span>{nowLabel}</span>
          </div>
        </div>
      )}
      {threshold && values.length > 0 ? (
        <p className="text-xs text-muted" data-num="" suppressHydrationWarning>
          {threshold.label}
        </p>
      ) : null}
    </figure>
  );
}
