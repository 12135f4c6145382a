import type { Status } from '@/lib/status/vocabulary';

// One shape per status, so the status is never told by colour alone.
const PATHS: Record<Status, string> = {
  operational: 'M4 8.5l2.5 2.5L12 5.5', // check
  degraded: 'M8 4v5M8 11.5v.5', // exclamation
  partial_outage: 'M3 8h10', // bar
  major_outage: 'M4.5 4.5l7 7M11.5 4.5l-7 7', // cross
  maintenance: 'M5 11l6-6M9.5 4.5l2 2', // spanner-like
  unknown: 'M6 6a2 2 0 1 1 2.5 2c-.4.2-.5.5-.5 1v.5M8 12v.2', // question
};

export const STATUS_TEXT_CLASS: Record<Status, string> = {
  operational: 'text-operational',
  degraded: 'text-degraded',
  partial_outage: 'text-partial',
  major_outage: 'text-major',
  maintenance: 'text-maintenance',
  unknown: 'text-unknown',
};

/** The inline-start border of a card in the status colour (the banner). */
export const STATUS_BORDER_CLASS: Record<Status, string> = {
  operational: 'border-s-operational',
  degraded: 'border-s-degraded',
  partial_outage: 'border-s-partial',
  major_outage: 'border-s-major',
  maintenance: 'border-s-maintenance',
  unknown: 'border-s-unknown',
};

/** Uptime bars: the fill of a day by its worst status. */
export const STATUS_FILL_CLASS: Record<Status, string> = {
  operational: 'fill-operational',
  degraded: 'fill-degraded',
  partial_outage: 'fill-partial',
  major_outage: 'fill-major',
  maintenance: 'fill-maintenance',
  unknown: 'fill-unknown',
};

export function StatusIcon({ status, className = '' }: { status: Status; className?: string }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" className={`${STATUS_TEXT_CLASS[status]} shrink-0 ${className}`}>
      <circle cx="8" cy="8" r="7.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d={PATHS[status]} fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
