import { describe, expect, it } from 'vitest';
import type { ProbeResult } from '@/lib/probes/types';
import { GUARD_MIN_OPERATORS, GUARD_WINDOW_MS, assessVantages, impairedVantages, setAsideImpaired } from '@/lib/status/guard';
import { aggregateVantages } from '@/lib/status/vantages';
import { INTERVAL_SEC, SEC, T0, confirm, result } from '../../helpers/probe-results';

const NOW = T0 + 10 * 60 * SEC;
const TARGETS = ['coinbase-api', 'kraken-api', 'infura-eth', 'alchemy-eth', 'drpc-eth'];
const OPERATORS: Record<string, string> = {
  'coinbase-api': 'coinbase',
  'kraken-api': 'kraken',
  'infura-eth': 'infura',
  'alchemy-eth': 'alchemy',
  'drpc-eth': 'drpc',
  'canary-dns-1': 'cloudflare',
  'canary-dns-2': 'google',
  'canary-cloud': 'gcp',
};
const CANARIES = new Set(['canary-dns-1', 'canary-dns-2', 'canary-cloud']);

function r(vantage: string, monitorId: string, outcome: ProbeResult['outcome'], agoSec = 5): ProbeResult {
  const reason = outcome === 'down' ? 'timeout' : outcome === 'ineligible' ? 'blocked' : null;
  return result({ vantage, monitorId, outcome, reason, startedAt: NOW - agoSec * SEC });
}

/** Every target and canary from one vantage, with the given outcome for each list. */
function round(vantage: string, targets: ProbeResult['outcome'] | ProbeResult['outcome'][], canaries: ProbeResult['outcome'][] = ['up', 'up', 'up']): ProbeResult[] {
  const t = TARGETS.map((id, i) => r(vantage, id, Array.isArray(targets) ? (targets[i] ?? 'up') : targets));
  const c = [...CANARIES].map((id, i) => r(vantage, id, canaries[i] ?? 'up'));
  return [...t, ...c];
}

function assess(results: ProbeResult[], now = NOW) {
  return assessVantages({ results, canaryIds: CANARIES, operatorOf: (id) => OPERATORS[id], now });
}

describe('connectivity guard', () => {
  it('uses a one-minute window and "several" = 3 networks', () => {
    expect(GUARD_WINDOW_MS).toBe(60_000);
    expect(GUARD_MIN_OPERATORS).toBe(3);
  });

  it.each([
    {
      name: 'a vantage losing its network (all its targets fail, others see them up) → impaired',
      results: () => [...round('fra', 'down', ['down', 'down', 'down']), ...round('sgp', 'up'), ...round('iad', 'up')],
      impaired: ['fra'],
      cause: 'canaries',
    },
    {
      name: 'most unrelated targets on several networks fail from one vantage only (canaries fine) → impaired',
      results: () => [...round('fra', ['down', 'down', 'down', 'down', 'up']), ...round('sgp', 'up'), ...round('iad', 'up')],
      impaired: ['fra'],
      cause: 'mass_failure',
    },
    {
      name: 'its canaries fail (2 of 3) → impaired',
      results: () => [...round('fra', 'up', ['down', 'down', 'up']), ...round('sgp', 'up')],
      impaired: ['fra'],
      cause: 'canaries',
    },
    {
      name: 'one canary of three failing → not impaired',
      results: () => [...round('fra', 'up', ['down', 'up', 'up']), ...round('sgp', 'up')],
      impaired: [],
      cause: null,
    },
    {
      name: 'half of the canaries failing (1 of 2 answering) → not impaired: it takes a strict majority',
      results: () => [...round('fra', 'up', ['down', 'up', 'ineligible']), ...round('sgp', 'up')],
      impaired: [],
      cause: null,
    },
    {
      name: 'a real cloud outage: the same targets fail from every vantage → nobody impaired',
      results: () => [
        ...round('fra', ['down', 'down', 'down', 'down', 'up']),
        ...round('sgp', ['down', 'down', 'down', 'down', 'up']),
        ...round('iad', ['down', 'down', 'down', 'down', 'up']),
      ],
      impaired: [],
      cause: null,
    },
    {
      name: 'failures on only 2 networks (a minority of targets) → not impaired',
      results: () => [...round('fra', ['down', 'down', 'up', 'up', 'up']), ...round('sgp', 'up')],
      impaired: [],
      cause: null,
    },
    {
      name: 'a lone vantage with failing targets but healthy canaries → not impaired (only canaries judge a lone vantage)',
      results: () => round('local', ['down', 'down', 'down', 'down', 'down']),
      impaired: [],
      cause: null,
    },
    {
      name: 'blocked answers are not failures for the guard',
      results: () => [...round('fra', ['ineligible', 'ineligible', 'ineligible', 'down', 'up']), ...round('sgp', 'up')],
      impaired: [],
      cause: null,
    },
  ])('$name', ({ results, impaired, cause }) => {
    const health = assess(results());
    expect([...impairedVantages(health)]).toEqual(impaired);
    if (impaired[0]) expect(health.get(impaired[0])?.cause).toBe(cause);
  });

  it('failures older than a minute are ignored', () => {
    const old = TARGETS.map((id) => r('fra', id, 'down', 90));
    const health = assess([...old, ...round('sgp', 'up')]);
    expect(impairedVantages(health).size).toBe(0);
  });

  it('a vantage losing its network → its results unknown (guard), not an outage', () => {
    // Four rounds: fra loses its network at round 1; sgp and iad see Coinbase up throughout.
    const states: Record<string, ReturnType<typeof confirm>['state']> = {};
    let lastVerdict;
    for (let i = 0; i < 8; i++) {
      const now = NOW + i * INTERVAL_SEC * SEC;
      const fraOutcome = i === 0 ? 'up' : 'down';
      const raw = [
        ...round('fra', fraOutcome, [fraOutcome, fraOutcome, fraOutcome]),
        ...round('sgp', 'up'),
        ...round('iad', 'up'),
      ].map((x) => ({ ...x, startedAt: now - 5 * SEC }));
      const health = assessVantages({ results: raw, canaryIds: CANARIES, operatorOf: (id) => OPERATORS[id], now });
      const guarded = setAsideImpaired(raw, impairedVantages(health));
      for (const x of guarded.filter((g) => g.monitorId === 'coinbase-api')) states[x.vantage] = confirm([x], states[x.vantage]).state;
      lastVerdict = aggregateVantages(
        Object.entries(states).map(([vantage, state]) => ({ vantage, state: state! })),
        now,
        { intervalSec: INTERVAL_SEC },
      );
    }
    expect(lastVerdict).toMatchObject({ status: 'operational', failing: { k: 0, n: 2 }, setAside: [{ vantage: 'fra', reason: 'vantage_impaired' }] });
  });

  it('setAsideImpaired rewrites only the impaired vantage, as ineligible vantage_impaired', () => {
    const out = setAsideImpaired([r('fra', 'coinbase-api', 'down'), r('sgp', 'coinbase-api', 'down')], new Set(['fra']));
    expect(out.map((x) => [x.vantage, x.outcome, x.reason])).toEqual([
      ['fra', 'ineligible', 'vantage_impaired'],
      ['sgp', 'down', 'timeout'],
    ]);
  });
});
