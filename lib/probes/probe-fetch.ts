// The fetch probes use: undici's own (the library behind Node's fetch), so the connection pool can be
// given a DNS lookup and a connector. Requests of monitors that may not reach private networks connect
// through a lookup that refuses non-public addresses (publicOnlyLookup): the check applies to the
// addresses the socket really connects to, closing the gap a DNS-rebinding host would otherwise have
// between the guard's lookup and the socket's.
//
// Each probe run gets its own small pool (recordConnections), so the address its sockets connected to
// is known for that run alone, however many runs are in flight at once: undici tells a request's
// handler nothing about its socket, and a shared pool would hand a run a socket another run opened.
// The connectors (and their TLS session caches) are shared, so a new pool still resumes TLS sessions;
// what is given up is keeping a connection open from one run to the next, which undici's 4-second
// keep-alive rarely allowed at probe intervals of 30 s and more.
import { Agent, buildConnector, fetch as undiciFetch, type Dispatcher } from 'undici';
import { publicOnlyLookup } from './address-guard';

const PUBLIC_ONLY_CONNECTOR = buildConnector({ lookup: publicOnlyLookup });
const ANY_CONNECTOR = buildConnector({});

/** undici's fetch under the global fetch's type (the same API; `dispatcher` is its one extension). */
export const probeFetch = undiciFetch as unknown as typeof fetch;

export interface ConnectionRecorder {
  /** The dispatcher to give fetch (`dispatcher` in its init): every socket it opens is this run's. */
  readonly dispatcher: Dispatcher;
  /** The remote address of the socket this run connected last (`::ffff:a.b.c.d` stays as the socket says). */
  readonly address: string | undefined;
  /** Closes the run's sockets; call once the run has read everything. */
  close(): void;
}

/**
 * A pool for one probe run that records the address each of its sockets connected to. With
 * `publicOnly`, its lookup refuses non-public addresses (the catalog's default); without it (a monitor
 * with allowPrivateNetwork, the lab, the tests), any address is allowed and still recorded.
 */
export function recordConnections(options: { publicOnly: boolean }): ConnectionRecorder {
  const base = options.publicOnly ? PUBLIC_ONLY_CONNECTOR : ANY_CONNECTOR;
  let address: string | undefined;
  let agent: Agent | undefined;
  const connect: buildConnector.connector = (connectOptions, callback) =>
    base(connectOptions, (...args) => {
      const socket = args[1];
      if (socket?.remoteAddress) address = socket.remoteAddress;
      callback(...args);
    });
  return {
    get dispatcher() {
      agent ??= new Agent({ connect });
      return agent;
    },
    get address() {
      return address;
    },
    close() {
      agent?.destroy().catch(() => undefined);
    },
  };
}
