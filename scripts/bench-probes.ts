// `npm run bench:probes`: N monitors (default 2,000) at a 30 s interval against fake JSON-RPC nodes on
// loopback, through the engine's composition root (lib/engine/compose.ts: the real scheduler, probes and
// database writes, on embedded PGlite) with an injected catalog and database, for a few minutes. Prints
// checks per second, CPU seconds per 1,000 checks, schedule lag p50/p99, peak RSS.
// BENCH_MONITORS, BENCH_SECONDS and BENCH_INTERVAL_SEC change the defaults; BENCH_EVALUATE=1 also derives
// statuses every 5 s as a real worker does (off by default, so the figures stay comparable with earlier runs).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count, ne } from 'drizzle-orm';
import { catalogSchema } from '@/lib/catalog/schema';
import { openDatabase, readDbConfig } from '@/lib/db/client';
import { checkResults } from '@/lib/db/schema';
import { startEngine } from '@/lib/engine/compose';
import { startFakeEvmNode } from '../tests/fixtures/fake-upstreams';

const monitorsCount = Number(process.env.BENCH_MONITORS ?? 2_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 180);
const intervalSec = Number(process.env.BENCH_INTERVAL_SEC ?? 30);
const nodesCount = 20;

async function main() {
  const nodes = await Promise.all(Array.from({ length: nodesCount }, () => startFakeEvmNode({ chainId: 1, blockTimeMs: 12_000 })));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-bench-probes-'));
  const handle = await openDatabase({ ...readDbConfig({ MARSAD_DATA_DIR: dataDir }), databaseUrl: undefined });
  const servicesCount = Math.min(50, monitorsCount);
  const catalog = catalogSchema.parse({
    version: 1,
    services: Array.from({ length: servicesCount }, (_, s) => ({
      id: `bench-${s}`, name: { ar: `bench-${s}`, en: `bench-${s}` }, shortName: `B${s}`, category: 'l1', website: 'https://bench.example', monitored: true,
      monitors: Array.from({ length: Math.ceil((monitorsCount - s) / servicesCount) }, (_, k) => {
        const i = s + k * servicesCount;
        return { id: `bench-${i}`, kind: 'evm', operator: `op-${i % nodesCount}`, role: 'liveness', url: nodes[i % nodesCount]!.url, chainId: 1, intervalSec, timeoutMs: 5_000, allowPrivateNetwork: true };
      }),
    })),
  });

  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const engine = await startEngine({
    role: 'bench',
    env: { ...process.env, MARSAD_VANTAGE: 'bench' },
    catalog,
    handle,
    evaluate: process.env.BENCH_EVALUATE === '1',
    // Many monitors share a fake host here (real ones spread over many hosts): a budget that fits the test.
    concurrency: 64,
    maxConcurrentPerHost: 64,
    log: (level, msg, fields) => console.error(JSON.stringify({ level, msg, ...fields })),
  });
  const scheduler = engine.probing!.scheduler!;

  let peakRss = 0;
  const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 500);
  console.log(`${monitorsCount} monitors every ${intervalSec} s against ${nodesCount} fake nodes on loopback, for ${seconds} s...`);
  await new Promise((r) => setTimeout(r, seconds * 1000));
  await engine.stop();
  const elapsedSec = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(rssTimer);
  const stats = scheduler.stats();
  const [notUp] = await handle.db.select({ n: count() }).from(checkResults).where(ne(checkResults.outcome, 'up'));
  const failures = notUp?.n ?? 0;
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
