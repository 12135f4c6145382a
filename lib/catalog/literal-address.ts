// Whether a monitor URL names a loopback, private or link-local address literally (http://10.0.0.5/,
// http://[::1]/). The catalog refuses those at start unless the monitor sets allowPrivateNetwork, so an
// operator learns it from the start-up error rather than from a silent "blocked" status. Host names
// that resolve to such addresses are caught when probing (lib/probes/address-guard.ts). Pure string
// work, no Node modules: the catalog is read by client code too.

function ipv4Octets(host: string): number[] | null {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  const octets = parts.map(Number);
  return octets.every((o) => o <= 255) ? octets : null;
}

function nonPublicIPv4([a, b]: number[]): boolean {
  return a === 0 || a === 10 || a === 127 || (a === 100 && b! >= 64 && b! <= 127) || (a === 169 && b === 254) || (a === 172 && b! >= 16 && b! <= 31) || (a === 192 && b === 168) || a! >= 224;
}

/** True when `url`'s host is an IP literal in a loopback, private, link-local or reserved range. */
export function namesNonPublicAddress(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  const v4 = ipv4Octets(host);
  if (v4) return nonPublicIPv4(v4);
  if (!host.startsWith('[')) return false;
  const v6 = host.slice(1, -1);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(v6);
  if (mapped) return nonPublicIPv4(ipv4Octets(mapped[1]!) ?? [0]);
  const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(v6);
  if (mappedHex) return nonPublicIPv4([parseInt(mappedHex[1]!, 16) >> 8, parseInt(mappedHex[1]!, 16) & 255]);
  return v6 === '::' || v6 === '::1' || /^f[cd][0-9a-f]{0,2}:/.test(v6) || /^fe[89ab][0-9a-f]?:/.test(v6) || /^ff[0-9a-f]{0,2}:/.test(v6);
}
