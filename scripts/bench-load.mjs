#!/usr/bin/env node
// `npm run bench:load`: the production server as `npm start` runs it, on loopback, under 200 concurrent
// connections for 30 s (home in Arabic and English, and /api/status), with wrk; then nginx serving the
// saved home page in the same run, for the ratio. Needs Debian's wrk and nginx (installed if missing, as root).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 200);
const port = 3900;
const nginxPort = 3901;

function need(bin, pkg) {
  if (spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`${bin} is missing: apt-get install ${pkg}`);
  spawnSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
need('wrk', 'wrk');
need('nginx', 'nginx-light');

if (!fs.existsSync('.next/BUILD_ID')) spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit' });

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-bench-'));
const server = spawn(process.execPath, ['scripts/start.mjs'], { env: { ...process.env, PORT: String(port), MARSAD_DATA_DIR: path.join(tmp, 'data') }, stdio: ['ignore', 'ignore', 'inherit'] });
const base = `http://localhost:${port}`;
for (let i = 0; ; i++) {
  if (await fetch(`${base}/api/status`).then((r) => r.ok, () => false)) break;
  if (i > 300) throw new Error('server did not start');
  await new Promise((r) => setTimeout(r, 200));
}

function wrk(url, script) {
  const args = ['-t2', `-c${connections}`, `-d${seconds}s`, '--latency', '--timeout', '2s', '-H', 'Accept-Encoding: gzip'];
  if (script) args.push('-s', script);
  const out = spawnSync('wrk', [...args, url], { encoding: 'utf8' }).stdout;
  const num = (re) => Number((out.match(re) ?? [])[1] ?? 0);
  const ms = (re) => {
    const m = out.match(re);
    if (!m) return NaN;
    const v = Number(m[1]);
    return m[2] === 's' ? v * 1000 : m[2] === 'us' ? v / 1000 : v;
  };
  const socket = out.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  return {
    rps: num(/Requests\/sec:\s+([\d.]+)/),
    p50: ms(/50%\s+([\d.]+)(us|ms|s)/),
    p99: ms(/99%\s+([\d.]+)(us|ms|s)/),
    errors: (socket ? Number(socket[1]) + Number(socket[2]) + Number(socket[3]) : 0) + num(/Non-2xx or 3xx responses: (\d+)/),
    timeouts: socket ? Number(socket[4]) : 0,
  };
}

// Warm the cache, then save the home page exactly as served (gzip) for nginx.
const warm = await fetch(`${base}/`, { headers: { 'accept-encoding': 'gzip' } });
await warm.arrayBuffer();
const raw = spawnSync('curl', ['-s', '-H', 'Accept-Encoding: gzip', `${base}/`], { encoding: 'buffer' }).stdout;
fs.mkdirSync(path.join(tmp, 'www'));
fs.writeFileSync(path.join(tmp, 'www', 'index.html'), raw);
// nginx's workers run as another user: let them read the page.
fs.chmodSync(tmp, 0o755);
fs.chmodSync(path.join(tmp, 'www'), 0o755);
fs.chmodSync(path.join(tmp, 'www', 'index.html'), 0o644);

const rotate = path.join(tmp, 'rotate.lua');
fs.writeFileSync(rotate, `local paths = {"/", "/en", "/api/status"}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format("GET", paths[(i % #paths) + 1])\nend\n`);
const marsad = wrk(base, rotate);

const conf = path.join(tmp, 'nginx.conf');
fs.writeFileSync(conf, `worker_processes 2;\npid ${tmp}/nginx.pid;\nerror_log ${tmp}/nginx.err;\nevents { worker_connections 4096; }\nhttp {\n  access_log off;\n  server {\n    listen 127.0.0.1:${nginxPort};\n    root ${tmp}/www;\n    location / { default_type text/html; add_header Content-Encoding gzip; try_files /index.html =404; }\n  }\n}\n`);
spawnSync('nginx', ['-c', conf]);
const nginx = wrk(`http://127.0.0.1:${nginxPort}/`);
spawnSync('nginx', ['-c', conf, '-s', 'stop']);
server.kill('SIGTERM');

const row = (name, r) => `${name.padEnd(28)} ${r.rps.toFixed(0).padStart(8)} req/s   p50 ${r.p50.toFixed(1)} ms   p99 ${r.p99.toFixed(1)} ms   errors ${r.errors}   timeouts ${r.timeouts}`;
console.log(`\n${connections} connections, ${seconds} s, loopback, ${os.cpus().length} cores`);
console.log(row('Marsad (/, /en, /api/status)', marsad));
console.log(row('nginx (saved home page)', nginx));
console.log(`ratio: ${(marsad.rps / nginx.rps).toFixed(2)} of nginx's requests per second`);
fs.rmSync(tmp, { recursive: true, force: true });
process.exit(0);
