// A front worker (lib/front/server/worker.ts) in front of a fake Next on loopback, for the tests that check
// what the front passes on, strips or refuses. `answer` is the fake Next: it gets each request with its
// whole body read. Both servers listen on ports the system picks.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFrontSettings } from '@/lib/front/server/settings';
import { startFrontWorker } from '@/lib/front/server/worker';

export interface FrontBeforeFakeNext {
  /** The front's origin, e.g. http://127.0.0.1:40123. */
  base: string;
  close(): Promise<void>;
}

export async function startFrontBeforeFakeNext(
  answer: (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void,
  env: Record<string, string> = {},
  options: Parameters<typeof startFrontWorker>[2] = {},
): Promise<FrontBeforeFakeNext> {
  const inner = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => answer(req, res, body));
  });
  await new Promise<void>((r) => inner.listen(0, '127.0.0.1', r));
  const front = startFrontWorker(readFrontSettings({ MARSAD_FRONT_CACHE_MB: '4', ...env }), (inner.address() as AddressInfo).port, options);
  await new Promise<void>((r) => front.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${(front.address() as AddressInfo).port}`,
    close: async () => {
      front.closeAllConnections();
      inner.closeAllConnections();
      await Promise.all([new Promise((r) => front.close(r)), new Promise((r) => inner.close(r))]);
    },
  };
}
