// The lab's story (scripts/lab/scenario.ts) and its world's catalog (scripts/lab/catalog.ts): the timeline
// keeps the shape the lab promises (docs/lab.md § The story) at any compression, and the generated
// catalog and address table pass the same checks the server and the exposure map apply.
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '@/lib/catalog';
import { rangeTableSchema } from '@/lib/exposure/table';
import { E2E_PACE, LAB_ADDRESSES, LAB_CLOUD, LAB_PACE, LAB_REGION_PREFIXES, labCatalog, labRangeTable, type LabUrls } from '@/scripts/lab/catalog';
import { SCENARIO, failingServices, scheduleScenario, type LabAction, type ScenarioStep } from '@/scripts/lab/scenario';

const at = (kind: LabAction['kind'], service?: string) => {
  const step = SCENARIO.find((s) => s.action.kind === kind && (service === undefined || ('service' in s.action && s.action.service === service)));
  if (!step) throw new Error(`no ${kind} ${service ?? ''}`);
  return step.atSec;
};
const recoveries = (steps: readonly ScenarioStep[]) => steps.filter((s) => s.action.kind === 'exchange-recover' || s.action.kind === 'rpc-recover');

describe('the lab scenario', () => {
  it('fails the services on lab-east-1 one after another, and nothing else', () => {
    expect(failingServices()).toEqual(['lab-exchange-a', 'lab-rpc', 'lab-exchange-b', 'lab-exchange-c']);
    const starts = failingServices().map((id) => SCENARIO.find((s) => 'service' in s.action && s.action.service === id)!.atSec);
    // Staggered: no two members fail at once.
    expect(new Set(starts).size).toBe(starts.length);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // The chains and the exchange in the other region are never touched.
    for (const step of SCENARIO) {
      if ('service' in step.action) expect(['lab-bitcoin', 'lab-ethereum', 'lab-solana', 'lab-rollup', 'lab-exchange-d']).not.toContain(step.action.service);
    }
  });

  it('has the cloud report a while after the first failure, and resolve after the last recovery', () => {
    const firstFailure = Math.min(...failingServices().map((id) => SCENARIO.find((s) => 'service' in s.action && s.action.service === id)!.atSec));
    expect(at('cloud-report') - firstFailure).toBeGreaterThanOrEqual(60); // the vendor lag, visible
    expect(at('cloud-report')).toBeLessThan(Math.min(...recoveries(SCENARIO).map((s) => s.atSec)));
    expect(at('cloud-resolve')).toBeGreaterThan(Math.max(...recoveries(SCENARIO).map((s) => s.atSec)));
    // The exchange's own status page acknowledges after Marsad measured the failure, and closes after it recovered.
    expect(at('status-page-open', 'lab-exchange-a')).toBeGreaterThan(at('exchange-api-error', 'lab-exchange-a'));
    expect(at('status-page-resolve', 'lab-exchange-a')).toBeGreaterThan(at('exchange-recover', 'lab-exchange-a'));
  });

  it('has every member recover, at staggered times, and ends within five minutes', () => {
    const recovered = recoveries(SCENARIO).map((s) => (s.action as { service: string }).service);
    expect([...recovered].sort()).toEqual([...failingServices()].sort());
    expect(new Set(recoveries(SCENARIO).map((s) => s.atSec)).size).toBe(recovered.length);
    for (const id of failingServices()) {
      const fail = SCENARIO.find((s) => 'service' in s.action && s.action.service === id && s.action.kind !== 'status-page-open')!.atSec;
      const back = recoveries(SCENARIO).find((s) => (s.action as { service: string }).service === id)!.atSec;
      expect(back).toBeGreaterThan(fail);
    }
    const end = Math.max(...SCENARIO.map((s) => s.atSec));
    expect(end).toBeGreaterThanOrEqual(180);
    expect(end).toBeLessThanOrEqual(300);
  });

  it('every step is told in Arabic and in English', () => {
    for (const step of SCENARIO) {
      expect(step.say.ar).toMatch(/[\u0600-\u06ff]/);
      expect(step.say.en).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('schedules the steps on the wall clock, compressed by the scale, in order', () => {
    const lab = scheduleScenario({ startAt: 1_000_000 });
    expect(lab.map((s) => s.at - 1_000_000)).toEqual(SCENARIO.map((s) => s.atSec * 1000));
    const e2e = scheduleScenario({ startAt: 0, scale: 0.25 });
    expect(e2e[e2e.length - 1]!.at).toBe(Math.round(Math.max(...SCENARIO.map((s) => s.atSec)) * 250));
    expect(e2e.map((s) => s.action)).toEqual(lab.map((s) => s.action));
    // Out-of-order input comes out in order.
    const shuffled = [...SCENARIO].reverse();
    expect(scheduleScenario({ startAt: 0, steps: shuffled }).map((s) => s.atSec)).toEqual(SCENARIO.map((s) => s.atSec));
    expect(() => scheduleScenario({ startAt: 0, scale: 0 })).toThrow(/positive/);
  });
});

const URLS: LabUrls = {
  exchanges: { a: 'http://127.0.0.8:4001', b: 'http://127.0.0.9:4002', c: 'http://127.0.0.10:4003', d: 'http://127.0.0.16:4004' },
  exchangeAStatuspage: 'http://127.0.0.1:4005/api/v2/summary.json',
  rpcProvider: 'http://127.0.0.11:4006',
  bitcoin: 'http://127.0.0.1:4007/api',
  ethereum: 'http://127.0.0.1:4008',
  solana: 'http://127.0.0.1:4009',
  rollup: 'http://127.0.0.1:4010',
  cloudFeed: 'http://127.0.0.1:4011/incidents.json',
  cloudSite: 'http://127.0.0.1:4012/',
  docs: 'http://127.0.0.1:4012/docs/lab.md',
};

describe('the lab catalog', () => {
  it.each([['lab', LAB_PACE], ['e2e', E2E_PACE]])('passes the start-up checks (%s pace)', (_name, pace) => {
    const catalog = parseCatalog(labCatalog(URLS, pace) as never, 'lab');
    expect(catalog.canaries).toEqual([]);
    for (const service of catalog.services) {
      for (const monitor of service.monitors) expect(monitor.allowPrivateNetwork).toBe(true);
      if (service.chain) expect(service.chain.quorum).toBe(1);
    }
  });

  it('states LabCloud dependencies, citing the lab documentation, exactly for the services on its regions', () => {
    const catalog = parseCatalog(labCatalog(URLS) as never, 'lab');
    const deps = Object.fromEntries(catalog.services.map((s) => [s.id, s.cloudDependencies.map((d) => `${d.provider} ${d.region}`)]));
    expect(deps).toMatchObject({
      'lab-exchange-a': ['LabCloud lab-east-1'],
      'lab-exchange-b': ['LabCloud lab-east-1'],
      'lab-exchange-c': ['LabCloud lab-east-1'],
      'lab-rpc': ['LabCloud lab-east-1'],
      'lab-exchange-d': ['LabCloud lab-west-1'],
      'lab-bitcoin': [],
      'lab-ethereum': [],
      'lab-solana': [],
      'lab-rollup': [],
    });
    for (const s of catalog.services) for (const d of s.cloudDependencies) expect(d.source).toBe(URLS.docs);
    expect(catalog.services.find((s) => s.id === LAB_CLOUD.id)?.category).toBe('cloud');
  });

  it("puts each provider's servers inside its region's prefix, and the chains outside LabCloud", () => {
    const inPrefix = (address: string, prefix: string) => {
      const [base, bits] = prefix.split('/');
      const n = (a: string) => a.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
      const size = 2 ** (32 - Number(bits));
      return Math.floor(n(address) / size) === Math.floor(n(base!) / size);
    };
    for (const id of ['lab-exchange-a', 'lab-exchange-b', 'lab-exchange-c', 'lab-rpc'] as const) expect(inPrefix(LAB_ADDRESSES[id], LAB_REGION_PREFIXES['lab-east-1'])).toBe(true);
    expect(inPrefix(LAB_ADDRESSES['lab-exchange-d'], LAB_REGION_PREFIXES['lab-west-1'])).toBe(true);
    for (const prefix of Object.values(LAB_REGION_PREFIXES)) expect(inPrefix(LAB_ADDRESSES.elsewhere, prefix)).toBe(false);
  });

  it('gives the exposure map a table in its own validated shape', () => {
    const table = rangeTableSchema.parse(labRangeTable('2026-12-06'));
    expect(table.feeds[0]!.providers[0]!.groups).toEqual([
      { region: 'lab-east-1', prefixes: ['127.0.0.8/29'] },
      { region: 'lab-west-1', prefixes: ['127.0.0.16/29'] },
    ]);
  });
});
