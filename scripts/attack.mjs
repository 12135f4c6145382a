#!/usr/bin/env node
// `npm run attack`: replays issue 12's attack (items 1–8) against the production server as `npm start`
// runs it, on loopback only, and prints one line per item: "held" or "failed (why)". Exits non-zero when
// any item failed. Bounded: each item has a minute, the whole run ATTACK_MAX_SECONDS (default 420).
// It starts its own servers (PORT on a free port, a temporary MARSAD_DATA_DIR, MARSAD_PROBES=off, two
// front workers) from the existing production build (built first when there is none; NEXT_DIST_DIR is
// honoured), and for item 2 a throwaway PostgreSQL cluster on 127.0.0.1 when Debian's is installed.
// While items 1–3 run, wrk keeps a steady crowd on the home page and the home page's p99 is reported.
// ATTACK_ONLY=1,5 runs some items only.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseWrk } from './wrk-output.mjs';
import { freePort } from './free-port.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
process.env.NEXT_TELEMETRY_DISABLED = '1';

const only = process.env.ATTACK_ONLY ? new Set(process.env.ATTACK_ONLY.split(',').map((s) => Number(s.trim()))) : null;
const wants = (n) => !only || only.has(n);
const ITEM_LIMIT_MS = 60_000;
const WORKERS = 2;
const HOSTILE = 'evil.example';
const JS_PROTO = 'javascript:alert(document.domain)//';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-attack-'));
const cleanups = [];
const say = (line) => process.stdout.write(`${line}\n`);
const progress = (line) => process.stderr.write(`· ${line}\n`);

// ---------------------------------------------------------------------------------------------------
// Clean-up and the overall bound.

let cleaning = false;
async function cleanUp() {
  if (cleaning) return;
  cleaning = true;
  for (const fn of cleanups.reverse()) {
    try {
      await fn();
    } catch {
      // best effort
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}
const overall = setTimeout(async () => {
  say(`attack: stopped after ATTACK_MAX_SECONDS (${process.env.ATTACK_MAX_SECONDS ?? 420} s)`);
  await cleanUp();
  process.exit(2);
}, Number(process.env.ATTACK_MAX_SECONDS ?? 420) * 1000);
overall.unref();
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, async () => {
    await cleanUp();
    process.exit(130);
  });

// ---------------------------------------------------------------------------------------------------
// HTTP on loopback. Every answer of the main server is recorded for item 5's cacheability and CSP checks.

const seen = [];
const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 64 });

function decode(headers, body) {
  try {
    if (headers['content-encoding'] === 'gzip') return zlib.gunzipSync(body);
    if (headers['content-encoding'] === 'br') return zlib.brotliDecompressSync(body);
  } catch {
    // leave it as it came
  }
  return body;
}

/**
 * One request. `fresh`: its own connection (closed after), so successive requests spread over the
 * front workers. Resolves with status, headers, the decoded body as text, and the time it took.
 */
function request(port, target, { method = 'GET', headers = {}, body, fresh = false, timeout = 15_000, localAddress, record = true } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: target,
        method,
        localAddress,
        agent: fresh ? false : keepAlive,
        headers: fresh ? { connection: 'close', ...headers } : headers,
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const r = { target, method, status: res.statusCode, headers: res.headers, raw, text: decode(res.headers, raw).toString('utf8'), ms: performance.now() - t0 };
          if (record) seen.push({ target, method, status: r.status, headers: r.headers, rsc: headers.rsc !== undefined });
          resolve(r);
        });
      },
    );
    req.setTimeout(timeout, () => req.destroy(new Error(`no answer to ${method} ${target} within ${timeout} ms`)));
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

/** A request written by hand on a raw socket; resolves when the server closes it or after `timeout`. */
function raw(port, text, { timeout = 5_000, body } = {}) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const socket = net.connect(port, '127.0.0.1');
    const chunks = [];
    let firstByteMs = null;
    let done = false;
    const finish = (closedByServer) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const data = Buffer.concat(chunks).toString('latin1');
      const end = data.indexOf('\r\n\r\n');
      const head = end === -1 ? data : data.slice(0, end);
      const [statusLine, ...lines] = head.split('\r\n');
      const headers = {};
      for (const line of lines) {
        const i = line.indexOf(':');
        if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
      }
      const status = Number((statusLine ?? '').split(' ')[1]) || 0;
      resolve({ status, headers, head, data, firstByteMs, closedByServer, ms: performance.now() - t0 });
    };
    const timer = setTimeout(() => finish(false), timeout);
    socket.on('data', (c) => {
      firstByteMs ??= performance.now() - t0;
      chunks.push(c);
    });
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    socket.write(text);
    if (body) socket.write(body);
  });
}

/**
 * Requests that arrive together: every connection is opened first, then all are written in one go (a
 * client that opens them one by one on a busy machine never has them in flight at once).
 */
async function burst(port, texts, { timeout = 30_000 } = {}) {
  const sockets = await Promise.all(
    texts.map(
      () =>
        new Promise((resolve) => {
          const socket = net.connect(port, '127.0.0.1', () => resolve(socket));
          socket.on('error', () => resolve(socket));
        }),
    ),
  );
  const t0 = performance.now();
  return Promise.all(
    sockets.map(
      (socket, i) =>
        new Promise((resolve) => {
          let data = '';
          let completeAt = null;
          const finish = () => {
            clearTimeout(timer);
            socket.destroy();
            const head = data.slice(0, data.indexOf('\r\n\r\n') >>> 0);
            const headers = {};
            for (const line of head.split('\r\n').slice(1)) {
              const c = line.indexOf(':');
              if (c > 0) headers[line.slice(0, c).trim().toLowerCase()] = line.slice(c + 1).trim();
            }
            resolve({ status: Number(head.split(' ')[1]) || 0, headers, ms: (completeAt ?? performance.now()) - t0, complete: completeAt !== null, closedAfterMs: performance.now() - (completeAt ?? t0) });
          };
          const timer = setTimeout(finish, timeout);
          socket.setEncoding('latin1');
          // Complete when the body is (Content-Length or the last chunk); then give the server 2 s to close as asked.
          socket.on('data', (d) => {
            data += d;
            if (completeAt !== null) return;
            const end = data.indexOf('\r\n\r\n');
            if (end === -1) return;
            const length = /\r\ncontent-length:\s*(\d+)/i.exec(data.slice(0, end));
            if (length ? data.length - end - 4 >= Number(length[1]) : /\r\ntransfer-encoding:\s*chunked/i.test(data.slice(0, end)) && data.endsWith('0\r\n\r\n')) {
              completeAt = performance.now();
              clearTimeout(timer);
              setTimeout(finish, 2_000);
            }
          });
          socket.on('close', finish);
          socket.write(texts[i]);
        }),
    ),
  );
}

/** `n` tasks, at most `concurrency` at once. */
async function pool(n, concurrency, task) {
  const results = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, concurrency) }, async () => {
      while (next < n) {
        const i = next++;
        results[i] = await task(i).catch((error) => ({ error }));
      }
    }),
  );
  return results;
}

const statusCounts = (rs) => {
  const counts = {};
  for (const r of rs) {
    const k = r.error ? 'error' : String(r.status);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return Object.entries(counts).map(([k, v]) => `${v}×${k}`).join(', ');
};
const pct = (values, p) => {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

// ---------------------------------------------------------------------------------------------------
// The build and the servers.

const distDir = process.env.NEXT_DIST_DIR || '.next';
function ensureBuild() {
  const id = path.join(distDir, 'BUILD_ID');
  if (fs.existsSync(id) && process.env.ATTACK_BUILD !== '1') {
    // The front server runs from source (tsx); what Next renders comes from the build: say when it is older.
    const newest = Number(spawnSync('git', ['log', '-1', '--format=%ct', '--', 'app', 'lib', 'messages', 'next.config.ts', ':!lib/front'], { encoding: 'utf8' }).stdout.trim() || 0);
    const built = fs.statSync(id).mtimeMs / 1000;
    if (newest > built) say(`warning: ${distDir} was built before the last commit to app/ or lib/ (${Math.round((newest - built) / 60)} min newer): what Next renders may be old code; ATTACK_BUILD=1 NEXT_DIST_DIR=.next-attack builds a fresh one`);
    return;
  }
  progress(`no production build in ${distDir}: running next build (once)`);
  const build = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit', env: process.env });
  if (build.status !== 0) {
    say('attack: the production build failed');
    process.exit(1);
  }
}

/** The environment a server of this run gets: nothing inherited that changes what is attacked. */
function serverEnv(extra) {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('MARSAD_') || name === 'DATABASE_URL' || name === 'HOST') delete env[name];
  return { ...env, MARSAD_PROBES: 'off', MARSAD_FRONT_WORKERS: String(WORKERS), NODE_ENV: 'production', ...extra };
}

/** `node scripts/start.mjs` with `env`; resolves once /api/status answers 200. */
async function startServer(name, extra = {}, { readyWithinMs = 150_000 } = {}) {
  const port = await freePort();
  const dataDir = path.join(tmp, `data-${name}`);
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: serverEnv({ PORT: String(port), MARSAD_DATA_DIR: dataDir, ...extra }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // `log` keeps the last 200–400 KB; `logged` counts every character, so `since(mark)` survives the trimming.
  const server = { name, port, child, log: '', logged: 0, exited: null };
  const keep = (chunk) => {
    const text = chunk.toString('utf8');
    server.log += text;
    server.logged += text.length;
    if (server.log.length > 400_000) server.log = server.log.slice(-200_000);
  };
  server.since = (mark) => server.log.slice(Math.max(0, server.log.length - (server.logged - mark)));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('exit', (code, signal) => (server.exited = { code, signal }));
  server.stop = async () => {
    if (server.exited) return;
    child.kill('SIGTERM');
    for (let i = 0; i < 50 && !server.exited; i++) await sleep(100);
    if (!server.exited) child.kill('SIGKILL');
  };
  cleanups.push(server.stop);
  const t0 = Date.now();
  for (;;) {
    if (server.exited) throw new Error(`the ${name} server exited (${JSON.stringify(server.exited)}):\n${server.log.slice(-3000)}`);
    if (Date.now() - t0 > readyWithinMs) throw new Error(`the ${name} server did not answer within ${readyWithinMs / 1000} s:\n${server.log.slice(-3000)}`);
    const ok = await request(port, '/api/status', { record: false, timeout: 5_000 }).then((r) => r.status === 200, () => false);
    if (ok) break;
    await sleep(250);
  }
  progress(`${name} server ready on 127.0.0.1:${port} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return server;
}

/** The child processes of `pid` (for a server: its front workers, forked from the same script), optionally by command line. */
function childPids(pid, argsMatch = /./) {
  const out = spawnSync('ps', ['-o', 'pid=,stat=,args=', '--ppid', String(pid)], { encoding: 'utf8' }).stdout ?? '';
  return out
    .split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(\S+)\s+(.*)$/))
    .filter((m) => m && !m[2].startsWith('Z') && argsMatch.test(m[3]))
    .map((m) => Number(m[1]));
}

// ---------------------------------------------------------------------------------------------------
// A throwaway PostgreSQL cluster on 127.0.0.1 (as .ci/run makes it).

function findPgBin() {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return null;
  const versions = fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')));
  versions.sort((a, b) => Number(a) - Number(b));
  return versions.length ? path.join(base, versions.at(-1), 'bin') : null;
}

async function startPostgres(bin) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-attack-pg-'));
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  const run = (cmd) => (asRoot ? spawnSync('su', ['postgres', '-c', cmd], { encoding: 'utf8' }) : spawnSync('sh', ['-c', cmd], { encoding: 'utf8' }));
  if (asRoot) spawnSync('chown', ['postgres', dir]);
  const init = run(`${bin}/initdb -D ${dir}/data -A trust -U postgres`);
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const start = run(`${bin}/pg_ctl -D ${dir}/data -o '-p ${port} -k ${dir} -c listen_addresses=127.0.0.1' -l ${dir}/log -w start`);
  if (start.status !== 0) throw new Error(`pg_ctl start failed: ${start.stderr}\n${fs.readFileSync(`${dir}/log`, 'utf8').slice(-1000)}`);
  const pg = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    postmaster: Number(fs.readFileSync(`${dir}/data/postmaster.pid`, 'utf8').split('\n')[0]),
    stopped: [],
  };
  /** SIGSTOP the server and every backend: hung, not refusing. */
  pg.hang = () => {
    pg.stopped = [pg.postmaster, ...childPids(pg.postmaster)];
    for (const pid of pg.stopped) process.kill(pid, 'SIGSTOP');
  };
  pg.resume = () => {
    for (const pid of pg.stopped) {
      try {
        process.kill(pid, 'SIGCONT');
      } catch {
        // gone
      }
    }
    pg.stopped = [];
  };
  cleanups.push(async () => {
    pg.resume();
    run(`${bin}/pg_ctl -D ${dir}/data -m immediate stop`);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return pg;
}

// ---------------------------------------------------------------------------------------------------
// The steady crowd on the home page while items 1–3 run (its p99 is reported).

function startCrowd(port) {
  if (spawnSync('sh', ['-c', 'command -v wrk']).status !== 0) return null;
  const script = path.join(tmp, 'crowd.lua');
  // Each connection pauses 10 ms between requests: a crowd of visitors, not a saturating benchmark.
  fs.writeFileSync(script, 'function delay()\n  return 10\nend\n');
  const connections = process.env.ATTACK_CROWD_CONNECTIONS ?? '16';
  const child = spawn('wrk', ['-t1', `-c${connections}`, '-d600s', '--latency', '--timeout', '5s', '-H', 'Accept-Encoding: gzip', '-s', script, `http://127.0.0.1:${port}/`], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  const exited = new Promise((r) => child.on('exit', r));
  cleanups.push(() => child.kill('SIGKILL'));
  return {
    connections,
    /** wrk prints its figures when interrupted. */
    async stop() {
      child.kill('SIGINT');
      await Promise.race([exited, sleep(5_000)]);
      return parseWrk(out);
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// The items. Each returns { fails: string[], notes: string[] } (or { skipped: text }).

function verdict() {
  const fails = [];
  const notes = [];
  const check = (ok, why) => {
    if (!ok) fails.push(why);
    return ok;
  };
  return { fails, notes, check };
}

const mentionsHostile = (text) => text.toLowerCase().includes(HOSTILE) || text.toLowerCase().includes('javascript:');
const headerText = (headers) => Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\n');

/** Item 1, first half: hostile requests on a fresh server, so they are the ones that render. */
async function poisonAttempts(main) {
  const hostileHeaders = [
    { host: HOSTILE },
    { host: `${HOSTILE}:443`, 'x-forwarded-proto': JS_PROTO, 'x-forwarded-host': HOSTILE, 'x-forwarded-port': '443' },
    { forwarded: `host=${HOSTILE};proto=javascript`, 'x-forwarded-host': HOSTILE, 'x-forwarded-proto': JS_PROTO },
  ];
  const attempt = async (target) => {
    const out = [];
    for (const h of hostileHeaders) out.push(await request(main.port, target, { headers: { 'accept-encoding': 'gzip', ...h }, fresh: true }));
    return out;
  };
  // The incident list first: it names an incident to attack.
  const list = await attempt('/api/incidents');
  const slug = JSON.parse(list[0].text).incidents?.[0]?.slug;
  const targets = [
    '/', '/en', '/robots.txt', '/sitemap.xml', '/feeds/incidents.en.atom', '/feeds/incidents.ar.rss', '/api/v2/summary.json',
    '/api/v2/incidents.json', '/api/v1', '/api/v1/openapi.json', '/api/v1/incidents',
    ...(slug ? [`/en/incidents/${slug}`, `/incidents/${slug}`, `/api/v1/incidents/${slug}`, `/api/incidents/${slug}.json`, `/api/incidents/${slug}.csv`] : []),
  ];
  const hostileAnswers = [...list];
  for (const t of targets) hostileAnswers.push(...(await attempt(t)));
  return { slug, targets: ['/api/incidents', ...targets], hostileAnswers };
}

async function item1(main, attempts) {
  const { fails, notes, check } = verdict();
  const { slug, targets, hostileAnswers } = attempts;
  check(!!slug, 'no incident to attack (/api/incidents listed none)');
  for (const r of hostileAnswers) {
    check(!mentionsHostile(r.headers.location ?? ''), `${r.target} with forged headers redirected to ${r.headers.location}`);
    check(r.status < 500, `${r.target} with forged headers answered ${r.status}`);
  }
  // What everyone else gets now: from both workers (fresh connections) and over keep-alive.
  const origin = `http://localhost:${main.port}`;
  for (const t of targets) {
    for (const fresh of [true, true, false]) {
      const r = await request(main.port, t, { headers: { 'accept-encoding': 'gzip' }, fresh });
      check(r.status === 200, `${t} answered ${r.status} to a clean request`);
      check(!mentionsHostile(r.text), `${t} is poisoned: a clean request got "${HOSTILE}" or "javascript:" in its body`);
      check(!mentionsHostile(headerText(r.headers)), `${t}: a clean request got a poisoned header`);
    }
  }
  const page = slug ? await request(main.port, `/en/incidents/${slug}`, { headers: { 'accept-encoding': 'gzip' } }) : null;
  const jsonLd = page?.text.match(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/)?.[1];
  if (check(!!jsonLd || !page, 'the incident page carries no JSON-LD')) {
    if (jsonLd) {
      check(!mentionsHostile(jsonLd), 'the incident JSON-LD names the attacker');
      const urls = jsonLd.match(/https?:\/\/[^"\\]+/g) ?? [];
      const own = urls.filter((u) => u.startsWith(origin));
      notes.push(`JSON-LD: ${own.length} of ${urls.length} absolute URLs on ${origin}`);
    }
  }
  const feed = await request(main.port, '/feeds/incidents.en.atom');
  const id = feed.text.match(/<id>([^<]*)<\/id>/)?.[1] ?? '';
  check(id.startsWith(origin), `the Atom <id> is "${id}", not under ${origin}`);
  const robots = await request(main.port, '/robots.txt');
  check(robots.text.includes(`${origin}/sitemap.xml`), `robots.txt names no sitemap on ${origin}`);

  // Absolute-form request lines (RFC 9112 §3.2.2): served by their path alone.
  const absolute = [
    ['GET http://evil.example/ HTTP/1.1', 200],
    ['GET http://evil.example HTTP/1.1', 200],
    ['GET http://evil.example:8080/en HTTP/1.1', 200],
    ['GET https://evil.example/en/ HTTP/1.1', 308],
    ['GET http://evil.example/feeds/incidents.en.atom HTTP/1.1', 200],
    ['GET http://evil.example/ar HTTP/1.1', 307],
  ];
  for (const [line, want] of absolute) {
    const r = await raw(main.port, `${line}\r\nHost: ${HOSTILE}\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n`);
    seen.push({ target: line, method: 'GET', status: r.status, headers: r.headers });
    check(r.status === want, `"${line}" answered ${r.status || 'nothing'}, not ${want}`);
    check(!r.head.toLowerCase().includes(HOSTILE), `"${line}": the answer's headers name ${HOSTILE} (${(r.head.match(/^.*evil.*$/im) ?? [''])[0]})`);
    check(!mentionsHostile(r.data.slice(r.head.length)), `"${line}": the answer's body names ${HOSTILE}`);
  }
  for (const [t, want] of [['/en/', '/en'], ['/ar', '/']]) {
    const r = await request(main.port, t);
    check(r.headers.location === want || r.headers.location === `${origin}${want}`, `a clean ${t} now redirects to ${r.headers.location}`);
  }
  notes.push(`${hostileAnswers.length} forged requests on ${targets.length} paths, then ${targets.length * 3} clean ones; ${absolute.length} absolute-form request lines`);
  return { fails, notes };
}

async function item2(pgServer, pg) {
  const { fails, notes, check } = verdict();
  const port = pgServer.port;
  const services = JSON.parse((await request(port, '/api/v1/services', { record: false })).text).services ?? [];
  const never = services.slice(0, 2).map((s) => s.id);
  check(never.length === 2, 'no services listed');
  // Warm the home page and the live status in both workers (a stored copy is relayed to the other).
  for (let i = 0; i < 4; i++) {
    for (const t of ['/', '/en', '/api/status']) await request(port, t, { headers: { 'accept-encoding': 'gzip' }, fresh: true, record: false });
  }
  const warmedAt = Date.now();
  const logMark = pgServer.logged;
  pg.hang();
  notes.push(`PostgreSQL stopped with SIGSTOP (${pg.stopped.length} processes)`);
  try {
    // Past the pages' fresh window (10 s): every answer now needs Next, which needs the database.
    await sleep(Math.max(0, warmedAt + 11_000 - Date.now()));
    const cachedTimes = [];
    const probe = async (t) => {
      const r = await request(port, t, { headers: { 'accept-encoding': 'gzip' }, fresh: true, timeout: 5_000, record: false }).catch((e) => ({ error: e }));
      if (r.error) return check(false, `${t}: ${r.error.message}`);
      cachedTimes.push(r.ms);
      check(r.status === 200, `${t} answered ${r.status} with the database hung`);
      check(r.ms < 1_000, `${t} took ${r.ms.toFixed(0)} ms with the database hung (copy: ${r.headers['x-marsad-cache']})`);
    };
    // Never-cached pages (Arabic and English) and the health check, at the same time as the cached ones.
    const uncached = [`/services/${never[0]}`, `/en/services/${never[1]}`, `/services/${never[1]}`, `/en/services/${never[0]}`];
    const uncachedRuns = uncached.map((t) => request(port, t, { fresh: true, timeout: 20_000, record: false }).catch((e) => ({ error: e, target: t })));
    // Waited for up to 10 s, to say how long it took; more than 2 s fails.
    const health = request(port, '/api/health', { fresh: true, timeout: 10_000, record: false }).catch((e) => ({ error: e }));
    for (let i = 0; i < 6; i++) {
      await Promise.all([probe('/'), probe('/en'), probe('/api/status')]);
      await sleep(400);
    }
    const h = await health;
    check(!h.error && h.ms <= 2_000, `/api/health ${h.error ? `did not answer within 10 s` : `took ${h.ms.toFixed(0)} ms`} with the database hung (at most 2 s)`);
    if (!h.error) {
      const fromFront = h.headers['content-type']?.startsWith('text/plain');
      check(!fromFront, `/api/health: the front server's time limit answered (${h.status}), not the health check`);
      let state = '';
      try {
        const j = JSON.parse(h.text);
        state = `${j.status}${j.database ? `, database ${JSON.stringify(j.database)}` : ''}`;
      } catch {
        state = h.text.slice(0, 80);
      }
      notes.push(`/api/health: ${h.status} in ${h.ms.toFixed(0)} ms (${state})`);
    }
    for (const r of await Promise.all(uncachedRuns)) {
      if (r.error) {
        check(false, `never-cached ${r.target}: ${r.error.message}`);
        continue;
      }
      check(r.status === 503, `never-cached ${r.target} answered ${r.status}, not 503`);
      check(r.status !== 503 || !!r.headers['retry-after'], `never-cached ${r.target}: 503 without Retry-After`);
      const lang = r.text.match(/<html[^>]*lang="([a-z]+)"/)?.[1];
      const want = r.target.startsWith('/en/') ? 'en' : 'ar';
      check(r.status !== 503 || lang === want, `never-cached ${r.target}: the 503 page is in "${lang}", not "${want}"`);
      notes.push(`never-cached ${r.target}: ${r.status} in ${(r.ms / 1000).toFixed(1)} s, Retry-After ${r.headers['retry-after'] ?? 'none'}`);
    }
    notes.push(`cached pages and /api/status with the database hung: ${cachedTimes.length} answers, slowest ${Math.max(...cachedTimes).toFixed(0)} ms`);
  } finally {
    pg.resume();
  }
  // What an operator's log got during the hang (item 7 asks for one line per state change, not stack traces).
  const outageLog = pgServer.since(logMark);
  const lines = outageLog.split('\n').filter(Boolean);
  outage = {
    kb: outageLog.length / 1024,
    lines: lines.length,
    stackLines: lines.filter((l) => /^\s+at /.test(l)).length,
    sqlLines: lines.filter((l) => /Failed query:|\bselect\s.+\sfrom\s/i.test(l)).length,
  };
  notes.push(`server log during the hang: ${outage.kb.toFixed(1)} KB, ${outage.lines} lines, ${outage.stackLines} stack-trace lines, ${outage.sqlLines} with SQL (item 7 judges it)`);
  // After SIGCONT the server comes back on its own.
  let back = false;
  for (let i = 0; i < 20 && !back; i++) {
    const r = await request(port, '/api/health', { timeout: 5_000, record: false }).catch(() => null);
    back = r?.status === 200;
    if (!back) await sleep(500);
  }
  check(back, '/api/health did not say ok within 10 s of SIGCONT');
  return { fails, notes };
}

async function item3(main) {
  const { fails, notes, check } = verdict();
  const port = main.port;
  // Junk query strings: one cached copy, whatever the query (each path asked once first).
  for (const t of ['/', '/feeds/incidents.en.atom', '/en']) await request(port, t, { headers: { 'accept-encoding': 'gzip' } });
  const junk = [
    ...Array.from({ length: 200 }, (_, i) => `/?a=${i}`),
    ...Array.from({ length: 40 }, (_, i) => `/feeds/incidents.en.atom?v=${i}`),
    ...Array.from({ length: 40 }, (_, i) => `/en?utm_source=x${i}&fbclid=${i}`),
  ];
  const misses = [];
  const answers = await pool(junk.length, 8, async (i) => {
    const r = await request(port, junk[i], { headers: { 'accept-encoding': 'gzip' } });
    if (r.headers['x-marsad-cache'] === 'miss') misses.push(junk[i]);
    return r;
  });
  check(answers.every((r) => r.status === 200), `junk query strings: ${statusCounts(answers)}`);
  check(misses.length === 0, `${misses.length} junk query strings rendered anew (${misses.slice(0, 3).join(', ')})`);
  notes.push(`${junk.length} junk query strings: ${statusCounts(answers)}, ${misses.length} rendered anew`);

  // 50 client navigations (RSC: 1) at once: bounded renders, 503 with Retry-After beyond the cap, never 500.
  // Next answers an RSC request without its `_rsc` cache-busting value with a redirect that names it: learn it first.
  const rscTargets = [];
  for (const t of ['/', '/en', '/en/incidents', '/about']) {
    const r = await request(port, t, { headers: { rsc: '1' } });
    rscTargets.push(r.status === 307 && r.headers.location?.startsWith(t) ? r.headers.location : t);
  }
  const rsc = await burst(
    port,
    Array.from({ length: 50 }, (_, i) => `GET ${rscTargets[i % rscTargets.length]} HTTP/1.1\r\nHost: localhost\r\nRSC: 1\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n`),
  );
  for (const r of rsc) seen.push({ target: 'RSC burst', method: 'GET', status: r.status, headers: r.headers, rsc: true });
  check(rsc.every((r) => r.status > 0 && r.complete), `${rsc.filter((r) => !r.status || !r.complete).length} of 50 RSC requests got no complete answer within 30 s`);
  const leftOpen = rsc.filter((r) => r.complete && r.closedAfterMs >= 2_000).length;
  if (leftOpen) notes.push(`beyond the issue: ${leftOpen} of 50 RSC answers kept the connection open after "Connection: close" (Next's hop-by-hop headers passed through: connection: keep-alive)`);
  check(rsc.some((r) => r.status === 200 && /x-component/.test(r.headers['content-type'] ?? '')), `no RSC request reached a render (${statusCounts(rsc)})`);
  check(!rsc.some((r) => r.status >= 500 && r.status !== 503), `RSC requests: ${statusCounts(rsc)}`);
  check(rsc.filter((r) => r.status === 503).every((r) => r.headers['retry-after']), 'an RSC 503 without Retry-After');
  const rscMs = rsc.filter((r) => !r.error).map((r) => r.ms);
  notes.push(`50 concurrent RSC: 1 requests (${rscTargets.join(' ')}): ${statusCounts(rsc)}, slowest ${Math.max(...rscMs).toFixed(0)} ms`);

  // Rate limit on the history route: keyed on the socket, whatever X-Forwarded-For says, shared by the workers.
  const history = '/api/v1/services/bitcoin/history';
  const victim = '127.0.0.2';
  const t0 = performance.now();
  const hits = await pool(60, 12, (i) =>
    request(port, history, { headers: { 'x-forwarded-for': i % 2 ? victim : `198.51.100.${i}` }, fresh: true, timeout: 30_000 }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const passed = hits.filter((r) => !r.error && r.status !== 429).length;
  const limited = hits.filter((r) => r.status === 429);
  const allowed = 20 + Math.ceil(seconds) + 2;
  check(passed <= allowed, `${passed} of 60 history requests with rotating X-Forwarded-For passed in ${seconds.toFixed(1)} s (at most ${allowed})`);
  check(limited.length > 0 && limited.every((r) => r.headers['retry-after']), `history: no 429 with Retry-After (${statusCounts(hits)})`);
  check(!hits.some((r) => r.error || r.status >= 500), `history requests: ${statusCounts(hits)}`);
  const workers = new Set(hits.map((r) => r.headers?.['x-marsad-worker']).filter(Boolean));
  notes.push(`60 history requests with rotating X-Forwarded-For in ${seconds.toFixed(1)} s: ${statusCounts(hits)} (bucket 20 + 1/s)${workers.size ? `, ${workers.size} workers` : ''}`);
  // The address the attacker named is not locked out: its own socket has its own bucket.
  const own = await request(port, history, { fresh: true, localAddress: victim, timeout: 30_000 }).catch((error) => ({ error }));
  check(own.status === 200, `the spoofed victim (${victim}) got ${own.status ?? own.error?.message} on its own first request`);
  return { fails, notes };
}

async function item4(main) {
  const { fails, notes, check } = verdict();
  const port = main.port;
  const run = Date.now().toString(36);
  // Real visitors keep coming to the home page during the flood (that is what LRU keeps), on their own
  // connections, so both workers see them (a worker no visitor reaches rightly lets the page go).
  let flooding = true;
  const visitorTimes = [];
  const visitors = (async () => {
    while (flooding) {
      const r = await request(port, '/', { headers: { 'accept-encoding': 'gzip' }, fresh: true, record: false }).catch(() => null);
      if (r) visitorTimes.push(r.ms);
      await sleep(100);
    }
  })();
  // Junk query strings no longer make keys (item 3): every junk key is now a path that Next must answer
  // (404s are stored), so the flood goes at Next's pace, at most the render cap at once. Pages (≈6 KB) and
  // API answers (≈0.1 KB); the server's budget is small (ATTACK_CACHE_MB) so the flood overflows it.
  const keyOf = (i) =>
    [`/junk-${run}-${i}`, `/badge/service/junk-${run}-${i}.svg`, `/api/v1/services/junk-${run}-${i}`, `/en/junk-${run}-${i}`][i % 4];
  const t0 = performance.now();
  const deadline = t0 + 40_000;
  // Below the render cap (16 per worker), so the keys are rendered and stored rather than refused with 503.
  const flood = await pool(5_000, 12, async (i) => {
    if (performance.now() > deadline) return { skipped: true };
    return request(port, keyOf(i), { headers: { 'accept-encoding': 'gzip' }, record: i < 50, timeout: 30_000 });
  });
  flooding = false;
  await visitors;
  const sent = flood.filter((r) => !r.skipped);
  // What the flood made the workers store (each keeps the others' copies too): body and the cache's 512-byte overhead.
  const storedBytes = sent.filter((r) => [200, 404].includes(r.status)).reduce((a, r) => a + r.raw.length + 512, 0);
  const budget = Number(main.cacheMb) * 1024 * 1024;
  notes.push(
    `${sent.length} junk keys in ${((performance.now() - t0) / 1000).toFixed(1)} s (of 5000; Next's pace on this machine): ${statusCounts(sent)}, ` +
      `≈${(storedBytes / 1048576).toFixed(1)} MB to store against a budget of ${main.cacheMb} MB per worker; home during the flood: p99 ${pct(visitorTimes, 99).toFixed(0)} ms over ${visitorTimes.length}`,
  );
  check(storedBytes > budget, `the flood did not fill the cache budget (≈${(storedBytes / 1048576).toFixed(1)} of ${main.cacheMb} MB): eviction not exercised`);
  check(!sent.some((r) => r.error || (r.status >= 500 && r.status !== 503)), `junk keys: ${statusCounts(sent)}`);
  await sleep(200);
  const after = [];
  for (let i = 0; i < 6; i++) after.push(await request(port, '/', { headers: { 'accept-encoding': 'gzip' }, fresh: i % 2 === 0 }));
  const slowest = Math.max(...after.map((r) => r.ms));
  check(after.every((r) => r.status === 200), `home after the flood: ${statusCounts(after)}`);
  check(slowest < 100, `home after the flood took ${slowest.toFixed(0)} ms (${after.map((r) => r.headers['x-marsad-cache']).join(', ')})`);
  notes.push(`home after the flood: slowest of ${after.length} ${slowest.toFixed(1)} ms (${after.map((r) => r.headers['x-marsad-cache']).join(', ')})`);
  const metrics = await request(port, '/api/metrics', { record: false }).catch(() => null);
  const evictions = metrics?.text.match(/^marsad_(?:front_)?cache_evictions(?:_total)?(?:\{[^}]*\})?\s+(\d+)/m)?.[1];
  const bytes = metrics?.text.match(/^marsad_(?:front_)?cache_bytes(?:\{[^}]*\})?\s+(\d+)/m)?.[1];
  if (evictions !== undefined) notes.push(`front cache: ${evictions} evictions${bytes ? `, ${(Number(bytes) / 1048576).toFixed(1)} MB held` : ''} (budget ${main.cacheMb} MB per worker)`);
  return { fails, notes };
}

async function item5(main) {
  const { fails, notes, check } = verdict();
  const port = main.port;
  // A request that breaks is reported with its error, not as a broken attack.
  const ask = (t, o = {}) => request(port, t, o).catch((error) => ({ target: t, status: `no answer (${error.message})`, headers: {}, text: '' }));
  const malformed = ['/services/%E0%A4%A', '/%25', '/api/v1/services/%FF', '/badge/service/%FF.svg', '/og/en/service/%FF.png', '/embed/service/%FF', '/en/incidents/%C0%AF', '/?q=%E0%A4%A', '/api/v1/services?category=%FF'];
  for (const t of malformed) {
    const r = await ask(t);
    check(r.status === 400, `${t} answered ${r.status}, not 400`);
  }
  for (const [method, t] of [['TRACE', '/'], ['TRACE', '/api/status'], ['PATCH', '/'], ['PUT', '/en'], ['DELETE', '/api/v1/status'], ['POST', '/'], ['POST', '/api/status'], ['PROPFIND', '/']]) {
    const r = await ask(t, { method, fresh: true });
    check(r.status === 405 && !!r.headers.allow, `${method} ${t} answered ${r.status}${r.headers.allow ? '' : ' without Allow'}`);
  }
  // A build file, a font and the icon: POST/PUT/DELETE are 405.
  const home = await ask('/', { headers: { 'accept-encoding': 'gzip' } });
  const chunk = home.text.match(/\/_next\/static\/[^"'\s?]+\.js/)?.[0];
  const css = home.text.match(/\/_next\/static\/[^"'\s?]+\.css/)?.[0];
  const cssText = css ? (await ask(css)).text : '';
  const font = cssText.match(/\/(?:_next\/static\/media|fonts)\/[^)"'\s]+\.woff2/)?.[0];
  const statics = [chunk, font, '/icon.svg', '/robots.txt'].filter(Boolean);
  for (const t of statics) {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const r = await ask(t, { method, body: 'x', headers: { 'content-type': 'text/plain' }, fresh: true });
      check(r.status === 405, `${method} ${t} answered ${r.status}`);
    }
  }
  // A 300 MB body announced, 1 KB sent: answered at once, and the server does not wait to read the rest.
  for (const method of ['POST', 'GET']) {
    const r = await raw(port, `${method} / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\nContent-Length: 300000000\r\n\r\n`, { body: Buffer.alloc(1024, 120), timeout: 4_000 });
    seen.push({ target: `${method} / (300 MB)`, method, status: r.status, headers: r.headers });
    const ok = method === 'GET' ? r.status === 413 : r.status === 413 || r.status === 405;
    check(ok, `${method} / with a 300 MB body answered ${r.status || 'nothing'}`);
    check(r.firstByteMs !== null && r.firstByteMs < 1_000, `${method} / with a 300 MB body: no answer within 1 s`);
    check(r.closedByServer && r.ms < 2_000, `${method} / with a 300 MB body (${r.status}): the server kept the connection open to read the rest (still open after ${(r.ms / 1000).toFixed(1)} s)`);
    notes.push(`${method} / announcing 300 MB: ${r.status} after ${r.firstByteMs?.toFixed(0)} ms, connection ${r.closedByServer ? `closed at ${r.ms.toFixed(0)} ms` : 'still open'}`);
  }
  // 404s under the content-hashed folders are never immutable; the RSC redirect is private or varies.
  for (const t of ['/_next/static/chunks/missing-attack.js', '/fonts/missing-attack.woff2']) {
    const r = await ask(t);
    check(r.status === 404 && !/immutable/.test(r.headers['cache-control'] ?? ''), `${t}: ${r.status} ${r.headers['cache-control']}`);
  }
  const redirect = await ask('/en/', { headers: { rsc: '1' } });
  const cc = redirect.headers['cache-control'] ?? '';
  check(/private|no-store/.test(cc) || /rsc/i.test(redirect.headers.vary ?? ''), `RSC redirect /en/: cache-control "${cc}", vary "${redirect.headers.vary ?? ''}"`);
  // Uncached HTML answers (streamed from Next) carry the CSP too.
  for (const t of ['/api/nope', '/_next/nope', '/en/nope-attack']) await ask(t);
  // A forged router state on a client navigation is the client's error, not the server's.
  // (Beyond the issue's list: reported, not counted.)
  const forged = await ask('/en?_rsc=1', { headers: { rsc: '1', 'next-router-state-tree': '%5B%22x' } });
  if (forged.status === 500) notes.push(`beyond the issue: an RSC request with a malformed Next-Router-State-Tree answers 500 (Next's error, passed through)`);
  // Everything the main server answered in this run: only 200/301/308/404 (and 304) publicly cacheable, HTML with a CSP.
  const publicBad = seen.filter((r) => /\bpublic\b/.test(r.headers['cache-control'] ?? '') && ![200, 301, 304, 308, 404].includes(r.status));
  check(publicBad.length === 0, `publicly cacheable ${publicBad.slice(0, 3).map((r) => `${r.status} ${r.target}`).join(', ')}`);
  const noCsp = seen.filter((r) => (r.headers['content-type'] ?? '').startsWith('text/html') && !r.headers['content-security-policy']);
  const noCspTargets = [...new Set(noCsp.map((r) => `${r.status} ${r.target}`))];
  check(noCsp.length === 0, `HTML without a CSP: ${noCspTargets.slice(0, 4).join(', ')}${noCspTargets.length > 4 ? ` and ${noCspTargets.length - 4} more` : ''}`);
  notes.push(`${seen.length} answers checked for public caching and CSP`);
  return { fails, notes };
}

async function item6(main) {
  const { fails, notes, check } = verdict();
  // Settings that cannot work, and a port already taken: the start stops, non-zero, saying why.
  const busy = net.createServer();
  await new Promise((r) => busy.listen(0, r));
  cleanups.push(() => busy.close());
  const catalog = path.join(tmp, 'private-catalog.json');
  fs.writeFileSync(
    catalog,
    JSON.stringify({
      version: 1,
      services: [{ id: 'lab', name: { ar: 'مختبر', en: 'Lab' }, shortName: 'Lab', category: 'infra', website: 'https://lab.example', monitored: true, monitors: [{ id: 'lab-http', operator: 'lab', role: 'access', kind: 'http', url: 'http://10.0.0.7/health' }] }],
    }),
  );
  const cases = [
    { name: 'PORT=abc', env: { PORT: 'abc' }, says: /PORT/ },
    { name: 'PORT=70000', env: { PORT: '70000' }, says: /PORT/ },
    { name: 'HOST=256.1.1.1', env: { HOST: '256.1.1.1' }, says: /HOST/ },
    { name: 'MARSAD_FRONT_WORKERS=0', env: { MARSAD_FRONT_WORKERS: '0' }, says: /MARSAD_FRONT_WORKERS/ },
    { name: 'a port in use', env: { PORT: String(busy.address().port) }, says: /in use|EADDRINUSE/i },
    { name: 'a private monitor URL', env: { MARSAD_CATALOG: catalog }, says: /services\[0\]\.monitors\[0\]\.url/ },
  ];
  const results = await Promise.all(
    cases.map(async (c, i) => {
      const port = c.env.PORT ?? String(await freePort());
      const env = serverEnv({ PORT: port, MARSAD_DATA_DIR: path.join(tmp, `data-start-${i}`), ...c.env });
      const child = spawn(process.execPath, ['scripts/start.mjs'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      cleanups.push(() => child.kill('SIGKILL'));
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      const t0 = Date.now();
      const exit = await Promise.race([new Promise((r) => child.on('exit', (code, signal) => r({ code, signal }))), sleep(45_000).then(() => null)]);
      if (!exit) child.kill('SIGKILL');
      return { ...c, exit, out, seconds: (Date.now() - t0) / 1000 };
    }),
  );
  for (const r of results) {
    if (!check(r.exit !== null, `${r.name}: still running after 45 s`)) {
      notes.push(`${r.name}: still running after 45 s; its last words: ${r.out.trim().split('\n').slice(-2).join(' ').slice(0, 200)}`);
      continue;
    }
    check(r.exit.code !== 0 && r.exit.code !== null, `${r.name}: exited with ${r.exit.code ?? r.exit.signal}`);
    check(r.says.test(r.out), `${r.name}: the message does not say why (${r.out.trim().split('\n').slice(-2).join(' ').slice(0, 160)})`);
    const message = (r.out.match(/could not start:\s*\n(.*(?:\n.+)?)/) ?? r.out.match(/(Invalid catalog[^\n]*\n[^\n]*)/) ?? [])[1] ?? r.out.trim().split('\n').at(-1);
    notes.push(`${r.name}: exit ${r.exit.code ?? r.exit.signal} after ${r.seconds.toFixed(1)} s: ${String(message).replace(/\s+/g, ' ').slice(0, 140)}`);
  }
  // A front worker killed: logged, replaced, and the site keeps answering.
  const workers = childPids(main.child.pid, /scripts\/start\.mjs/);
  if (check(workers.length >= WORKERS, `found ${workers.length} front workers under the server`)) {
    const before = main.logged;
    process.kill(workers[0], 'SIGKILL');
    const during = [];
    for (let i = 0; i < 10; i++) {
      during.push(await request(main.port, '/', { fresh: true, headers: { 'accept-encoding': 'gzip' } }).catch((error) => ({ error })));
      await sleep(150);
    }
    let logged = '';
    for (let i = 0; i < 40; i++) {
      logged = main.since(before);
      if (/died/.test(logged) && /replaced/.test(logged)) break;
      await sleep(250);
    }
    check(/died/.test(logged), 'a killed front worker was not logged');
    check(/replaced/.test(logged), 'no replacement of the killed worker was logged');
    check(during.every((r) => r.status === 200), `home while a worker was replaced: ${statusCounts(during)}`);
    check(!main.exited, 'the server stopped when a worker was killed');
    notes.push(`front worker ${workers[0]} (of ${workers.join(', ')}) killed: ${/died/.test(logged) ? 'logged' : 'not logged'}, ${/replaced/.test(logged) ? 'replaced' : 'not replaced'}; home meanwhile ${statusCounts(during)}; workers now ${childPids(main.child.pid, /scripts\/start\.mjs/).join(', ')}`);
    if (!/replaced/.test(logged)) notes.push(`the server's log since: ${logged.trim().split('\n').slice(-3).join(' | ').slice(0, 400) || '(nothing)'}`);
  }
  return { fails, notes };
}

async function item7(main) {
  const r = await request(main.port, '/api/metrics').catch((error) => ({ error }));
  if (r.error || r.status === 404) return { skipped: 'checked by tests (promtool)' };
  const { fails, notes, check } = verdict();
  check(r.status === 200, `/api/metrics answered ${r.status}`);
  check(/^text\/plain|^application\/openmetrics-text/.test(r.headers['content-type'] ?? ''), `/api/metrics is ${r.headers['content-type']}`);
  check(/^# TYPE /m.test(r.text), '/api/metrics carries no # TYPE line');
  notes.push(`/api/metrics: ${r.status} ${r.headers['content-type']}, ${r.text.split('\n').filter((l) => l && !l.startsWith('#')).length} samples in ${r.ms.toFixed(0)} ms`);
  if (spawnSync('sh', ['-c', 'command -v promtool']).status === 0) {
    const lint = spawnSync('promtool', ['check', 'metrics'], { input: r.text, encoding: 'utf8' });
    const said = `${lint.stdout}${lint.stderr}`.trim().split('\n').filter(Boolean);
    check(lint.status === 0, `promtool check metrics: ${said.slice(0, 3).join('; ')}${said.length > 3 ? ` (${said.length} findings)` : ''}`);
    if (lint.status === 0) notes.push('promtool check metrics: clean');
  }
  // During item 2's outage: the database state change once with its cause, no SQL text, no stack per failure.
  if (outage) {
    check(outage.sqlLines === 0, `during the database hang the log carried ${outage.sqlLines} lines of SQL (${outage.kb.toFixed(1)} KB, ${outage.stackLines} stack-trace lines in ${outage.lines} lines)`);
    check(outage.stackLines === 0, `during the database hang the log carried ${outage.stackLines} stack-trace lines`);
  } else notes.push('the log during a database outage: not seen (item 2 did not run)');
  const h = await request(main.port, '/api/health', { timeout: 2_000 }).catch((error) => ({ error }));
  check(!h.error, `/api/health: ${h.error?.message}`);
  if (!h.error) notes.push(`/api/health: ${h.status} in ${h.ms.toFixed(0)} ms`);
  return { fails, notes };
}

async function item8(main, slug) {
  const { fails, notes, check } = verdict();
  const port = main.port;
  const open = ['/api/status', '/api/incidents', ...(slug ? [`/api/incidents/${slug}.json`] : []), '/api/v1/status', '/api/v2/summary.json', '/feeds/incidents.ar.rss', '/badge/service/bitcoin.svg'];
  for (const t of open) {
    const r = await request(port, t, { headers: { origin: 'https://other.example' } });
    check(r.headers['access-control-allow-origin'] === '*', `${t} (${r.status}) sends no Access-Control-Allow-Origin: *`);
  }
  // /api/status polled from both workers never goes back in time.
  const polls = [];
  for (let i = 0; i < 40; i++) {
    const r = await request(port, '/api/status', { fresh: true, record: false }).catch((error) => ({ error }));
    if (!r.error) polls.push(Date.parse(JSON.parse(r.text).generatedAt));
    await sleep(100);
  }
  let back = 0;
  for (let i = 1; i < polls.length; i++) if (polls[i] < polls[i - 1]) back++;
  check(polls.length === 40, `${40 - polls.length} of 40 polls failed`);
  check(back === 0, `/api/status went back in time ${back} times in ${polls.length} polls`);
  notes.push(`40 polls of /api/status at 100 ms: ${back} went back in time, ${new Set(polls).size} distinct generatedAt`);
  // After an idle pause longer than the old 5 s keep-alive, uncached requests still reach Next.
  await request(port, '/api/health');
  await sleep(5_300);
  const afterPause = await Promise.all(['/api/health', '/api/health', '/api/metrics'].map((t) => request(port, t).catch((error) => ({ error }))));
  check(afterPause.every((r) => !r.error && r.status === 200), `uncached requests after a 5.3 s pause: ${statusCounts(afterPause)}`);
  return { fails, notes };
}

// ---------------------------------------------------------------------------------------------------
// The run.

const NAMES = {
  1: 'no cache poisoning',
  2: 'hung database',
  3: 'uncached work bounded',
  4: 'cache bounded by bytes',
  5: 'clear answers to wrong requests',
  6: 'start-up fails loudly',
  7: 'logs and metrics',
  8: 'small things',
};
const outcomes = [];
/** What the server logged while PostgreSQL hung (item 2), for item 7. */
let outage = null;

async function runItem(n, fn) {
  if (!wants(n)) return null;
  progress(`item ${n} ${NAMES[n]}…`);
  const t0 = Date.now();
  let result;
  try {
    result = await Promise.race([fn(), sleep(ITEM_LIMIT_MS).then(() => ({ fails: [`did not finish within ${ITEM_LIMIT_MS / 1000} s`], notes: [] }))]);
  } catch (error) {
    result = { fails: [`the attack itself broke: ${error.message.split('\n')[0]}`], notes: [] };
  }
  result.seconds = (Date.now() - t0) / 1000;
  const line = result.skipped
    ? `item ${n}: ${result.skipped}`
    : result.fails.length
      ? `item ${n} ${NAMES[n]}: failed (${result.fails.slice(0, 3).join('; ')}${result.fails.length > 3 ? `; and ${result.fails.length - 3} more` : ''})`
      : `item ${n} ${NAMES[n]}: held`;
  say(line);
  for (const note of result.notes ?? []) say(`    ${note}`);
  for (const fail of (result.fails ?? []).slice(3)) say(`    also: ${fail}`);
  say(`    (${result.seconds.toFixed(1)} s)`);
  outcomes.push({ n, ...result });
  return result;
}

try {
  ensureBuild();
  const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
  say(`attack on loopback; ${os.availableParallelism()} cores, load average ${load()}; build ${distDir}`);
  const pgBin = wants(2) ? findPgBin() : null;
  const cacheMb = process.env.ATTACK_CACHE_MB ?? '1';
  // The main server, and (at the same time) PostgreSQL with its own server for item 2.
  const mainStarting = startServer('main', { MARSAD_FRONT_CACHE_MB: cacheMb });
  const pgStarting = pgBin
    ? startPostgres(pgBin).then(async (pg) => ({ pg, server: await startServer('postgres', { DATABASE_URL: pg.url }) }))
    : Promise.resolve(null);
  const main = await mainStarting;
  main.cacheMb = cacheMb;
  say(`main server: 127.0.0.1:${main.port}, ${WORKERS} front workers, front cache budget ${cacheMb} MB per worker (small, so item 4's flood overflows it)`);

  // Item 1's forged requests go first, on a server nobody has asked anything yet.
  const attempts = wants(1) || wants(8) ? await poisonAttempts(main) : { slug: null };
  const crowd = wants(1) || wants(2) || wants(3) ? startCrowd(main.port) : null;
  await runItem(1, () => item1(main, attempts));
  if (wants(2)) {
    const started = await pgStarting.catch((error) => ({ error }));
    if (!pgBin) say('item 2: skipped (no PostgreSQL)');
    else if (started.error) await runItem(2, async () => ({ fails: [`PostgreSQL or its server did not start: ${started.error.message.split('\n')[0]}`], notes: [] }));
    else {
      await runItem(2, () => item2(started.server, started.pg));
      await started.server.stop();
    }
  }
  await runItem(3, () => item3(main));
  if (crowd) {
    const c = await crowd.stop();
    say(`home page under attack (items 1–3, wrk -c${crowd.connections} with 10 ms pauses): p99 ${c.p99.toFixed(1)} ms, p50 ${c.p50.toFixed(1)} ms, ${c.requests} requests (${c.rps.toFixed(0)}/s), ${c.errors} errors`);
  } else if (wants(1) || wants(2) || wants(3)) say('home page under attack: not measured (wrk is missing: apt-get install wrk)');
  await runItem(4, () => item4(main));
  await runItem(5, () => item5(main));
  await runItem(6, () => item6(main));
  await runItem(7, () => item7(main));
  await runItem(8, () => item8(main, attempts.slug));
  say(`load average after: ${load()}`);
} catch (error) {
  say(`attack: could not run: ${error.message}`);
  outcomes.push({ n: 0, fails: [error.message] });
}
await cleanUp();
const failed = outcomes.filter((o) => o.fails?.length);
say(failed.length ? `attack: ${failed.length} item(s) failed: ${failed.map((o) => o.n).join(', ')}` : 'attack: every item held');
process.exit(failed.length ? 1 : 0);
