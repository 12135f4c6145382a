// A monitor whose name resolves to a private address is not probed (reason private_address, ineligible): the
// scheduler tells the operator once per monitor, with the probe's detail, and not again on every round.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { monitorSchema, type Monitor } from '@/lib/catalog/schema';
import type { ProbeResult } from '@/lib/probes/types';
import { createScheduler } from '@/lib/scheduler/scheduler';

const monitor = (id: string): Monitor => monitorSchema.parse({ id, kind: 'http', url: `https://${id}.example/`, operator: 'test', role: 'access', intervalSec: 10 });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'] });
});
afterEach(() => vi.useRealTimers());

describe('scheduler: private_address', () => {
  it('is logged once per monitor, with the detail, however many rounds it lasts', async () => {
    const lines: { level: string; msg: string; fields?: Record<string, unknown> }[] = [];
    const monitors = ['intranet', 'metadata', 'public'].map((id) => ({ monitor: monitor(id), serviceId: 's' }));
    const scheduler = createScheduler({
      monitors,
      run: async (m): Promise<ProbeResult> => {
        const refused = m.id !== 'public';
        return {
          monitorId: m.id,
          kind: m.kind,
          vantage: 'test',
          outcome: refused ? 'ineligible' : 'up',
          reason: refused ? 'private_address' : null,
          startedAt: Date.now(),
          latencyMs: 0,
          facts: refused ? { detail: `refused: ${m.id}.example resolves to non-public address 10.0.0.7 (set allowPrivateNetwork to probe it)` } : {},
        };
      },
      write: async () => undefined,
      random: () => 0.5,
      log: (level, msg, fields) => lines.push({ level, msg, fields }),
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(60_000);
    await scheduler.stop();

    const notices = lines.filter((l) => l.fields?.reason === 'private_address');
    expect(notices.map((l) => l.fields?.monitorId).sort()).toEqual(['intranet', 'metadata']);
    expect(notices[0]).toMatchObject({ level: 'warn', fields: { detail: expect.stringContaining('10.0.0.7') } });
    expect(notices[0]!.msg).toMatch(/private/);
  });
});
