// Runs every monitor on its own interval with jitter, under a global concurrency cap, never two runs of
// one monitor at once, and hands results to a writer in batches. If the writer fails (database down) it
// keeps a bounded buffer, says so once, and writes it when the writer works again.
import type { Monitor } from '@/lib/catalog/schema';
import type { ProbeResult } from '@/lib/probes/types';
import { observeSchedulerLag } from '@/lib/metrics';
import { LagRecorder } from './lag';

export interface ScheduledMonitor {
  monitor: Monitor;
  serviceId: string;
}

export interface ScheduledResult extends ProbeResult {
  serviceId: string;
}

export type Log = (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void;

export interface SchedulerOptions {
  monitors: readonly ScheduledMonitor[];
  run: (monitor: Monitor) => Promise<ProbeResult>;
  write: (batch: ScheduledResult[]) => Promise<void>;
  /** Called for every result as it arrives (before it is written): the live evaluation. */
  onResult?: (result: ScheduledResult) => void;
  concurrency?: number;
  flushEveryMs?: number;
  batchSize?: number;
  maxBuffered?: number;
  /** Share of the interval by which each run may be moved, so monitors do not fire in lockstep. */
  jitterRatio?: number;
  random?: () => number;
  log?: Log;
}

export interface SchedulerStats {
  monitors: number;
  running: number;
  queued: number;
  checks: number;
  skippedOverlaps: number;
  buffered: number;
  dropped: number;
  writeFailing: boolean;
  lastWriteAt: number | null;
  lagP50Ms: number;
  lagP99Ms: number;
  lagMaxMs: number;
}

export interface Scheduler {
  start(): void;
  stop(): Promise<void>;
  flush(): Promise<void>;
  stats(): SchedulerStats;
}

interface Slot {
  entry: ScheduledMonitor;
  intervalMs: number;
  /** The un-jittered grid this monitor runs on, so jitter never accumulates into drift. */
  gridAt: number;
  /** When the current timer is due (grid + jitter): schedule lag is measured from here. */
  dueAt: number;
  timer?: NodeJS.Timeout;
  running: boolean;
}

const nowMs = () => performance.now();

export function createScheduler(options: SchedulerOptions): Scheduler {
  const {
    run,
    write,
    onResult,
    concurrency = 64,
    flushEveryMs = 1_000,
    batchSize = 1_000,
    maxBuffered = 50_000,
    jitterRatio = 0.1,
    random = Math.random,
    log = () => undefined,
  } = options;

  const slots: Slot[] = options.monitors.map((entry) => ({
    entry,
    intervalMs: entry.monitor.intervalSec * 1000,
    gridAt: 0,
    dueAt: 0,
    running: false,
  }));
  const queue: Slot[] = [];
  const lag = new LagRecorder(10_000);
  let running = 0;
  let checks = 0;
  let skippedOverlaps = 0;
  let buffer: ScheduledResult[] = [];
  let dropped = 0;
  let writeFailing = false;
  let lastWriteAt: number | null = null;
  let writing: Promise<void> | null = null;
  let flushTimer: NodeJS.Timeout | undefined;
  let stopped = true;
  const inFlight = new Set<Promise<void>>();
  const lagOf = new Map<Slot, number>();
  /** Monitors already reported as pointing at a private address: the operator is told once, not every round. */
  const privateAddressNoticed = new Set<string>();

  function arm(slot: Slot) {
    if (stopped) return;
    slot.timer = setTimeout(() => onDue(slot), Math.max(0, slot.dueAt - nowMs()));
  }

  function advance(slot: Slot) {
    slot.gridAt += slot.intervalMs;
    // Fell behind (a long pause): skip to the next grid point instead of running a burst.
    const now = nowMs();
    while (slot.gridAt < now - slot.intervalMs) slot.gridAt += slot.intervalMs;
    slot.dueAt = slot.gridAt + (random() * 2 - 1) * jitterRatio * slot.intervalMs;
  }

  function onDue(slot: Slot) {
    if (stopped) return;
    if (slot.running) {
      // The previous run of this monitor is still going: skip this slot rather than overlap.
      skippedOverlaps++;
    } else {
      slot.running = true;
      lagOf.set(slot, slot.dueAt);
      queue.push(slot);
      pump();
    }
    advance(slot);
    arm(slot);
  }

  function pump() {
    while (running < concurrency && queue.length > 0) {
      const slot = queue.shift()!;
      const lagMs = nowMs() - (lagOf.get(slot) ?? nowMs());
      lag.record(lagMs);
      observeSchedulerLag(lagMs);
      running++;
      const task = execute(slot).finally(() => {
        running--;
        slot.running = false;
        inFlight.delete(task);
        pump();
      });
      inFlight.add(task);
    }
  }

  async function execute(slot: Slot) {
    let result: ProbeResult;
    try {
      result = await run(slot.entry.monitor);
    } catch (error) {
      // Probes never throw; if one does, it is a bug to log, not a reason to stop the others.
      log('error', 'probe threw', { monitorId: slot.entry.monitor.id, error: (error as Error).message });
      return;
    }
    checks++;
    const monitorId = slot.entry.monitor.id;
    if (result.reason === 'private_address' && !privateAddressNoticed.has(monitorId)) {
      privateAddressNoticed.add(monitorId);
      log('warn', 'monitor not probed: its name resolves to a private address (set allowPrivateNetwork on it to probe it); logged once', {
        monitorId,
        reason: result.reason,
        detail: result.facts.detail,
      });
    }
    const scheduled: ScheduledResult = { ...result, serviceId: slot.entry.serviceId };
    try {
      onResult?.(scheduled);
    } catch (error) {
      log('error', 'result handler failed', { monitorId: slot.entry.monitor.id, error: (error as Error).message });
    }
    buffer.push(scheduled);
    if (buffer.length > maxBuffered) {
      const excess = buffer.length - maxBuffered;
      buffer = buffer.slice(excess);
      dropped += excess;
    }
    if (buffer.length >= batchSize) void flush();
  }

  async function flushOnce(): Promise<void> {
    while (buffer.length > 0) {
      const batch = buffer.slice(0, batchSize);
      try {
        await write(batch);
      } catch (error) {
        if (!writeFailing) {
          // The error as an object: the logger shows a database failure by its class, never the SQL.
          log('warn', 'database unavailable: buffering results in memory', { buffered: buffer.length, maxBuffered, error });
        }
        writeFailing = true;
        return;
      }
      // Results that arrived while writing stay in the buffer after this batch.
      buffer = buffer.slice(batch.length);
      lastWriteAt = Date.now();
      if (writeFailing) {
        writeFailing = false;
        log('info', 'database available again: buffered results written', { remaining: buffer.length, dropped });
      }
    }
  }

  function flush(): Promise<void> {
    if (!writing) writing = flushOnce().finally(() => (writing = null));
    return writing;
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      const start = nowMs();
      for (const slot of slots) {
        // First runs spread over the first interval so that N monitors do not start together.
        slot.gridAt = start + random() * slot.intervalMs;
        slot.dueAt = slot.gridAt;
        arm(slot);
      }
      flushTimer = setInterval(() => void flush(), flushEveryMs);
      flushTimer.unref?.();
    },
    async stop() {
      stopped = true;
      for (const slot of slots) clearTimeout(slot.timer);
      queue.length = 0;
      clearInterval(flushTimer);
      await Promise.allSettled([...inFlight]);
      await flush().catch(() => undefined);
    },
    flush,
    stats() {
      return {
        monitors: slots.length,
        running,
        queued: queue.length,
        checks,
        skippedOverlaps,
        buffered: buffer.length,
        dropped,
        writeFailing,
        lastWriteAt,
        lagP50Ms: lag.percentile(50),
        lagP99Ms: lag.percentile(99),
        lagMaxMs: lag.max(),
      };
    },
  };
}
