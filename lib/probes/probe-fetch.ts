// The fetch probes use: undici's own (the library behind Node's fetch), so the connection pool can be
// given a DNS lookup. Requests of monitors that may not reach private networks go through a pool whose
// lookup refuses non-public addresses (publicOnlyLookup): the check applies to the addresses the socket
// really connects to, closing the gap a DNS-rebinding host would otherwise have between the guard's
// lookup and the socket's.
import { Agent, fetch as undiciFetch, type Dispatcher } from 'undici';
import { publicOnlyLookup } from './address-guard';

export const PUBLIC_ONLY_DISPATCHER: Dispatcher = new Agent({ connect: { lookup: publicOnlyLookup } });

/** undici's fetch under the global fetch's type (the same API; `dispatcher` is its one extension). */
export const probeFetch = undiciFetch as unknown as typeof fetch;
