// Refuses to probe hosts that resolve to loopback, private, link-local or otherwise non-public addresses,
// so a catalog entry (or a redirect) cannot turn Marsad into a scanner of its own network. Checked twice:
// before each request (assertPublicHost, a clear early answer), and again on the addresses the socket is
// about to connect to (publicOnlyLookup, used by probe-fetch.ts), because the socket resolves the name
// anew and a DNS-rebinding host could answer differently the second time.
import { lookup as dnsLookupCallback, type LookupAddress, type LookupOptions } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { raceSignal } from './deadline';
import { NON_PUBLIC_ADDRESS_CODE, ProbeFailure, classifyError } from './failure';

const NON_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, incl. cloud metadata 169.254.169.254
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
] as const) NON_PUBLIC.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // old site-local
  ['ff00::', 8], // multicast
] as const) NON_PUBLIC.addSubnet(net, prefix, 'ipv6');

/** IPv4 embedded in IPv6 (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96): judged by the IPv4 inside. */
function embeddedIPv4(address: string): string | undefined {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return undefined;
  const hi = parseInt(hex[1]!, 16);
  const lo = parseInt(hex[2]!, 16);
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

export function isNonPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return NON_PUBLIC.check(address, 'ipv4');
  if (family !== 6) return true; // not an address at all: never trust it
  const v4 = embeddedIPv4(address);
  return v4 ? isNonPublicAddress(v4) : NON_PUBLIC.check(address, 'ipv6');
}

export type LookupFn = (host: string) => Promise<string[]>;

async function lookupAll(host: string): Promise<string[]> {
  const answers = await dnsLookup(host, { all: true, verbatim: true });
  return answers.map((a) => a.address);
}

/**
 * Throws a `private_address` failure (outcome ineligible: it says nothing about the target) when the URL's
 * host is or resolves to a non-public address, and a `dns` failure when it does not resolve.
 */
export async function assertPublicHost(url: URL, signal: AbortSignal, lookup: LookupFn = lookupAll): Promise<void> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await raceSignal(lookup(host), signal);
    } catch (err) {
      const failure = classifyError(err, signal);
      // Whatever a resolver throws, short of our own deadline or a shutdown, is a name-resolution failure.
      if (failure.reason === 'timeout' || failure.outcome === 'ineligible') throw failure;
      throw new ProbeFailure('down', 'dns', failure.reason === 'dns' ? failure.message : `name resolution failed: ${failure.message}`);
    }
  }
  if (addresses.length === 0) throw new ProbeFailure('down', 'dns', `no address for ${host}`);
  const refused = addresses.find(isNonPublicAddress);
  if (refused !== undefined) {
    throw new ProbeFailure(
      'ineligible',
      'private_address',
      `refused: ${host} resolves to non-public address ${refused} (set allowPrivateNetwork to probe it)`,
    );
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `dns.lookup` for sockets that fails when any address a name resolves to is non-public. */
export function publicOnlyLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookupCallback(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.find((a) => isNonPublicAddress(a.address));
    if (refused) {
      const message = `refused: ${hostname} resolved to non-public address ${refused.address} when connecting`;
      return callback(Object.assign(new Error(message), { code: NON_PUBLIC_ADDRESS_CODE }), []);
    }
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}
