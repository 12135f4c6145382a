// A catalog written from docs/operator-catalog.md starts cleanly: each example, read as MARSAD_CATALOG is
// read, is taken by the probing engine (every monitor and canary scheduled, an evaluation round over every
// service) without an error logged. The network is a stub that refuses everything.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogFile } from '@/lib/catalog';
import { startProbing } from '@/lib/engine/probing';
import { useTempDb } from '../helpers/temp-db';

const db = useTempDb();

const refuseAll = (async () => {
  throw Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
}) as typeof fetch;

describe.each(['docs/examples/catalog.example.json', 'docs/examples/catalog.lab.example.json'])('%s', (file) => {
  it('starts the probing engine cleanly and evaluates every service', async () => {
    const catalog = readCatalogFile(path.join(process.cwd(), file));
    const lines: { level: string; msg: string }[] = [];
    const probing = await startProbing({
      handle: db(),
      catalog,
      vantage: 'test',
      log: (level, msg) => lines.push({ level, msg }),
      fetch: refuseAll,
      evaluateEveryMs: 60_000,
    });
    try {
      const monitors = catalog.canaries.length + catalog.services.reduce((n, s) => n + s.monitors.length, 0);
      expect(probing.scheduler?.stats().monitors).toBe(monitors);
      const round = await probing.evaluateNow();
      expect(round?.services.map((s) => s.serviceId).sort()).toEqual(catalog.services.map((s) => s.id).sort());
      expect(probing.stats().lastEvaluationError).toBeNull();
    } finally {
      await probing.stop();
    }
    expect(lines.filter((l) => l.level === 'error')).toEqual([]);
  }, 60_000);
});
