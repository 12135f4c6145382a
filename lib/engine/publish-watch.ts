// Publishing is told, not waited out (issue 16, item 6; docs/architecture.md § Publishing). Every desk
// write is audited in the same transaction as the write, so the newest audit row is a generation number
// that every web instance can read from the shared database. Each web process polls it (about once a
// second: one index lookup) and, when it moves, emits PUBLISHED_EVENT on `process`; the front server's
// primary (lib/front/server/cluster.ts, the same process) tells its workers to renew every copy made
// before. Polling, not LISTEN/NOTIFY: it works the same on the embedded database and on PostgreSQL, and a
// lost connection cannot lose a notice (the next read sees the newer generation).
import type { Log } from '@/lib/scheduler/scheduler';

/** The process event the front server listens to. */
export const PUBLISHED_EVENT = 'marsad:published';

export interface PublishWatchOptions {
  /** The current generation (the newest audit row's id; 0 when there is none). */
  read: () => Promise<number>;
  everyMs: number;
  onPublished: (generation: number) => void;
  log: Log;
}

export interface PublishWatch {
  stop(): void;
  /** Resolves after the next completed read (tests await this instead of sleeping). */
  tick(): Promise<void>;
}

export function startPublishWatch({ read, everyMs, onPublished, log }: PublishWatchOptions): PublishWatch {
  let known: number | null = null;
  let stopped = false;
  let failingSince: number | null = null;
  let waiters: (() => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const round = async () => {
    try {
      const generation = await read();
      if (failingSince !== null) log('info', 'publish watch: reading again', { failedForMs: Date.now() - failingSince });
      failingSince = null;
      // The first read is the baseline: what was published before this process started is in every render.
      if (known !== null && generation !== known) onPublished(generation);
      known = generation;
    } catch (error) {
      // A slow or hung database: say so once, keep trying (the front keeps serving what it has).
      if (failingSince === null) {
        failingSince = Date.now();
        // The error itself, not its message: the logger says what failed without the SQL (lib/log.ts).
        log('warn', 'publish watch: cannot read the generation; published changes wait for the cache windows', { error });
      }
    } finally {
      const done = waiters;
      waiters = [];
      for (const w of done) w();
      if (!stopped) timer = setTimeout(() => void round(), everyMs);
      timer?.unref?.();
    }
  };
  void round();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
    tick: () => new Promise<void>((resolve) => waiters.push(resolve)),
  };
}

/** What the web process does when the generation moves: tell the front server in this process. */
export function emitPublished(generation: number): void {
  (process as NodeJS.EventEmitter).emit(PUBLISHED_EVENT, generation);
}
