import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from '@/lib/db/lock';
import { makeTempDir } from '../helpers/temp-db';

const children: ReturnType<typeof spawn>[] = [];
afterAll(() => children.forEach((c) => c.kill('SIGKILL')));

function runningChild(): number {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  children.push(child);
  return child.pid!;
}

function deadPid(): number {
  const result = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number.parseInt(result.stdout.trim(), 10);
}

describe('the embedded database lock', () => {
  it('refuses a data directory held by a running process, naming its pid', () => {
    const dir = makeTempDir();
    const holder = runningChild();
    fs.writeFileSync(path.join(dir, 'marsad.lock'), `${holder}\n`);
    let thrown: unknown;
    try {
      acquireDataDirLock(dir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DataDirLockedError);
    expect((thrown as DataDirLockedError).holderPid).toBe(holder);
    expect((thrown as Error).message).toContain(`process ${holder}`);
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const dir = makeTempDir();
    fs.writeFileSync(path.join(dir, 'marsad.lock'), `${deadPid()}\n`);
    const release = acquireDataDirLock(dir);
    expect(fs.readFileSync(path.join(dir, 'marsad.lock'), 'utf8').trim()).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, 'marsad.lock'))).toBe(false);
  });

  // The child loads tsx, the database client and its dependencies cold: a second or so alone, but once
  // it took over 30 s on a busy CI machine (Node 24), so it gets a minute, awaited rather than blocking.
  it('a second process opening the same embedded database exits with a clear error', { timeout: 90_000 }, async () => {
    const dir = makeTempDir();
    const release = acquireDataDirLock(dir);
    const script = `import { openDatabase, readDbConfig } from './lib/db/client.ts';
      openDatabase(readDbConfig()).then(() => { console.log('opened'); process.exit(0); }, (e) => { console.error(e.message); process.exit(3); });`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: process.cwd(),
      env: { ...process.env, MARSAD_DATA_DIR: dir, DATABASE_URL: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 60_000,
    });
    children.push(child);
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    release();
    expect(status).toBe(3);
    expect(stderr).toContain(`in use by process ${process.pid}`);
  });
});
