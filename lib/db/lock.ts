// PGlite takes no lock on its data directory, and two processes opening it silently lose rows
// (docs/stack.md § PGlite). So the one process that owns an embedded database holds this pid lock file.
import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(readonly lockPath: string, readonly holderPid: number) {
    super(
      `The embedded database at ${path.dirname(lockPath)} is already in use by process ${holderPid}. ` +
        `Stop that process, or give this one its own MARSAD_DATA_DIR, or use PostgreSQL (DATABASE_URL) to run several processes.`,
    );
    this.name = 'DataDirLockedError';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockPath, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the lock or throws DataDirLockedError; a lock held by a process that no longer runs is taken over. */
export function acquireDataDirLock(dataDir: string, pid = process.pid): () => void {
  const lockPath = path.join(dataDir, 'marsad.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, `${pid}\n`, { flag: 'wx' });
      const release = () => {
        if (readHolder(lockPath) === pid) fs.rmSync(lockPath, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(lockPath);
    if (holder === pid) return () => fs.rmSync(lockPath, { force: true });
    if (holder !== null && isRunning(holder)) throw new DataDirLockedError(lockPath, holder);
    // Stale (killed holder) or unreadable: remove it and try again. Two processes racing here both
    // retry with `wx`, so only one of them wins.
    fs.rmSync(lockPath, { force: true });
  }
  throw new DataDirLockedError(lockPath, readHolder(lockPath) ?? -1);
}
