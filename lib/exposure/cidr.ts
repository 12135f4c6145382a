// Addresses and prefixes as numbers: IPv4 as an unsigned 32-bit number, IPv6 as a 128-bit bigint, so a
// prefix test is a mask and a compare. IPv4 carried in IPv6 (::ffff:a.b.c.d, either spelling) is read as
// the IPv4 inside: sockets on a dual-stack listener report IPv4 peers that way. Pure: no Node modules.

export type Family = 4 | 6;

export interface ParsedAddress {
  family: Family;
  /** IPv4: 0 … 2^32-1 (as bigint too, so both families share one code path). IPv6: 0 … 2^128-1. */
  value: bigint;
}

export interface ParsedPrefix extends ParsedAddress {
  length: number;
  /** Canonical text: network address with host bits cleared, e.g. `3.4.0.0/16`, `2600:1f18::/33`. */
  text: string;
}

const V4_PART = /^(?:0|[1-9]\d{0,2})$/;

function parseIPv4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!V4_PART.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = (value << 8n) | BigInt(n);
  }
  return value;
}

function parseIPv6(text: string): bigint | null {
  if (text.length > 45 || !/^[0-9a-f:.]+$/i.test(text)) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groupsOf = (part: string): bigint[] | null => {
    if (part === '') return [];
    const out: bigint[] = [];
    const pieces = part.split(':');
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIPv4(piece);
        if (v4 === null) return null;
        out.push(v4 >> 16n, v4 & 0xffffn);
      } else if (/^[0-9a-f]{1,4}$/i.test(piece)) out.push(BigInt(parseInt(piece, 16)));
      else return null;
    }
    return out;
  };
  const head = groupsOf(halves[0]!);
  const tail = halves.length === 2 ? groupsOf(halves[1]!) : [];
  if (!head || !tail) return null;
  // A dotted tail may only end the address.
  if (halves.length === 2 && halves[0]!.includes('.')) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<bigint>(halves.length === 2 ? missing : 0).fill(0n), ...tail];
  return groups.reduce((acc, g) => (acc << 16n) | g, 0n);
}

const MAPPED_V4_BASE = 0xffffn << 32n;
const V4_MASK = 0xffffffffn;

/** An IPv4 or IPv6 address (a zone index such as `%eth0` is ignored); null when it is not one. */
export function parseAddress(input: string): ParsedAddress | null {
  if (typeof input !== 'string') return null;
  const text = input.trim().replace(/^\[(.*)\]$/, '$1').replace(/%[\w.-]+$/, '');
  if (text.includes(':')) {
    const value = parseIPv6(text);
    if (value === null) return null;
    if (value >> 32n === 0xffffn) return { family: 4, value: value & V4_MASK };
    return { family: 6, value };
  }
  const value = parseIPv4(text);
  return value === null ? null : { family: 4, value };
}

export const BITS: Record<Family, number> = { 4: 32, 6: 128 };

/** The network of `value` at `length` bits (host bits cleared). */
export function networkOf(value: bigint, family: Family, length: number): bigint {
  const host = BigInt(BITS[family] - length);
  return (value >> host) << host;
}

export function formatAddress(family: Family, value: bigint): string {
  if (family === 4) return [24n, 16n, 8n, 0n].map((s) => Number((value >> s) & 255n)).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn));
  // The longest run of two or more zero groups becomes '::' (RFC 5952).
  let best = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [best, bestLength] = [i, j - i];
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLength).join(':')}`;
}

/** A CIDR prefix (`a.b.c.d/n`, `x::/n`); host bits set in the input are cleared. Null when malformed. */
export function parsePrefix(input: string): ParsedPrefix | null {
  if (typeof input !== 'string') return null;
  const match = /^([^/\s]+)\/(\d{1,3})$/.exec(input.trim());
  if (!match) return null;
  const raw = match[1]!;
  const length = Number(match[2]);
  // Parsed without the mapped-IPv4 shortcut: a published IPv6 prefix stays IPv6.
  const family: Family = raw.includes(':') ? 6 : 4;
  const value = family === 6 ? parseIPv6(raw) : parseIPv4(raw);
  if (value === null || length > BITS[family]) return null;
  const network = networkOf(value, family, length);
  return { family, value: network, length, text: `${formatAddress(family, network)}/${length}` };
}

/** IPv4 inside IPv6 (::ffff:0:0/96) as the IPv4 prefix it covers, so it matches addresses read as IPv4. */
export function unmapPrefix(prefix: ParsedPrefix): ParsedPrefix {
  if (prefix.family !== 6 || prefix.length < 96 || prefix.value >> 32n !== 0xffffn) return prefix;
  const v4: ParsedPrefix = { family: 4, value: prefix.value - MAPPED_V4_BASE, length: prefix.length - 96, text: '' };
  return { ...v4, text: `${formatAddress(4, v4.value)}/${v4.length}` };
}

/** Whether `inner` lies within `outer` (same family, at least as long). */
export function contains(outer: ParsedPrefix, inner: ParsedPrefix): boolean {
  return outer.family === inner.family && outer.length <= inner.length && networkOf(inner.value, inner.family, outer.length) === outer.value;
}
