import { describe, expect, it } from 'vitest';
import { CatalogError, parseCatalog } from '@/lib/catalog';
import { builtinCatalog } from '@/lib/catalog/services';
import { namesNonPublicAddress } from '@/lib/catalog/literal-address';

describe('private address literals in the catalog', () => {
  it('recognizes loopback, private, link-local and mapped literals, not public ones or names', () => {
    for (const url of ['http://127.0.0.1:8545/', 'http://10.1.2.3/', 'http://169.254.169.254/latest', 'http://[::1]/', 'http://[fe80::1]/', 'http://[::ffff:192.168.0.1]/', 'http://172.20.0.1/'])
      expect(namesNonPublicAddress(url), url).toBe(true);
    for (const url of ['https://1.1.1.1/', 'https://example.com/', 'http://localhost.example/', 'https://[2606:4700::1111]/'])
      expect(namesNonPublicAddress(url), url).toBe(false);
  });

  it('refuses such a monitor at start with the field’s path, unless it allows the private network', () => {
    const catalog = structuredClone(builtinCatalog) as { services: { monitors: { url?: string; allowPrivateNetwork?: boolean }[] }[] };
    const index = catalog.services.findIndex((s) => s.monitors.some((m) => typeof m.url === 'string'));
    const monitor = catalog.services[index]!.monitors.findIndex((m) => typeof m.url === 'string');
    catalog.services[index]!.monitors[monitor]!.url = 'http://127.0.0.1:8545/';
    expect(() => parseCatalog(catalog, 'test')).toThrow(CatalogError);
    expect(() => parseCatalog(catalog, 'test')).toThrow(`services[${index}].monitors[${monitor}].url`);
    catalog.services[index]!.monitors[monitor]!.allowPrivateNetwork = true;
    expect(() => parseCatalog(catalog, 'test')).not.toThrow();
  });
});
