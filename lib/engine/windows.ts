// The engine's own time windows, in one place, so a test (or an operator) passes shorter ones and an
// injected clock instead of waiting in real time. The defaults are the published methodology's values:
// change them only with docs/methodology. The rules' windows (guard minute, regional five minutes,
// reopen fifteen minutes) live in lib/status, which never reads a clock: they run on the `now` the
// engine hands them, i.e. on this clock.
import { CLOUD_EVENT_MIN_SERVICES, CLOUD_EVENT_QUIET_MS, CLOUD_EVENT_REJOIN_MS, CLOUD_EVENT_WINDOW_MS } from '@/lib/correlation/settings';
import { REOPEN_WINDOW_MS } from '@/lib/status/incidents';

export interface EngineWindows {
  /** Raw results kept in memory and read back at start: longer than every rule's window (guard 1 min, stall rounds). */
  recentMs: number;
  /** Each round re-reads this far behind the previous read: other vantages' results land late. */
  readBackOverlapMs: number;
  /** How often statuses are derived. */
  evaluateEveryMs: number;
  /** How often the rollups are rebuilt and old raw results pruned. */
  rollupEveryMs: number;
  /** A service failing again within this long of recovering reopens its incident (methodology: 15 minutes). */
  reopenMs: number;
  /** Cloud-outage events (lib/correlation/settings.ts): K services, within W, the quiet period, the rejoin window. */
  cloudEventMinServices: number;
  cloudEventWindowMs: number;
  cloudEventQuietMs: number;
  cloudEventRejoinMs: number;
  /** How often the cloud-outage step reads the exposure map's measured dependencies again (they change when a provider moves a service). */
  measuredRefreshMs: number;
}

export const DEFAULT_ENGINE_WINDOWS: Readonly<EngineWindows> = Object.freeze({
  recentMs: 15 * 60_000,
  readBackOverlapMs: 60_000,
  evaluateEveryMs: 5_000,
  rollupEveryMs: 5 * 60_000,
  reopenMs: REOPEN_WINDOW_MS,
  cloudEventMinServices: CLOUD_EVENT_MIN_SERVICES,
  cloudEventWindowMs: CLOUD_EVENT_WINDOW_MS,
  cloudEventQuietMs: CLOUD_EVENT_QUIET_MS,
  cloudEventRejoinMs: CLOUD_EVENT_REJOIN_MS,
  measuredRefreshMs: 5 * 60_000,
});

/** Epoch ms; the engine reads time only through this. */
export type Clock = () => number;
export const systemClock: Clock = () => Date.now();
