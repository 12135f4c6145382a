// The 90 days of one service's bars as one short string (a few hundred bytes), so the page carries each
// service's history once, compactly, instead of ninety objects. One token per day, oldest first:
//   <status letter>[! not enough data][uptime %][~coverage %][+incidents]   e.g. "o100", "m97.31+1", "u!"
// Coverage is omitted when the day is fully covered (or, for a not-enough-data day, when it is zero).
import type { Status } from '@/lib/status/vocabulary';

export interface BarDay {
  worst: Status;
  notEnoughData: boolean;
  uptimePercent: number | null;
  /** Whole percent, floored (never overstates what was covered). */
  coveragePercent: number;
  incidents: number;
}

const LETTER: Record<Status, string> = { operational: 'o', degraded: 'd', partial_outage: 'p', major_outage: 'm', maintenance: 'n', unknown: 'u' };
const STATUS_OF: Record<string, Status> = Object.fromEntries(Object.entries(LETTER).map(([s, l]) => [l, s as Status]));
const TOKEN = /^([odpmnu])(!?)(\d+(?:\.\d+)?)?(?:~(\d+))?(?:\+(\d+))?$/;

export function encodeBarDays(days: readonly { worst: Status; notEnoughData: boolean; uptimePercent: number | null; coverage: number; incidents: number }[]): string {
  return days
    .map((d) => {
      const coverage = Math.floor(d.coverage * 100 + 1e-9);
      const showCoverage = d.notEnoughData ? coverage > 0 : coverage < 100;
      return `${LETTER[d.worst]}${d.notEnoughData ? '!' : ''}${d.uptimePercent ?? ''}${showCoverage ? `~${coverage}` : ''}${d.incidents > 0 ? `+${d.incidents}` : ''}`;
    })
    .join(' ');
}

export function decodeBarDays(encoded: string): BarDay[] {
  return encoded
    .split(' ')
    .filter(Boolean)
    .map((token) => {
      const m = TOKEN.exec(token);
      if (!m) return { worst: 'unknown', notEnoughData: true, uptimePercent: null, coveragePercent: 0, incidents: 0 };
      const notEnoughData = m[2] === '!';
      return {
        worst: STATUS_OF[m[1]!] ?? 'unknown',
        notEnoughData,
        uptimePercent: m[3] !== undefined ? Number(m[3]) : null,
        coveragePercent: m[4] !== undefined ? Number(m[4]) : notEnoughData ? 0 : 100,
        incidents: m[5] !== undefined ? Number(m[5]) : 0,
      };
    });
}
