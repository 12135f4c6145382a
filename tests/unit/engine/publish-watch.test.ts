import { describe, expect, it } from 'vitest';
import { startPublishWatch } from '@/lib/engine/publish-watch';

describe('publish watch', () => {
  it('takes the first reading as the baseline and tells each later change once', async () => {
    const readings = [4, 4, 5, 5, 7];
    const told: number[] = [];
    const watch = startPublishWatch({ read: async () => readings.shift() ?? 7, everyMs: 1, onPublished: (g) => told.push(g), log: () => undefined });
    for (let i = 0; i < 5; i++) await watch.tick();
    watch.stop();
    expect(told).toEqual([5, 7]);
  });

  it('says once that it cannot read, keeps trying, and tells the change it finds afterwards', async () => {
    let n = 0;
    const read = async () => {
      n++;
      if (n === 1) return 1;
      if (n <= 4) throw new Error('database hung');
      return 2;
    };
    const told: number[] = [];
    const logs: string[] = [];
    const watch = startPublishWatch({ read, everyMs: 1, onPublished: (g) => told.push(g), log: (level, msg) => logs.push(`${level} ${msg}`) });
    for (let i = 0; i < 5; i++) await watch.tick();
    watch.stop();
    expect(told).toEqual([2]);
    expect(logs.filter((l) => l.startsWith('warn'))).toHaveLength(1);
  });
});

describe('MARSAD_PUBLISH_WATCH_MS', () => {
  it('defaults to a second, may be turned off with 0, and refuses nonsense', async () => {
    const { readRuntimeConfig } = await import('@/lib/engine/runtime-config');
    expect(readRuntimeConfig({}).publishWatchMs).toBe(1_000);
    expect(readRuntimeConfig({ MARSAD_PUBLISH_WATCH_MS: '0' }).publishWatchMs).toBe(0);
    expect(readRuntimeConfig({ MARSAD_PUBLISH_WATCH_MS: '250' }).publishWatchMs).toBe(250);
    for (const bad of ['50', '-1', 'soon', '1e3', '600000']) expect(() => readRuntimeConfig({ MARSAD_PUBLISH_WATCH_MS: bad }), bad).toThrow(/MARSAD_PUBLISH_WATCH_MS/);
  });
});

describe('publish watch on a failing database', () => {
  it('logs the error itself (the logger drops its SQL), never the query text as a string', async () => {
    const failed = Object.assign(new Error('Failed query: select max("id") from "desk_audit"\nparams: '), { name: 'DrizzleQueryError', cause: new Error('timeout') });
    const fields: Record<string, unknown>[] = [];
    const watch = startPublishWatch({ read: async () => Promise.reject(failed), everyMs: 1, onPublished: () => undefined, log: (_l, _m, f) => void fields.push(f ?? {}) });
    await watch.tick();
    watch.stop();
    expect(fields[0]!.error).toBe(failed);
    const { serializeError } = await import('@/lib/log');
    expect(JSON.stringify(serializeError(fields[0]!.error))).not.toContain('select');
  });
});
