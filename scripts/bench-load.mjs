#!/usr/bin/env node
// `npm run bench:load`: Marsad's home page against nginx serving the same bytes, measured the same way
// (issue 12, item 9). The production server as `npm start` runs it (front workers and all; probes off
// unless BENCH_PROBES=on, so the figure does not depend on this machine's network) on loopback; nginx
// configured as people run it in production (worker_processes auto, sendfile, keepalive_requests
// 100000, access_log off) serving Marsad's own gzipped home page with gzip_static. Both are loaded with
// `wrk -t2 -c200` and `Accept-Encoding: gzip` for BENCH_SECONDS (default 30; 10 for a quick run), one
// after the other, and the pair is repeated BENCH_RUNS times (default 3, the order alternating). It
// prints every run, the median and spread of req/s and p99 for both, the ratio of the medians, and the
// goal: ratio ≥ 0.5, Marsad's p99 under 50 ms, zero errors. BENCH_ROTATED=1 adds one run over
// /, /en and /api/status, reported beside (not in the ratio). Needs Debian's wrk and nginx (installed if
// missing, as root). The machine's load average is printed beside each run: on a shared machine it matters.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseWrk } from './wrk-output.mjs';
import { freePort } from './free-port.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
process.env.NEXT_TELEMETRY_DISABLED = '1';
const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const connections = 200;
const threads = 2;
const GOAL = { ratio: 0.5, p99Ms: 50 };
if (!Number.isFinite(seconds) || seconds < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error('BENCH_SECONDS must be a number of seconds (30, or 10 for a quick run) and BENCH_RUNS a whole number ≥ 1');
  process.exit(1);
}

function need(bin, pkg) {
  if (spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`${bin} is missing: apt-get install ${pkg}`);
  spawnSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
need('wrk', 'wrk');
need('nginx', 'nginx-light');

const distDir = process.env.NEXT_DIST_DIR || '.next';
if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
  const build = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

function get(port, target, headers = {}) {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: target, headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

const load = () => os.loadavg()[0].toFixed(2);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-bench-'));
const port = await freePort();
const nginxPort = await freePort();
const serverEnv = { ...process.env, PORT: String(port), MARSAD_DATA_DIR: path.join(tmp, 'data'), MARSAD_PROBES: process.env.BENCH_PROBES === 'on' ? 'on' : 'off' };
for (const name of ['HOST', 'DATABASE_URL', 'MARSAD_FRONT_WORKERS', 'MARSAD_FRONT_CACHE_MB', 'MARSAD_FRONT_MAX_RENDERS']) delete serverEnv[name];
const server = spawn(process.execPath, ['scripts/start.mjs'], { env: serverEnv, stdio: ['ignore', 'ignore', 'inherit'] });
const conf = path.join(tmp, 'nginx.conf');
let nginxStarted = false;
const stopAll = () => {
  if (nginxStarted) spawnSync('nginx', ['-c', conf, '-s', 'stop']);
  server.kill('SIGTERM');
  fs.rmSync(tmp, { recursive: true, force: true });
};
process.once('SIGINT', () => {
  stopAll();
  process.exit(130);
});

for (let i = 0; ; i++) {
  if (await get(port, '/api/status').then((r) => r.status === 200, () => false)) break;
  if (i > 600 || server.exitCode !== null) {
    stopAll();
    throw new Error('the server did not start');
  }
  await new Promise((r) => setTimeout(r, 200));
}

// The home page exactly as Marsad sends it to a client that takes gzip: those bytes go to nginx.
const home = await get(port, '/', { 'accept-encoding': 'gzip' });
const again = await get(port, '/', { 'accept-encoding': 'gzip' });
if (home.status !== 200 || home.headers['content-encoding'] !== 'gzip') {
  stopAll();
  throw new Error(`Marsad's home page answered ${home.status} with content-encoding ${home.headers['content-encoding']}: expected a gzipped 200`);
}
const www = path.join(tmp, 'www');
fs.mkdirSync(www);
fs.writeFileSync(path.join(www, 'index.html.gz'), again.body);
fs.writeFileSync(path.join(www, 'index.html'), spawnSync('gzip', ['-dc'], { input: again.body }).stdout);
// nginx's workers run as another user: let them read the page.
for (const p of [tmp, www]) fs.chmodSync(p, 0o755);
for (const f of ['index.html', 'index.html.gz']) fs.chmodSync(path.join(www, f), 0o644);

fs.writeFileSync(
  conf,
  `worker_processes auto;
pid ${tmp}/nginx.pid;
error_log ${tmp}/nginx.err;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  charset utf-8;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  keepalive_requests 100000;
  access_log off;
  gzip_static on;
  gzip_vary on;
  server {
    listen 127.0.0.1:${nginxPort};
    root ${www};
    index index.html;
  }
}
`,
);
const started = spawnSync('nginx', ['-c', conf], { encoding: 'utf8' });
if (started.status !== 0) {
  stopAll();
  throw new Error(`nginx did not start: ${started.stderr}`);
}
nginxStarted = true;
const fromNginx = await get(nginxPort, '/', { 'accept-encoding': 'gzip' });
const sha = (b) => createHash('sha256').update(b).digest('hex').slice(0, 12);
if (fromNginx.status !== 200 || fromNginx.headers['content-encoding'] !== 'gzip' || sha(fromNginx.body) !== sha(again.body)) {
  stopAll();
  throw new Error(`nginx does not send Marsad's bytes (${fromNginx.status}, ${fromNginx.headers['content-encoding']}, ${sha(fromNginx.body)} vs ${sha(again.body)})`);
}

function wrk(url, duration, script) {
  const args = [`-t${threads}`, `-c${connections}`, `-d${duration}s`, '--latency', '--timeout', '2s', '-H', 'Accept-Encoding: gzip'];
  if (script) args.push('-s', script);
  const out = spawnSync('wrk', [...args, url], { encoding: 'utf8' }).stdout;
  return parseWrk(out);
}

const marsadUrl = `http://127.0.0.1:${port}/`;
const nginxUrl = `http://127.0.0.1:${nginxPort}/`;
console.log(`\nMarsad's home page (/), ${again.body.length} gzipped bytes (${home.headers['x-marsad-cache'] ?? '?'} then ${again.headers['x-marsad-cache'] ?? '?'}), the same bytes from nginx ${spawnSync('nginx', ['-v'], { encoding: 'utf8' }).stderr.trim().replace('nginx version: ', '')}`);
console.log(`wrk -t${threads} -c${connections} -d${seconds}s -H 'Accept-Encoding: gzip', ${runs} run(s); ${os.availableParallelism()} cores; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
// A short warm-up of each (JIT, connection pools, nginx's file cache), not measured.
wrk(marsadUrl, 3);
wrk(nginxUrl, 3);

const row = (name, r) =>
  `${name.padEnd(8)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${r.p50.toFixed(2).padStart(6)} ms   p99 ${r.p99.toFixed(2).padStart(6)} ms   errors ${r.errors}   (load ${r.load})`;
const results = { marsad: [], nginx: [] };
for (let i = 0; i < runs; i++) {
  // Alternate which goes first, so a drift in the machine's load does not always favour one.
  const order = i % 2 === 0 ? ['marsad', 'nginx'] : ['nginx', 'marsad'];
  console.log(`run ${i + 1}:`);
  const pair = {};
  for (const name of order) {
    const before = load();
    const r = wrk(name === 'marsad' ? marsadUrl : nginxUrl, seconds);
    r.load = `${before}→${load()}`;
    results[name].push(r);
    pair[name] = r;
    console.log(`  ${row(name, r)}`);
  }
  console.log(`  ratio ${(pair.marsad.rps / pair.nginx.rps).toFixed(2)}`);
}

let rotated = null;
if (process.env.BENCH_ROTATED === '1') {
  const rotate = path.join(tmp, 'rotate.lua');
  fs.writeFileSync(rotate, `local paths = {"/", "/en", "/api/status"}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format("GET", paths[(i % #paths) + 1])\nend\n`);
  rotated = wrk(marsadUrl, seconds, rotate);
  rotated.load = load();
}
stopAll();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const spread = (xs, digits) => `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;
console.log(`\n${runs} run(s) of ${seconds} s each, medians (spread):`);
for (const name of ['marsad', 'nginx']) {
  const rs = results[name];
  console.log(
    `  ${name.padEnd(8)} ${median(rs.map((r) => r.rps)).toFixed(0).padStart(7)} req/s (${spread(rs.map((r) => r.rps), 0)})   p99 ${median(rs.map((r) => r.p99)).toFixed(2)} ms (${spread(rs.map((r) => r.p99), 2)})   errors ${rs.reduce((a, r) => a + r.errors, 0)}`,
  );
}
if (rotated) console.log(`  beside: Marsad over /, /en, /api/status: ${rotated.rps.toFixed(0)} req/s, p99 ${rotated.p99.toFixed(2)} ms, errors ${rotated.errors} (load ${rotated.load})`);
const ratio = median(results.marsad.map((r) => r.rps)) / median(results.nginx.map((r) => r.rps));
const p99 = median(results.marsad.map((r) => r.p99));
const errors = [...results.marsad, ...results.nginx].reduce((a, r) => a + r.errors, 0);
console.log(`ratio: ${ratio.toFixed(2)} of nginx's requests per second (medians)`);
const met = ratio >= GOAL.ratio && p99 < GOAL.p99Ms && errors === 0;
console.log(
  `goal (ratio ≥ ${GOAL.ratio}, Marsad p99 < ${GOAL.p99Ms} ms, zero errors): ${met ? 'goal met' : 'goal not met'}` +
    ` (ratio ${ratio.toFixed(2)}, p99 ${p99.toFixed(1)} ms, ${errors} errors; load average now ${os.loadavg().map((l) => l.toFixed(2)).join(' ')})`,
);
process.exit(0);
