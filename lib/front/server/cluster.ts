// The primary process: Next (and with it the database and the probes) on an internal loopback port,
// and the front workers that share the public port (the kernel spreads connections). The primary
// holds what the workers share: the rate limiter's buckets, the newest copy of each cached response
// (relayed to every worker, so a poller never goes back in time), and the counters for /api/metrics.
// A worker that cannot listen stops the whole server with a clear message; one that dies later is
// logged and replaced.
import cluster, { type Worker } from 'node:cluster';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import next from 'next';
import type { CacheStats } from '@/lib/front/micro-cache';
import { RateLimiter } from '@/lib/front/rate-limit';
import { setFrontStats } from '@/lib/front/stats';
import { log } from '@/lib/log';
import { PUBLISHED_EVENT } from '@/lib/engine/publish-watch';
import type { FrontMessage, WorkerMessage } from './messages';
import type { FrontSettings } from './settings';

function fatal(message: string): never {
  console.error(`\nMarsad could not start:\n${message}\n`);
  for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGKILL');
  process.exit(1);
}

/** Binds the public port once and lets it go: a port in use or an address not on this host fails now, before Next and the database start. */
function checkCanListen(settings: FrontSettings): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error) => reject(new Error(`the front server cannot listen on ${settings.host ?? 'all interfaces'}:${settings.port}: ${error.message}`)));
    probe.listen(settings.port, settings.host, () => probe.close(() => resolve()));
  });
}

export async function startPrimary(settings: FrontSettings): Promise<void> {
  await checkCanListen(settings);
  (process.env as Record<string, string>).NODE_ENV = 'production';
  // `localhost`, not a loopback literal: Next 16 turns its own rewrites into proxy loops on 127.0.0.1.
  const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port: settings.port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const inner = http.createServer((req, res) => void handle(req, res));
  // Longer than the front's own idle timeout (lib/front/server/proxy.ts), so the front closes first.
  inner.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => inner.listen(0, '127.0.0.1', resolve));
  const innerPort = (inner.address() as AddressInfo).port;
  const host = new URL(settings.publicOrigin).host;
  // Next runs instrumentation (database, migrations, probing: lib/engine/boot.ts) on its first request;
  // make that happen now, so a failed start-up stops the process before it takes any visitor.
  await new Promise<void>((resolve) => {
    http.get({ host: '127.0.0.1', port: innerPort, path: '/api/status', headers: { host } }, (r) => r.resume().on('end', resolve)).on('error', () => resolve());
  });

  const stats = new Map<number, CacheStats & { renders: number }>();
  setFrontStats(() => {
    const sum: CacheStats = { hits: 0, staleHits: 0, misses: 0, refreshes: 0, refreshErrors: 0, entries: 0, bytes: 0, evictions: 0 };
    for (const s of stats.values()) for (const k of Object.keys(sum) as (keyof CacheStats)[]) sum[k] += s[k];
    return sum;
  });
  const limiter = new RateLimiter({ perSecond: 1, burst: 20 });
  const tell = (worker: Worker, message: FrontMessage) => {
    if (worker.isConnected()) worker.send(message);
  };

  // Each worker accepts its own connections (SCHED_NONE), never through this process, which also runs Next:
  // set before setupPrimary, which freezes the policy (Node's default, round robin, would have this
  // process accept every connection while it renders). Advanced serialization carries Buffers as they are.
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  cluster.setupPrimary({ serialization: 'advanced' });
  let stopping = false;
  let listening = 0;
  let started = false;
  const deaths: number[] = [];
  const fork = () => {
    const worker = cluster.fork({ MARSAD_INNER_PORT: String(innerPort) });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'take') tell(worker, { type: 'took', id: message.id, wait: limiter.take(message.client) });
      else if (message.type === 'stored') {
        for (const other of Object.values(cluster.workers ?? {})) if (other && other !== worker) tell(other, message);
      } else if (message.type === 'stats') stats.set(worker.id, message.stats);
      else if (message.type === 'listen-failed') fatal(`the front server cannot listen on ${settings.host ?? 'all interfaces'}:${settings.port}: ${message.message}`);
    });
    worker.on('exit', (code, signal) => {
      stats.delete(worker.id);
      if (stopping) return;
      if (!started) fatal(`a front worker stopped before it could serve (exit code ${code ?? signal})`);
      const now = Date.now();
      deaths.push(now);
      while (deaths.length && deaths[0]! < now - 60_000) deaths.shift();
      if (deaths.length > 10) fatal('front workers keep dying (more than 10 in a minute)');
      log('warn', 'front worker died; starting a replacement', { pid: worker.process.pid, code, signal });
      setTimeout(fork, 500);
    });
  };
  // An editor published (lib/engine/publish-watch.ts, in this same process, emits it): every worker's
  // copies made before now are out of date. A process event, because Next loads the engine as a module
  // instance of its own.
  process.on(PUBLISHED_EVENT, () => {
    const at = Date.now();
    for (const w of Object.values(cluster.workers ?? {})) if (w) tell(w, { type: 'purge', at });
  });
  for (let i = 0; i < settings.workers; i++) fork();
  cluster.on('listening', (worker) => {
    if (started) return log('info', 'front worker replaced', { pid: worker.process.pid });
    if (++listening === settings.workers) {
      started = true;
      log('info', 'Marsad is serving', { url: `http://${settings.host ?? 'localhost'}:${settings.port}`, frontWorkers: settings.workers });
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.kill();
      process.exit(0);
    });
}
