// The statuspage probe reads a company's own components (by id, else by normalised name, a group mapping its
// members) and the unresolved incidents on them; its outcome follows the worst selected component and ignores
// the page's overall indicator. Unmapped components are named in the detail, never counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProbe } from '@/lib/probes/registry';
import { fakeProbeContext, startFakeStatuspage, testMonitor, type FakeStatuspage } from '@/tests/fixtures/fake-upstreams';

const ctx = fakeProbeContext();
let page: FakeStatuspage;

beforeAll(async () => void (page = await startFakeStatuspage()));
afterAll(() => page.close());

const monitor = (components: { id?: string; name?: string }[] = []) => testMonitor({ kind: 'statuspage', url: page.url, role: 'reported', components });
const ADV_TRADE = { id: 'cmp0advtrade0' };

async function withStatus<T>(id: string, status: Parameters<FakeStatuspage['setComponentStatus']>[1], run: () => Promise<T>): Promise<T> {
  page.setComponentStatus(id, status);
  try {
    return await run();
  } finally {
    page.setComponentStatus(id, 'operational');
  }
}

describe('statuspage probe', () => {
  it('every component operational → up, with all components in facts when none are selected', async () => {
    const result = await runProbe(monitor(), ctx);
    expect(result).toMatchObject({ outcome: 'up', reason: null });
    expect(result.facts.components).toHaveLength(5);
    expect(result.facts.incidents).toEqual([]);
  });

  it.each([
    ['degraded_performance', 'degraded', 'reported_incident'],
    ['partial_outage', 'down', 'reported_incident'],
    ['major_outage', 'down', 'reported_incident'],
    ['under_maintenance', 'degraded', null],
  ] as const)('the selected component %s → %s', async (status, outcome, reason) => {
    const result = await withStatus(ADV_TRADE.id, status, () => runProbe(monitor([ADV_TRADE]), ctx));
    expect(result).toMatchObject({ outcome, reason, facts: { components: [{ id: ADV_TRADE.id, status }] } });
    if (status === 'under_maintenance') expect(result.facts.detail).toMatch(/^maintenance/);
  });

  it('ignores the overall indicator: another component in major outage leaves the selected one up', async () => {
    // Coinbase's "Solana" component is its Solana withdrawals, not Coinbase's trading.
    const result = await withStatus('cmp0solana000', 'major_outage', () => runProbe(monitor([ADV_TRADE]), ctx));
    expect(result).toMatchObject({ outcome: 'up', reason: null });
    expect(result.facts.components).toEqual([{ id: ADV_TRADE.id, name: 'Advanced Trade', status: 'operational' }]);
  });

  it('selects by exact name when no id is given, worst of several', async () => {
    const result = await withStatus('cmp0api000000', 'partial_outage', () => runProbe(monitor([{ name: 'Advanced Trade' }, { name: 'API' }]), ctx));
    expect(result).toMatchObject({ outcome: 'down', reason: 'reported_incident' });
    expect(result.facts.detail).toMatch(/API: partial_outage/);
  });

  it('a component missing from the page is a catalog problem → ineligible, with a detail', async () => {
    const result = await runProbe(monitor([{ id: 'renamed00000' }]), ctx);
    expect(result).toMatchObject({ outcome: 'ineligible', reason: 'invalid_response' });
    expect(result.facts.detail).toMatch(/renamed00000/);
  });

  it('lists unresolved incidents with created_at, link and component ids; resolved ones disappear', async () => {
    const createdAt = new Date('2025-10-20T07:11:00Z');
    const id = page.openIncident({ name: 'Delayed trades on Advanced Trade', impact: 'major', componentIds: [ADV_TRADE.id], createdAt });
    try {
      const result = await runProbe(monitor([ADV_TRADE]), ctx);
      expect(result.facts.incidents).toEqual([
        expect.objectContaining({ id, title: 'Delayed trades on Advanced Trade', phase: 'investigating', impact: 'major', createdAt: createdAt.toISOString(), url: `${page.pageUrl.replace(/^http:/, 'https:')}/incidents/${id}`, componentIds: [ADV_TRADE.id] }),
      ]);
    } finally {
      page.resolveIncident(id);
    }
    expect((await runProbe(monitor([ADV_TRADE]), ctx)).facts.incidents).toEqual([]);
  });

  it('incident links are https even when the page calls itself http (Cloudflare does)', async () => {
    expect(page.pageUrl).toMatch(/^http:/);
    const id = page.openIncident({ name: 'Elevated API errors', componentIds: ['cmp0api000000'] });
    try {
      const [incident] = (await runProbe(monitor(), ctx)).facts.incidents!;
      expect(incident!.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/incidents\//);
    } finally {
      page.resolveIncident(id);
    }
  });

  it('names match after NFKC, collapsed whitespace and case; nothing looser ("API" is not "API Requests")', async () => {
    const result = await withStatus('cmp0api000000', 'major_outage', () => runProbe(monitor([{ name: '  advanced\u00a0 TRADE ' }, { name: 'api' }]), ctx));
    expect(result).toMatchObject({ outcome: 'down', reason: 'reported_incident' });
    expect(result.facts.components!.map((c) => c.id)).toEqual(['cmp0advtrade0', 'cmp0api000000']);
    const loose = await runProbe(monitor([{ name: 'Advanced' }]), ctx);
    expect(loose).toMatchObject({ outcome: 'ineligible', reason: 'invalid_response' });
  });

  it('an id decides alone: a wrong id with the correct name does not fall back to the name', async () => {
    const result = await runProbe(monitor([{ id: 'renamed00000', name: 'Advanced Trade' }]), ctx);
    expect(result).toMatchObject({ outcome: 'ineligible', reason: 'invalid_response' });
    expect(result.facts.detail).toMatch(/components not on the page: Advanced Trade/);
  });

  it('mapping a group maps its members', async () => {
    const result = await withStatus('cmp0api000000', 'degraded_performance', () => runProbe(monitor([{ name: 'Trading' }]), ctx));
    expect(result).toMatchObject({ outcome: 'degraded', reason: 'reported_incident' });
    expect(result.facts.components!.map((c) => c.id).sort()).toEqual(['cmp0advtrade0', 'cmp0api000000', 'grp0trading00']);
  });

  it('an unmapped per-asset component in outage is named in the detail, not counted (Coinbase: withdrawals are not trading)', async () => {
    const result = await withStatus('cmp0solana000', 'major_outage', () => runProbe(monitor([{ name: 'Trading' }]), ctx));
    expect(result).toMatchObject({ outcome: 'up', reason: null });
    expect(result.facts.detail).toBe('not counted: Solana: major_outage');
  });

  it('incidents count on mapped components or when they name none; an incident on an unmapped one is dropped', async () => {
    const onSolana = page.openIncident({ name: 'Delayed SOL withdrawals', impact: 'minor', componentIds: ['cmp0solana000'] });
    const onApi = page.openIncident({ name: 'API latency', impact: 'minor', componentIds: ['cmp0api000000'] });
    const unplaced = page.openIncident({ name: 'We are investigating reports of issues' });
    try {
      const mapped = await runProbe(monitor([{ name: 'Trading' }]), ctx);
      expect(mapped.facts.incidents!.map((i) => i.id).sort()).toEqual([onApi, unplaced].sort());
      const unmappedPage = await runProbe(monitor(), ctx);
      expect(unmappedPage.facts.incidents).toHaveLength(3);
    } finally {
      for (const id of [onSolana, onApi, unplaced]) page.resolveIncident(id);
    }
  });
});
