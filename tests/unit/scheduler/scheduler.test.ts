import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { monitorSchema, type Monitor } from '@/lib/catalog/schema';
import type { ProbeResult } from '@/lib/probes/types';
import { createScheduler, type ScheduledResult } from '@/lib/scheduler/scheduler';

function monitor(id: string, intervalSec = 10): Monitor {
  return monitorSchema.parse({ id, kind: 'http', url: `https://example.com/${id}`, operator: 'test', role: 'access', intervalSec });
}

function result(m: Monitor, startedAt: number): ProbeResult {
  return { monitorId: m.id, kind: m.kind, vantage: 'test', outcome: 'up', reason: null, startedAt, latencyMs: 5, facts: {} };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** stop() waits for runs in flight, whose sleeps need the fake clock to move. */
async function stopWhileTimersRun(scheduler: { stop(): Promise<void> }) {
  const stopping = scheduler.stop();
  await vi.advanceTimersByTimeAsync(5_000);
  await stopping;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'] });
});
afterEach(() => vi.useRealTimers());

describe('scheduler', () => {
  it('runs every monitor once per interval', async () => {
    const monitors = Array.from({ length: 20 }, (_, i) => ({ monitor: monitor(`m${i}`), serviceId: 's' }));
    const runs = new Map<string, number>();
    const scheduler = createScheduler({
      monitors,
      run: async (m) => {
        runs.set(m.id, (runs.get(m.id) ?? 0) + 1);
        return result(m, Date.now());
      },
      write: async () => undefined,
      random: () => 0.5,
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(60_000);
    await scheduler.stop();
    // 60 s at a 10 s interval: 6 runs each (first run within the first interval).
    for (const m of monitors) expect(runs.get(m.monitor.id)).toBe(6);
    expect(scheduler.stats().lagP99Ms).toBeLessThan(50);
  });

  it('never runs one monitor twice at once: a slow run skips its next slot', async () => {
    let concurrent = 0;
    let maxConcurrent = 0;
    const m = monitor('slow', 1);
    const scheduler = createScheduler({
      monitors: [{ monitor: m, serviceId: 's' }],
      run: async () => {
        concurrent++;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        await sleep(2_500);
        concurrent--;
        return result(m, Date.now());
      },
      write: async () => undefined,
      random: () => 0.5,
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(10_000);
    await stopWhileTimersRun(scheduler);
    expect(maxConcurrent).toBe(1);
    expect(scheduler.stats().skippedOverlaps).toBeGreaterThan(0);
  });

  it('keeps to the global concurrency cap', async () => {
    let running = 0;
    let peak = 0;
    const monitors = Array.from({ length: 50 }, (_, i) => ({ monitor: monitor(`c${i}`, 5), serviceId: 's' }));
    const scheduler = createScheduler({
      monitors,
      concurrency: 4,
      run: async (m) => {
        running++;
        peak = Math.max(peak, running);
        await sleep(100);
        running--;
        return result(m, Date.now());
      },
      write: async () => undefined,
      random: () => 0, // every first run due at once
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(5_000);
    await stopWhileTimersRun(scheduler);
    expect(peak).toBe(4);
    expect(scheduler.stats().checks).toBeGreaterThanOrEqual(40);
  });

  it('buffers results while the database is unavailable, says so once, and writes them when it returns', async () => {
    const written: ScheduledResult[] = [];
    let databaseUp = false;
    const logs: string[] = [];
    const monitors = Array.from({ length: 5 }, (_, i) => ({ monitor: monitor(`b${i}`, 1), serviceId: 's' }));
    const scheduler = createScheduler({
      monitors,
      run: async (m) => result(m, Date.now()),
      write: async (batch) => {
        if (!databaseUp) throw new Error('connection refused');
        written.push(...batch);
      },
      log: (level, msg) => logs.push(`${level}:${msg}`),
      random: () => 0.5,
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(written).toHaveLength(0);
    const buffered = scheduler.stats().buffered;
    expect(buffered).toBeGreaterThanOrEqual(20);
    expect(logs.filter((l) => l.startsWith('warn:database unavailable'))).toHaveLength(1);
    databaseUp = true;
    await vi.advanceTimersByTimeAsync(1_500);
    await scheduler.stop();
    expect(written.length).toBeGreaterThanOrEqual(buffered);
    expect(scheduler.stats().buffered).toBe(0);
    expect(logs.some((l) => l.startsWith('info:database available again'))).toBe(true);
    // Nothing written twice.
    expect(new Set(written.map((r) => `${r.monitorId}@${r.startedAt}`)).size).toBe(written.length);
  });

  it('bounds the buffer, dropping the oldest results first', async () => {
    const m = monitor('flood', 1);
    let n = 0;
    const scheduler = createScheduler({
      monitors: [{ monitor: m, serviceId: 's' }],
      run: async () => result(m, ++n),
      write: async () => {
        throw new Error('down');
      },
      maxBuffered: 3,
      random: () => 0.5,
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(10_000);
    await scheduler.stop();
    const stats = scheduler.stats();
    expect(stats.buffered).toBe(3);
    expect(stats.dropped).toBe(stats.checks - 3);
  });

  it('a probe that throws is logged and the others keep their schedule', async () => {
    const good = monitor('good', 1);
    const bad = monitor('bad', 1);
    const logs: string[] = [];
    const runs: string[] = [];
    const scheduler = createScheduler({
      monitors: [{ monitor: good, serviceId: 's' }, { monitor: bad, serviceId: 's' }],
      run: async (m) => {
        runs.push(m.id);
        if (m.id === 'bad') throw new Error('bug');
        return result(m, Date.now());
      },
      write: async () => undefined,
      log: (level, msg) => logs.push(`${level}:${msg}`),
      random: () => 0.5,
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(5_000);
    await scheduler.stop();
    expect(runs.filter((id) => id === 'good')).toHaveLength(5);
    expect(runs.filter((id) => id === 'bad')).toHaveLength(5);
    expect(logs.filter((l) => l === 'error:probe threw')).toHaveLength(5);
  });
});
