// `npm run bench:probes`: N monitors (default 2,000) at a 30 s interval against fake JSON-RPC nodes on
// loopback, through the real scheduler, probes and database writes (embedded PGlite), for a few
// minutes. Prints checks per second, CPU seconds per 1,000 checks, schedule lag p50/p99, peak RSS.
// BENCH_MONITORS, BENCH_SECONDS and BENCH_INTERVAL_SEC change the defaults.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorSchema } from '@/lib/catalog/schema';
import { openDatabase, readDbConfig } from '@/lib/db/client';
import { checkResultRow, insertCheckResults } from '@/lib/db/queries';
import { createHostBudget } from '@/lib/probes/host-budget';
import { probeFetch } from '@/lib/probes/probe-fetch';
import { runProbe } from '@/lib/probes/registry';
import { createScheduler } from '@/lib/scheduler/scheduler';
import { startFakeEvmNode } from '../tests/fixtures/fake-upstreams';

const monitorsCount = Number(process.env.BENCH_MONITORS ?? 2_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 180);
const intervalSec = Number(process.env.BENCH_INTERVAL_SEC ?? 30);
const nodesCount = 20;

async function main() {
  const nodes = await Promise.all(Array.from({ length: nodesCount }, () => startFakeEvmNode({ chainId: 1, blockTimeMs: 12_000 })));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-bench-probes-'));
  const handle = await openDatabase({ ...readDbConfig({ MARSAD_DATA_DIR: dataDir }), databaseUrl: undefined });
  const monitors = Array.from({ length: monitorsCount }, (_, i) => ({
    serviceId: `bench-${i % 50}`,
    monitor: monitorSchema.parse({
      id: `bench-${i}`, kind: 'evm', operator: `op-${i % nodesCount}`, role: 'liveness', url: nodes[i % nodesCount]!.url,
      chainId: 1, intervalSec, timeoutMs: 5_000, allowPrivateNetwork: true,
    }),
  }));
  // Many monitors share a fake host here (real ones spread over many hosts): a budget that fits the test.
  const budget = createHostBudget({ maxConcurrentPerHost: 64 });
  const ctx = { fetch: budget.wrap(probeFetch), vantage: 'bench', now: () => Date.now(), userAgent: 'Marsad-bench' };
  let failures = 0;
  const scheduler = createScheduler({
    monitors,
    run: async (m) => {
      const r = await runProbe(m, ctx);
      if (r.outcome !== 'up') failures++;
      return r;
    },
    write: (batch) => insertCheckResults(handle.db, batch.map(checkResultRow)),
    concurrency: 64,
    log: (level, msg, fields) => console.error(JSON.stringify({ level, msg, ...fields })),
  });

  let peakRss = 0;
  const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 500);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  scheduler.start();
  console.log(`${monitorsCount} monitors every ${intervalSec} s against ${nodesCount} fake nodes on loopback, for ${seconds} s...`);
  await new Promise((r) => setTimeout(r, seconds * 1000));
  await scheduler.stop();
  const elapsedSec = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(rssTimer);
  const stats = scheduler.stats();
  const cpuSec = (cpu.user + cpu.system) / 1e6;
  console.log(`checks:                  ${stats.checks} (${failures} not up)`);
  console.log(`checks per second:       ${(stats.checks / elapsedSec).toFixed(1)}`);
  console.log(`CPU seconds per 1,000:   ${((cpuSec / stats.checks) * 1000).toFixed(2)}  (${(cpuSec / elapsedSec).toFixed(2)} of one core on average)`);
  console.log(`schedule lag:            p50 ${stats.lagP50Ms.toFixed(1)} ms, p99 ${stats.lagP99Ms.toFixed(1)} ms, max ${stats.lagMaxMs.toFixed(1)} ms`);
  console.log(`skipped (overlap):       ${stats.skippedOverlaps}; buffered at end ${stats.buffered}; dropped ${stats.dropped}`);
  console.log(`peak RSS:                ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
  await handle.close();
  await Promise.all(nodes.map((n) => n.close()));
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
