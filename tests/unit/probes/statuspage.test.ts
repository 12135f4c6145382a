// The statuspage probe reads a company's own components (by id, else name) and unresolved incidents;
// its outcome follows the worst selected component and ignores the page's overall indicator.
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
        expect.objectContaining({ id, title: 'Delayed trades on Advanced Trade', phase: 'investigating', impact: 'major', createdAt: createdAt.toISOString(), url: `${page.pageUrl}/incidents/${id}`, componentIds: [ADV_TRADE.id] }),
      ]);
    } finally {
      page.resolveIncident(id);
    }
    expect((await runProbe(monitor([ADV_TRADE]), ctx)).facts.incidents).toEqual([]);
  });
});
