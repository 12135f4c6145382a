// A fake PostgreSQL server on loopback for the client's time limits: in 'answer' mode it completes the
// handshake and answers every statement with an empty result (enough for the migrations to "run"); in
// 'hang' mode it completes the handshake and then swallows every query (a server stopped mid-way, as
// by SIGSTOP after accepting); in 'silent' mode it accepts connections and never says a word.
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export type FakeMode = 'answer' | 'hang' | 'silent';

export interface FakePostgres {
  url: string;
  mode: FakeMode;
  /** Connections accepted so far. */
  connections: number;
  close(): Promise<void>;
}

function message(type: string, body: Buffer = Buffer.alloc(0)): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
const cstring = (s: string) => Buffer.from(`${s}\0`, 'latin1');

const AUTH_OK = message('R', int32(0));
const READY = message('Z', Buffer.from('I', 'latin1'));
const COMPLETE = message('C', cstring('SELECT 0'));

export async function startFakePostgres(mode: FakeMode = 'answer'): Promise<FakePostgres> {
  const sockets = new Set<net.Socket>();
  const fake: FakePostgres = { url: '', mode, connections: 0, close: async () => undefined };
  const server = net.createServer((socket) => {
    fake.connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let started = false;
    let buffer = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      if (fake.mode === 'silent') return;
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!started) {
          if (buffer.length < 4) return;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) return;
          const code = buffer.readInt32BE(4);
          buffer = buffer.subarray(length);
          // SSLRequest: no.
          if (code === 80877103) {
            socket.write('N');
            continue;
          }
          started = true;
          socket.write(Buffer.concat([AUTH_OK, message('K', Buffer.concat([int32(1), int32(2)])), READY]));
          continue;
        }
        if (buffer.length < 5) return;
        const type = String.fromCharCode(buffer[0]!);
        const length = buffer.readInt32BE(1);
        if (buffer.length < length + 1) return;
        buffer = buffer.subarray(length + 1);
        if (type === 'X') return void socket.end();
        if (fake.mode !== 'answer') continue;
        if (type === 'Q') socket.write(Buffer.concat([COMPLETE, READY]));
        else if (type === 'P') socket.write(message('1'));
        else if (type === 'B') socket.write(message('2'));
        else if (type === 'D') socket.write(message('n'));
        else if (type === 'E') socket.write(COMPLETE);
        else if (type === 'S') socket.write(READY);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.url = `postgres://marsad:secret@127.0.0.1:${port}/marsad`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return fake;
}
