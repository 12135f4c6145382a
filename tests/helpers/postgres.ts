// A throwaway PostgreSQL server for tests that need a real one they can stop and start (faults,
// several processes). Debian's binaries, run as the `postgres` user (initdb refuses root), on
// 127.0.0.1 and a port of the test's own, in a directory removed afterwards.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TestPostgres {
  url: string;
  start(): void;
  stop(): void;
  destroy(): void;
}

export function postgresBinDir(): string | null {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return null;
  const versions = fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(base, versions[0]!, 'bin') : null;
}

/** Why a real PostgreSQL cannot be started here, or null when it can. */
export function postgresUnavailableReason(): string | null {
  if (!postgresBinDir()) return 'PostgreSQL is not installed (apt-get install postgresql)';
  if (process.getuid?.() !== 0) return 'starting a throwaway PostgreSQL needs root (to run initdb as the postgres user)';
  return null;
}

const asPostgres = (cmd: string) => execFileSync('su', ['postgres', '-c', cmd], { stdio: 'pipe' });

export function startTestPostgres(port: number): TestPostgres {
  const bin = postgresBinDir()!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-pg-'));
  fs.chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  asPostgres(`${bin}/initdb -D ${data} -A trust -U postgres`);
  const start = () => {
    asPostgres(`${bin}/pg_ctl -D ${data} -o "-p ${port} -k ${dir} -c listen_addresses=127.0.0.1" -l ${dir}/log -w start`);
    for (let i = 0; i < 100; i++) {
      if (spawnSync(`${bin}/pg_isready`, ['-h', '127.0.0.1', '-p', String(port), '-q']).status === 0) return;
      execFileSync('sleep', ['0.1']);
    }
    throw new Error('PostgreSQL did not become ready');
  };
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop: () => asPostgres(`${bin}/pg_ctl -D ${data} -m fast -w stop`),
    destroy: () => {
      spawnSync('su', ['postgres', '-c', `${bin}/pg_ctl -D ${data} -m immediate -w stop`]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
