// The production server behind `npm start`: Next renders on an internal loopback port, and front
// workers answer visitors, from their in-memory cache when they can (before Next's request pipeline,
// which serves a small fraction of what this machine can: docs/stack.md), adding the security headers
// and the route table's lifetimes to every response. Settings are checked before anything starts.
import cluster from 'node:cluster';
import type { WorkerMessage } from './messages';
import { readFrontSettings, type FrontSettings } from './settings';
import { startFrontWorker } from './worker';

let settings: FrontSettings;
try {
  settings = readFrontSettings();
} catch (error) {
  console.error(`\nMarsad could not start:\n${(error as Error).message}\n`);
  process.exit(1);
}

if (cluster.isPrimary) {
  // Loaded here only: a front worker never needs Next (a second or more per worker at start).
  import('./cluster').then(({ startPrimary }) => startPrimary(settings)).catch((error) => {
    console.error(`\nMarsad could not start:\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
} else {
  const server = startFrontWorker(settings, Number(process.env.MARSAD_INNER_PORT));
  server.on('error', (error) => {
    // The primary ends the whole server with this message (a port in use, an address not on this host).
    process.send?.({ type: 'listen-failed', message: error.message } satisfies WorkerMessage, () => process.exit(1));
  });
  server.listen(settings.port, settings.host);
}
