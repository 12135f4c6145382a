import { describe, expect, it } from 'vitest';
import { readFrontSettings } from '@/lib/front/server/settings';
import { clientOf } from '@/lib/front/server/worker';

describe('front settings', () => {
  it('refuses bad ports, hosts and worker counts with the setting named', () => {
    expect(() => readFrontSettings({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => readFrontSettings({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => readFrontSettings({ HOST: '256.1.1.1' })).toThrow(/HOST/);
    expect(() => readFrontSettings({ MARSAD_FRONT_WORKERS: '0' })).toThrow(/MARSAD_FRONT_WORKERS/);
    expect(() => readFrontSettings({ MARSAD_TRUSTED_PROXIES: 'proxy.example' })).toThrow(/MARSAD_TRUSTED_PROXIES/);
    expect(() => readFrontSettings({ MARSAD_PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/MARSAD_PUBLIC_URL/);
  });

  it('takes a fixed local origin when MARSAD_PUBLIC_URL is unset, and a 128 MB cache by default', () => {
    const s = readFrontSettings({ PORT: '3100' });
    expect(s.publicOrigin).toBe('http://localhost:3100');
    expect(s.cacheBytes).toBe(128 * 1024 * 1024);
    expect(readFrontSettings({ MARSAD_PUBLIC_URL: 'https://marsad.example/x/' }).publicOrigin).toBe('https://marsad.example');
  });
});

describe('rate-limit client', () => {
  const req = (remote: string, xff?: string) => ({ socket: { remoteAddress: remote }, headers: xff ? { 'x-forwarded-for': xff } : {} }) as never;
  it('is the socket unless a trusted proxy forwards', () => {
    const none = readFrontSettings({});
    expect(clientOf(req('203.0.113.5', '198.51.100.1'), none)).toBe('203.0.113.5');
    const trusted = readFrontSettings({ MARSAD_TRUSTED_PROXIES: '10.0.0.1' });
    expect(clientOf(req('10.0.0.1', '198.51.100.1'), trusted)).toBe('198.51.100.1');
    // A forged first hop does not pick the client: the nearest untrusted hop does.
    expect(clientOf(req('::ffff:10.0.0.1', '192.0.2.66, 198.51.100.1'), trusted)).toBe('198.51.100.1');
  });
});
