// A start-up that cannot succeed must stop the process with a clear message, never stay up answering 500.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { acquireDataDirLock } from '../../lib/db/lock';

function startServer(env: Record<string, string>, port: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '--port', String(port), '--hostname', 'localhost'], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', MARSAD_PROBES: 'off', DATABASE_URL: '', ...env },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    // Requests make Next run instrumentation if it has not yet; the process must then exit.
    const poke = setInterval(() => fetch(`http://localhost:${port}/`).catch(() => undefined), 300);
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code) => {
      clearInterval(poke);
      clearTimeout(killer);
      resolve({ code, output });
    });
  });
}

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-startup-'));

test('an invalid MARSAD_CATALOG stops the start with an error naming the field', async () => {
  const dir = tmp();
  const file = path.join(dir, 'catalog.json');
  fs.writeFileSync(file, JSON.stringify({ version: 1, services: [{ id: 'x', name: { ar: 'س', en: 'X' }, shortName: 'X', category: 'moon', website: 'https://x.example', monitored: false }] }));
  const { code, output } = await startServer({ MARSAD_CATALOG: file, MARSAD_DATA_DIR: dir }, 3191);
  expect(code).not.toBe(0);
  expect(output).toContain('Marsad could not start');
  expect(output).toContain('services[0].category');
});

test('a second server on the same embedded database stops with an error naming the holder', async () => {
  const dir = tmp();
  const release = acquireDataDirLock(dir);
  try {
    const { code, output } = await startServer({ MARSAD_DATA_DIR: dir }, 3192);
    expect(code).not.toBe(0);
    expect(output).toContain(`in use by process ${process.pid}`);
  } finally {
    release();
  }
});
