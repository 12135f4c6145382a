import type { ReactNode } from 'react';
import { LocalTime } from '@/components/ui/local-time';

// The shared frame of the incident charts: a time axis from the incident's start to the latest end the
// sources support, laid out in the page's direction (time runs RTL in Arabic).

export interface ChartWindow {
  startUtc: string;
  endUtc: string;
}

/** Where an instant falls on the axis, in percent (clamped to the chart). */
export function positionOf(iso: string, window: ChartWindow): number {
  const start = Date.parse(window.startUtc);
  const span = Date.parse(window.endUtc) - start;
  if (span <= 0) return 0;
  return Math.min(100, Math.max(0, ((Date.parse(iso) - start) / span) * 100));
}

export function ChartAxis({ window, label }: { window: ChartWindow; label: string }) {
  return (
    <div className="flex justify-between gap-4 border-b border-line pb-1 text-xs text-muted" aria-hidden="true" title={label}>
      <LocalTime iso={window.startUtc} fixed />
      <LocalTime iso={window.endUtc} fixed />
    </div>
  );
}

/** A track the width of the axis; children are positioned bars. Decorative: the text beside it says it all. */
export function ChartTrack({ children, className = '' }: { children: ReactNode; className?: string }) {
  return (
    <div className={`relative h-3 w-full overflow-hidden rounded bg-line/40 print:border print:border-line ${className}`} aria-hidden="true">
      {children}
    </div>
  );
}

export function ChartBar({ from, to, className }: { from: number; to: number; className: string }) {
  return (
    <div
      className={`absolute inset-y-0 rounded-sm print:[print-color-adjust:exact] ${className}`}
      style={{ insetInlineStart: `${from}%`, width: `${Math.max(0.8, to - from)}%` }}
    />
  );
}

/**
 * What follows a start whose end the sources do not give: a dashed line, not a bar, so an unknown
 * duration never looks like impact through to the end of the chart.
 */
export function ChartOpenEnd({ from, to }: { from: number; to: number }) {
  return (
    <div
      className="absolute inset-y-0 my-auto h-0 border-t-2 border-dashed border-muted print:[print-color-adjust:exact]"
      style={{ insetInlineStart: `${from}%`, width: `${Math.max(0, to - from)}%` }}
      data-open-end=""
    />
  );
}
