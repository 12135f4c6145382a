// Starts a production server of the shared build with its own environment (catalog, database, port),
// for e2e files that need a server set up differently from the shared one.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Playwright's workers run with its own loader in NODE_OPTIONS; the servers under test must not inherit it.
const baseEnv = () => ({ ...process.env, NODE_OPTIONS: '' });

export interface TestServer {
  url: string;
  dataDir: string;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
  process: ChildProcess;
}

/** A probe worker (`npm run probe`), for tests of several processes on one PostgreSQL. */
export function startProbeWorker(vantage: string, env: Record<string, string>): { process: ChildProcess; output: () => string; kill(signal?: NodeJS.Signals): Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/probe-worker.ts', '--vantage', vantage], {
    env: { ...baseEnv(), NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return {
    process: child,
    output: () => output,
    kill: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

export async function startTestServer(port: number, env: Record<string, string>): Promise<TestServer> {
  // A server left over from an earlier run would answer in this one's place: refuse to start beside it.
  if (await fetch(`http://localhost:${port}/api/status`).then(() => true, () => false)) throw new Error(`port ${port} is already in use`);
  const dataDir = env.MARSAD_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-e2e-server-'));
  // The real production server (front cache and headers before Next), as `npm start` runs it.
  const child = spawn(process.execPath, ['--import', 'tsx', 'lib/front/server/main.ts'], {
    env: { ...baseEnv(), NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: '', MARSAD_DATA_DIR: dataDir, MARSAD_FRONT_WORKERS: '1', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 75_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    const ok = await fetch(`${url}/api/status`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      // Never leave it running: a server that missed its deadline would hold its port and a core.
      child.kill('SIGKILL');
      throw new Error(`server did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    dataDir,
    output: () => output,
    process: child,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
