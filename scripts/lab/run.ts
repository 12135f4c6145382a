// `npm run lab`: Marsad against a simulated world on this machine, playing a cloud-region outage in a few
// minutes (docs/lab.md). Starts the world, writes its catalog, starts the real production server (as
// `npm start` does, building first when needed) in lab mode on its own data directory, waits until every
// service is seen working, then plays the scenario once and keeps serving until Ctrl-C.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAB_PACE, labRangeTable } from './catalog';
import { THROUGHOUT, scheduleScenario } from './scenario';
import { labServerEnv } from './settings';
import { startLabWorld, writeLabCatalog, type LabWorld } from './world';

const root = fileURLToPath(new URL('../../', import.meta.url));
process.chdir(root);
const LAB_DIR = path.join(root, '.marsad-lab');
const port = Number(process.env.LAB_PORT ?? 3300);
const say = (text = '') => console.log(text);
const clock = (at: number) => new Date(at).toTimeString().slice(0, 8);

function fail(message: string): never {
  console.error(`npm run lab: ${message}`);
  process.exit(1);
}

// 1. Nothing from the lab may reach a real database: refuse rather than quietly unset it.
if (process.env.DATABASE_URL) {
  fail('DATABASE_URL is set. The lab never touches a real database: run it in a shell without DATABASE_URL (for example `env -u DATABASE_URL npm run lab`). It uses its own embedded database in .marsad-lab/.');
}
if (!Number.isInteger(port) || port < 1 || port > 65_535) fail(`LAB_PORT must be a port number, not "${process.env.LAB_PORT}"`);

// 2. The production build, made or remade when missing or older than the code it renders.
const SOURCES = ['app', 'components', 'lib', 'messages', 'next.config.ts', 'package-lock.json'];
function newestMtime(entry: string): number {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}
const distDir = process.env.NEXT_DIST_DIR || '.next';
const buildId = path.join(root, distDir, 'BUILD_ID');
const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
const sourcesAt = Math.max(...SOURCES.map(newestMtime));
if (builtAt === 0 || sourcesAt > builtAt) {
  say(builtAt === 0 ? 'No production build yet: running `next build` first (a few minutes, once).' : 'The production build is older than the code: running `next build` again first (a few minutes).');
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) fail('the build failed (above).');
}

// 3. A fresh directory, the world, its catalog.
fs.rmSync(LAB_DIR, { recursive: true, force: true });
fs.mkdirSync(LAB_DIR, { recursive: true });
let world: LabWorld | undefined;
let server: ChildProcess | undefined;
let stopping = false;
const timers: NodeJS.Timeout[] = [];

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  timers.forEach(clearTimeout);
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  }
  await world?.close();
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

world = await startLabWorld({ pace: LAB_PACE });
const catalogFile = writeLabCatalog(world, LAB_DIR);
const rangesFile = path.join(LAB_DIR, 'lab-ranges.json');
fs.writeFileSync(rangesFile, `${JSON.stringify(labRangeTable(new Date().toISOString().slice(0, 10)), null, 2)}\n`);

// 4. Marsad: the real front server, in a process of its own (Next's renders would otherwise slow the world's answers).
const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '', ...labServerEnv({ catalogFile, dataDir: path.join(LAB_DIR, 'data'), port, pace: LAB_PACE, rangesFile }) };
delete env.DATABASE_URL;
const url = `http://localhost:${port}`;
if (await fetch(`${url}/api/status`).then(() => true, () => false)) fail(`port ${port} is already in use (another lab or server?); choose another with LAB_PORT=…`);
say(`Starting Marsad in lab mode on ${url} (data in .marsad-lab/, catalog .marsad-lab/catalog.json) …`);
const logFile = fs.createWriteStream(path.join(LAB_DIR, 'server.log'));
server = spawn(process.execPath, ['--import', 'tsx', 'lib/front/server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
server.stdout!.pipe(logFile);
server.stderr!.pipe(logFile);
// What Marsad itself concludes, echoed as it happens: the cloud-outage event opening, reopening, resolving.
let firstFailureAt: number | null = null;
let pending = '';
server.stdout!.on('data', (chunk: Buffer) => {
  const lines = (pending + chunk.toString('utf8')).split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) {
    let entry: { msg?: string; time?: string; id?: string; members?: string[] };
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    const what = /^cloud-outage event (opened|reopened|resolved)$/.exec(entry.msg ?? '')?.[1];
    if (!what || !entry.id) continue;
    const at = entry.time ? Date.parse(entry.time) : Date.now();
    const since = firstFailureAt === null ? '' : ` (${Math.round((at - firstFailureAt) / 1000)} s after the first failure)`;
    say(`[${clock(at)}] Marsad: cloud-outage event ${what}${since}, members: ${(entry.members ?? []).join(', ') || 'none yet'}`);
    say(`           ${url}/incidents/${entry.id}  ·  ${url}/en/incidents/${entry.id}`);
  }
});
server.once('exit', (code, signal) => {
  if (!stopping) {
    console.error(`npm run lab: Marsad stopped (${signal ?? `exit ${code}`}); its log is in .marsad-lab/server.log`);
    void stop(1);
  }
});

async function status(): Promise<{ services: { id: string; status: string }[] } | null> {
  try {
    const response = await fetch(`${url}/api/status`);
    return response.ok ? ((await response.json()) as { services: { id: string; status: string }[] }) : null;
  } catch {
    return null;
  }
}

const deadline = Date.now() + 120_000;
while (!(await status())) {
  if (Date.now() > deadline) {
    console.error('npm run lab: Marsad did not start within 2 minutes; its log is in .marsad-lab/server.log');
    await stop(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}
say(`Marsad is up: ${url}  (English: ${url}/en)`);
say('Waiting until Marsad has seen every service of the made-up world working …');
const watched = world.catalog.services.filter((s) => s.category !== 'cloud').map((s) => s.id);
for (;;) {
  const body = await status();
  const notYet = watched.filter((id) => body?.services.find((s) => s.id === id)?.status !== 'operational');
  if (notYet.length === 0) break;
  if (Date.now() > deadline + 60_000) {
    say(`(still not operational after 3 minutes: ${notYet.join(', ')}; starting the story anyway)`);
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
}

// 5. The story, once.
const startAt = Date.now() + 5_000;
const steps = scheduleScenario({ startAt, scale: 1 });
say();
say('مرصد في وضع المختبر: كل ما ستراه مصطنع. Marsad in lab mode: everything you will see is made up.');
say(`Open ${url} (العربية) or ${url}/en (English). The story starts at ${clock(startAt)} and plays once:`);
say();
for (const step of steps) say(`  ${clock(step.at)}  +${String(step.atSec).padStart(3)} s  ${step.say.en}\n                        ${step.say.ar}`);
say(`  ${THROUGHOUT.en}\n  ${THROUGHOUT.ar}`);
say();
const last = steps[steps.length - 1]!;
for (const step of steps) {
  timers.push(
    setTimeout(() => {
      world!.apply(step.action);
      if (step === steps[0]) firstFailureAt = Date.now();
      say(`[${clock(Date.now())}] ${step.say.en}`);
      if (step === last) {
        say();
        say('The story is over: the world stays healthy and Marsad keeps serving. Read the event and its incidents at');
        say(`${url}/incidents and ${url}/en/incidents. Press Ctrl-C to stop; \`npm run lab\` again plays a fresh story.`);
      }
    }, step.at - Date.now()),
  );
}
