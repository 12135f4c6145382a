import { describe, expect, it } from 'vitest';
import { parseAddress, parsePrefix } from '@/lib/exposure/cidr';
import { createAddressMapper, type MapperFeed } from '@/lib/exposure/map-address';
import { getSnapshotTable } from '@/lib/exposure/snapshot';

const cloud: MapperFeed = {
  id: 'cloud',
  dataDate: '2025-07-24',
  refreshUrls: null,
  providers: [
    {
      id: 'aws',
      name: 'AWS',
      kind: 'cloud',
      groups: [
        { region: 'us-east-1', prefixes: ['3.80.0.0/12', '2600:1f18::/33', '::ffff:44.192.0.0/106'] },
        { region: 'us-west-2', prefixes: ['3.88.0.0/16'] },
        { region: 'eu-west-1', prefixes: ['3.88.7.0/24', '3.88.7.9/32'] },
        { region: null, prefixes: ['3.0.0.0/8', 'not-a-prefix'] },
      ],
    },
  ],
};
const cdn: MapperFeed = {
  id: 'edge',
  dataDate: '2024-10-29',
  refreshUrls: null,
  origin: 'fetched',
  providers: [{ id: 'cloudflare', name: 'Cloudflare', kind: 'cdn', groups: [{ region: 'ignored-for-a-cdn', prefixes: ['104.16.0.0/13', '2606:4700::/32'] }] }],
};
const map = createAddressMapper([cloud, cdn]);

describe('mapping an address to a provider and region', () => {
  it.each([
    ['3.1.2.3', 'aws', null, '3.0.0.0/8'],
    ['3.80.1.1', 'aws', 'us-east-1', '3.80.0.0/12'],
    ['3.88.1.1', 'aws', 'us-west-2', '3.88.0.0/16'],
    ['3.88.7.1', 'aws', 'eu-west-1', '3.88.7.0/24'],
    ['3.88.7.9', 'aws', 'eu-west-1', '3.88.7.9/32'],
    ['3.95.255.255', 'aws', 'us-east-1', '3.80.0.0/12'],
    ['3.96.0.0', 'aws', null, '3.0.0.0/8'],
  ])('IPv4 %s → %s %s (overlapping prefixes: the most specific wins)', (address, providerId, region, prefix) => {
    expect(map(address)).toMatchObject({ providerId, region, prefix, kind: 'cloud', snapshotDate: '2025-07-24', origin: 'snapshot' });
  });

  it.each([
    ['2600:1f18:1234::1', 'us-east-1', '2600:1f18::/33'],
    ['2600:1F18:7FFF:FFFF::', 'us-east-1', '2600:1f18::/33'],
  ])('IPv6 %s → %s', (address, region, prefix) => {
    expect(map(address)).toMatchObject({ providerId: 'aws', region, prefix });
  });

  it('IPv6 outside every prefix (the other half of a /32) → null', () => {
    expect(map('2600:1f18:8000::1')).toBeNull();
  });

  it.each(['::ffff:3.80.1.1', '::ffff:0350:0101', '[::ffff:3.80.1.1]'])('IPv4-mapped IPv6 %s is read as the IPv4 inside', (address) => {
    expect(map(address)).toMatchObject({ providerId: 'aws', region: 'us-east-1' });
  });

  it('a published ::ffff:a.b.c.d/n prefix covers the IPv4 block inside it', () => {
    expect(map('44.200.1.1')).toMatchObject({ providerId: 'aws', region: 'us-east-1', prefix: '44.192.0.0/10' });
  });

  it('a CDN match says "behind the CDN": kind cdn, never a region, its own date and origin', () => {
    expect(map('104.18.3.4')).toEqual({
      providerId: 'cloudflare',
      providerName: 'Cloudflare',
      kind: 'cdn',
      region: null,
      prefix: '104.16.0.0/13',
      snapshotDate: '2024-10-29',
      origin: 'fetched',
    });
    expect(map('2606:4700::6810:1')).toMatchObject({ providerId: 'cloudflare', kind: 'cdn', region: null });
  });

  it.each(['8.8.8.8', '127.0.0.1', '::1', '2001:db8::1'])('no provider publishes %s → null', (address) => {
    expect(map(address)).toBeNull();
  });

  it.each(['', 'example.com', '3.80.1', '3.80.1.256', '03.80.1.1', '1.2.3.4.5', '1::2::3', '2600:1f18::1::', '12345::', ':::', '3.80.1.1/32', ' ', 'fe80::1%'])(
    'malformed input %j → null, never a throw',
    (address) => {
      expect(map(address)).toBeNull();
    },
  );

  it('ignores an IPv6 zone index', () => {
    expect(map('2600:1f18::1%eth0')).toMatchObject({ region: 'us-east-1' });
  });

  it('takes extra tables: listed first, the lab\'s fake provider wins even over an identical prefix', () => {
    const lab: MapperFeed = {
      id: 'lab',
      dataDate: '2026-01-01',
      refreshUrls: null,
      providers: [{ id: 'lab-cloud', name: 'Lab Cloud', kind: 'cloud', groups: [{ region: 'lab-east-1', prefixes: ['127.0.0.0/24', '3.0.0.0/8'] }] }],
    };
    const withLab = createAddressMapper([lab, cloud]);
    expect(withLab('127.0.0.7')).toMatchObject({ providerId: 'lab-cloud', region: 'lab-east-1' });
    expect(withLab('3.1.1.1')).toMatchObject({ providerId: 'lab-cloud' });
    expect(withLab('3.80.1.1')).toMatchObject({ providerId: 'aws', region: 'us-east-1' });
  });

  it('handles /0 and /32 (/128) at the ends', () => {
    const ends = createAddressMapper([
      { id: 'x', dataDate: '2025-01-01', refreshUrls: null, providers: [{ id: 'x', name: 'X', kind: 'cloud', groups: [{ region: 'all', prefixes: ['0.0.0.0/0', '255.255.255.255/32', '::1/128'] }] }] },
    ]);
    expect(ends('1.2.3.4')).toMatchObject({ prefix: '0.0.0.0/0' });
    expect(ends('255.255.255.255')).toMatchObject({ prefix: '255.255.255.255/32' });
    expect(ends('::1')).toMatchObject({ prefix: '::1/128' });
  });
});

describe('the address and prefix readers', () => {
  it('canonicalise prefixes (host bits cleared, IPv6 compressed)', () => {
    expect(parsePrefix('4.145.74.53/30')?.text).toBe('4.145.74.52/30');
    expect(parsePrefix('2600:1F18:0000:0:0:0:0:0/33')?.text).toBe('2600:1f18::/33');
    expect(parsePrefix('2a01:7e00:0:0:1:0:0:0/64')?.text).toBe('2a01:7e00::/64');
    expect(parsePrefix('1.2.3.4/33')).toBeNull();
    expect(parsePrefix('1.2.3.4')).toBeNull();
  });
  it('read addresses of both families', () => {
    expect(parseAddress('1.2.3.4')).toEqual({ family: 4, value: 0x01020304n });
    expect(parseAddress('::')).toEqual({ family: 6, value: 0n });
    expect(parseAddress('1:2:3:4:5:6:7:8')?.family).toBe(6);
    expect(parseAddress('1:2:3:4:5:6:1.2.3.4')?.family).toBe(6);
    expect(parseAddress('1:2:3:4:5:6:7:8:9')).toBeNull();
  });
});

describe('the shipped table', () => {
  const real = createAddressMapper(getSnapshotTable().feeds);

  it('maps known published addresses: AWS us-east-1, Cloudflare, CloudFront, Google Cloud', () => {
    expect(real('3.80.0.1')).toMatchObject({ providerId: 'aws', region: 'us-east-1', kind: 'cloud' });
    expect(real('104.16.0.1')).toMatchObject({ providerId: 'cloudflare', kind: 'cdn', region: null });
    expect(real('13.32.0.1')).toMatchObject({ providerId: 'cloudfront', kind: 'cdn', region: null });
    expect(real('34.35.0.1')).toMatchObject({ providerId: 'google-cloud', region: 'africa-south1' });
  });

  it('is fast: a lookup averages well under 50 µs over the ~27,000 prefixes (about 3–10 µs measured; a linear scan takes milliseconds)', () => {
    const addresses = Array.from({ length: 20_000 }, (_, i) => (i % 3 === 0 ? `2600:1f18::${(i * 7919).toString(16)}` : `${3 + (i % 200)}.${i % 256}.${(i * 7) % 256}.${(i * 13) % 256}`));
    for (const a of addresses.slice(0, 2000)) real(a); // warm up
    const started = performance.now();
    for (const a of addresses) real(a);
    const perCallUs = ((performance.now() - started) * 1000) / addresses.length;
    expect(perCallUs).toBeLessThan(50);
  });
});
