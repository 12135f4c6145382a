import { describe, expect, it } from 'vitest';
import {
  MAJOR_MIN_VANTAGES,
  REGIONAL_AFTER_MS,
  aggregateVantages,
  defaultVantageQuorum,
  type VantageState,
} from '@/lib/status/vantages';
import { INTERVAL_SEC, MIN, SEC, T0, confirmSeq } from '../../helpers/probe-results';

/**
 * Each vantage runs the same number of checks ending at `now`; `fails` = how long it has been failing
 * (its trailing `d` checks), 0 = up. Ten minutes of history before that.
 */
function vantage(name: string, failingForMin: number, opts: { now: number; code?: string } = { now: NOW }): VantageState {
  const total = 40;
  const failing = Math.round((failingForMin * 60) / INTERVAL_SEC) + 1;
  const code = opts.code ?? 'd';
  const seq = failingForMin > 0 ? 'u'.repeat(total - failing) + code.repeat(failing) : 'u'.repeat(total);
  const start = opts.now - (seq.length - 1) * INTERVAL_SEC * SEC;
  return { vantage: name, state: confirmSeq(seq, { start, vantage: name }) };
}

const NOW = T0 + 30 * MIN;
const opts = { intervalSec: INTERVAL_SEC };

describe('across vantages', () => {
  it('uses the DESIGN numbers: 2 vantages for major, 5 minutes for regional', () => {
    expect(MAJOR_MIN_VANTAGES).toBe(2);
    expect(REGIONAL_AFTER_MS).toBe(5 * MIN);
  });

  it.each([
    { name: '3 of 3 failing → major_outage', failing: [2, 2, 2], status: 'major_outage', k: 3, n: 3 },
    { name: '2 of 3 failing → major_outage', failing: [2, 2, 0], status: 'major_outage', k: 2, n: 3 },
    { name: '2 of 4 failing (exactly half) → major_outage', failing: [2, 2, 0, 0], status: 'major_outage', k: 2, n: 4 },
    { name: '1 of 3 failing for 2 minutes → still operational, failing 1 of 3', failing: [2, 0, 0], status: 'operational', k: 1, n: 3 },
    { name: '1 of 3 failing for 5 minutes → regional partial_outage', failing: [5, 0, 0], status: 'partial_outage', k: 1, n: 3 },
    { name: '2 of 5 failing (under half) for 1 minute → operational', failing: [1.5, 1.5, 0, 0, 0], status: 'operational', k: 2, n: 5 },
    { name: '2 of 5 failing (under half) for 6 minutes → partial_outage', failing: [6, 6, 0, 0, 0], status: 'partial_outage', k: 2, n: 5 },
    { name: 'none failing → operational, failing 0 of 3', failing: [0, 0, 0], status: 'operational', k: 0, n: 3 },
  ])('$name', ({ failing, status, k, n }) => {
    const v = aggregateVantages(
      failing.map((f, i) => vantage(`v${i}`, f)),
      NOW,
      opts,
    );
    expect(v.status).toBe(status);
    expect(v.failing).toEqual({ k, n });
    expect(v.vantageCount).toBe(n);
  });

  it('a blocked vantage is not eligible: 1 failing of 2 eligible is not major', () => {
    const v = aggregateVantages([vantage('fra', 2), vantage('sgp', 0), vantage('iad', 2, { now: NOW, code: 'b' })], NOW, opts);
    expect(v.failing).toEqual({ k: 1, n: 2 });
    expect(v.status).toBe('operational');
    expect(v.setAside).toEqual([{ vantage: 'iad', reason: 'blocked' }]);
  });

  it('a rate-limited vantage is set aside with rate_limited', () => {
    const v = aggregateVantages([vantage('fra', 0), vantage('iad', 2, { now: NOW, code: 'r' })], NOW, opts);
    expect(v.setAside).toEqual([{ vantage: 'iad', reason: 'rate_limited' }]);
    expect(v.failing).toEqual({ k: 0, n: 1 });
  });

  it('reports the earliest first failing check and the most common reason', () => {
    const v = aggregateVantages([vantage('fra', 3), vantage('sgp', 2), vantage('iad', 0)], NOW, opts);
    expect(v.firstFailAt).toBe(NOW - 3 * MIN);
    expect(v.reason).toBe('timeout');
  });

  describe('with a single vantage (the embedded default)', () => {
    it('the quorum for one configured vantage is 1; for several, the DESIGN 2', () => {
      expect([1, 2, 3, 7].map(defaultVantageQuorum)).toEqual([1, 2, 2, 2]);
    });

    it('one confirmed-failing vantage of one, quorum 1 → major_outage seen from 1 vantage', () => {
      const v = aggregateVantages([vantage('local', 1.5)], NOW, { ...opts, quorum: defaultVantageQuorum(1) });
      expect(v).toMatchObject({ status: 'major_outage', vantageCount: 1, failing: { k: 1, n: 1 } });
    });

    it('an up vantage of one → operational, seen from 1 vantage', () => {
      const v = aggregateVantages([vantage('local', 0)], NOW, { ...opts, quorum: 1 });
      expect(v).toMatchObject({ status: 'operational', vantageCount: 1, failing: { k: 0, n: 1 } });
    });

    it('a multi-vantage deployment left with one eligible vantage never says major from it (quorum 2)', () => {
      const v = aggregateVantages([vantage('fra', 6), vantage('iad', 6, { now: NOW, code: 'b' })], NOW, opts);
      expect(v).toMatchObject({ status: 'partial_outage', failing: { k: 1, n: 1 } });
    });

    it('quorum 1 still needs half: 1 failing of 3 is not major', () => {
      const v = aggregateVantages([vantage('a', 2), vantage('b', 0), vantage('c', 0)], NOW, { ...opts, quorum: 1 });
      expect(v.status).toBe('operational');
    });
  });

  it.each([
    {
      name: 'every vantage impaired → unknown, reason vantage_impaired',
      impaired: ['fra', 'sgp'],
      vantages: () => [vantage('fra', 2), vantage('sgp', 2)],
      now: NOW,
      reason: 'vantage_impaired',
    },
    {
      name: 'no check within 3 intervals → unknown, reason no_data',
      impaired: [],
      vantages: () => [vantage('fra', 0), vantage('sgp', 0)],
      now: NOW + 2 * MIN,
      reason: 'no_data',
    },
    {
      name: 'no vantage at all → unknown, reason no_data',
      impaired: [],
      vantages: () => [],
      now: NOW,
      reason: 'no_data',
    },
  ])('$name', ({ impaired, vantages, now, reason }) => {
    const v = aggregateVantages(vantages(), now, { ...opts, impaired: new Set(impaired) });
    expect(v).toMatchObject({ status: 'unknown', reason, failing: { k: 0, n: 0 } });
  });

  it('not yet confirmed (one check) → unknown, no_data', () => {
    const v = aggregateVantages([{ vantage: 'fra', state: confirmSeq('d', { start: NOW }) }], NOW, opts);
    expect(v).toMatchObject({ status: 'unknown', reason: 'no_data' });
  });

  it('an impaired vantage leaves the others to decide', () => {
    const v = aggregateVantages([vantage('fra', 3), vantage('sgp', 0), vantage('iad', 0)], NOW, { ...opts, impaired: new Set(['fra']) });
    expect(v).toMatchObject({ status: 'operational', failing: { k: 0, n: 2 }, setAside: [{ vantage: 'fra', reason: 'vantage_impaired' }] });
  });

  it.each([
    { name: 'degraded from 2 of 3 → degraded', codes: ['g', 'g', 'u'], status: 'degraded' },
    { name: 'degraded from 1 of 3 → operational', codes: ['g', 'u', 'u'], status: 'operational' },
  ])('$name', ({ codes, status }) => {
    const vs = codes.map((c, i) => (c === 'u' ? vantage(`v${i}`, 0) : vantage(`v${i}`, 2, { now: NOW, code: c })));
    const v = aggregateVantages(vs, NOW, opts);
    expect(v.status).toBe(status);
    if (status === 'degraded') expect(v.reason).toBe('lagging');
  });

  it('reports the median latency of the answering vantages', () => {
    const vs = [vantage('a', 0), vantage('b', 0), vantage('c', 3)];
    expect(aggregateVantages(vs, NOW, opts).latencyMs).toBe(120);
  });
});
