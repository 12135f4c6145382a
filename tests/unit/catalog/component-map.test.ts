// The catalog's Statuspage component entries (lib/catalog/schema.ts): each names a component by id or by name,
// for company pages and for the Statuspage cloud feed alike, and the built-in catalog maps Cloudflare's and
// Coinbase's components instead of taking every incident or component on their pages.
import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/catalog';
import { monitorSchema } from '@/lib/catalog/schema';

const base = { id: 'm', operator: 'o', role: 'reported', url: 'https://status.example.com/api/v2/summary.json' } as const;

describe('component entries', () => {
  it('need an id or a name', () => {
    const parsed = monitorSchema.safeParse({ ...base, kind: 'statuspage', components: [{}] });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toMatch(/an id or a name/);
  });

  it('take an id, a name, or both (the id decides)', () => {
    const parsed = monitorSchema.parse({ ...base, kind: 'statuspage', components: [{ id: 'abc' }, { name: 'API' }, { id: 'def', name: 'Base' }] });
    expect(parsed.kind === 'statuspage' && parsed.components).toHaveLength(3);
  });

  it('a Statuspage cloud feed takes them too, and defaults to none', () => {
    const feed = monitorSchema.parse({ ...base, kind: 'cloud-feed', format: 'statuspage', components: [{ name: 'CDN/Cache' }] });
    expect(feed.kind === 'cloud-feed' && feed.components).toEqual([{ name: 'CDN/Cache' }]);
    const aws = monitorSchema.parse({ ...base, kind: 'cloud-feed', format: 'aws-rss' });
    expect(aws.kind === 'cloud-feed' && aws.components).toEqual([]);
  });
});

describe('the built-in catalog', () => {
  const monitors = getCatalog({}).services.flatMap((s) => s.monitors);
  it('maps Cloudflare: CDN, DNS, network and the regions, not billing', () => {
    const cloudflare = monitors.find((m) => m.id === 'cloudflare-statuspage');
    const names = cloudflare?.kind === 'cloud-feed' ? cloudflare.components.map((c) => c.name) : [];
    expect(names).toEqual(expect.arrayContaining(['CDN/Cache', 'Authoritative DNS', 'Europe', 'Middle East']));
    expect(names).not.toContain('Billing');
  });

  it('maps Coinbase: trading, the API and Base, not every component on the page', () => {
    const coinbase = monitors.find((m) => m.id === 'coinbase-statuspage');
    expect(coinbase?.kind === 'statuspage' ? coinbase.components.map((c) => c.name) : []).toEqual(['Trading', 'Advanced Trade', 'API', 'Base']);
  });
});
