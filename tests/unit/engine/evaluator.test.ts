import { describe, expect, it } from 'vitest';
import { catalogSchema, type Catalog } from '@/lib/catalog/schema';
import type { ProbeResult } from '@/lib/probes/types';
import { Evaluator } from '@/lib/engine/evaluator';

const T0 = Date.UTC(2026, 4, 7, 23, 0, 0);
const INTERVAL = 30;

function catalog(withCanaries: boolean): Catalog {
  const evm = (id: string, operator: string) => ({ id, kind: 'evm', operator, role: 'liveness', url: `https://${id}.example`, chainId: 1, intervalSec: INTERVAL });
  return catalogSchema.parse({
    version: 1,
    services: [
      {
        id: 'ethereum', name: { ar: 'إيثريوم', en: 'Ethereum' }, shortName: 'ETH', category: 'l1', website: 'https://ethereum.org', monitored: true,
        chain: { family: 'evm', chainId: 1, softLimitSec: 60, hardLimitSec: 180, quorum: 2, blockTimeSec: 12 },
        monitors: [evm('eth-a', 'alpha'), evm('eth-b', 'beta'), evm('eth-c', 'gamma')],
      },
      {
        id: 'infura', name: { ar: 'إنفيورا', en: 'Infura' }, shortName: 'Infura', category: 'infra', website: 'https://infura.io', monitored: true,
        monitors: [{ ...evm('eth-infura', 'infura'), role: 'access' }],
      },
      {
        id: 'exchange-x', name: { ar: 'منصة', en: 'Exchange X' }, shortName: 'X', category: 'exchange', website: 'https://x.example', monitored: true,
        monitors: [{ id: 'x-api', kind: 'http', operator: 'x', role: 'access', url: 'https://api.x.example/ping', intervalSec: INTERVAL }],
      },
    ],
    canaries: withCanaries
      ? ['google', 'cloudflare', 'microsoft'].map((op) => ({ id: `canary-${op}`, kind: 'http', operator: op, role: 'access', url: `https://${op}.example`, intervalSec: INTERVAL }))
      : [],
  });
}

const result = (monitorId: string, round: number, up: boolean, facts: ProbeResult['facts'] = {}, reason: ProbeResult['reason'] = up ? null : 'timeout'): ProbeResult => ({
  monitorId, kind: 'http', vantage: 'local', outcome: up ? 'up' : 'down', reason, startedAt: T0 + round * INTERVAL * 1000, latencyMs: 40, facts,
});

/** Heads advancing one block every 12 s, unless frozen at `frozenFrom` (round). */
function head(round: number, frozenFrom = Infinity) {
  const effective = Math.min(round, frozenFrom);
  const seconds = effective * INTERVAL;
  return { height: 1_000 + Math.floor(seconds / 12), headTimestampSec: Math.floor((T0 + seconds * 1000) / 1000) };
}

function run(evaluator: Evaluator, rounds: number, feed: (round: number) => ProbeResult[]) {
  let last;
  for (let round = 0; round < rounds; round++) {
    evaluator.ingest(feed(round));
    last = evaluator.evaluate(T0 + round * INTERVAL * 1000 + 5_000);
  }
  return last!;
}

const status = (round: ReturnType<typeof run>, id: string) => round.services.find((s) => s.serviceId === id)!;
const canaries = (round: number, up = true) => ['google', 'cloudflare', 'microsoft'].map((op) => result(`canary-${op}`, round, up));

describe('the live evaluator', () => {
  it('a chain whose operators all see fresh heads is operational; Infura failing does not paint it red', () => {
    const evaluator = new Evaluator({ catalog: catalog(true) });
    const last = run(evaluator, 8, (r) => [
      ...canaries(r),
      ...['eth-a', 'eth-b', 'eth-c'].map((id) => result(id, r, true, head(r))),
      result('eth-infura', r, false),
      result('x-api', r, true),
    ]);
    const eth = status(last, 'ethereum');
    expect(eth.status).toBe('operational');
    expect(eth.chain?.endpoints.filter((e) => e.state === 'ok')).toHaveLength(3);
    expect(status(last, 'infura')).toMatchObject({ status: 'major_outage', reason: 'timeout' });
    expect(status(last, 'exchange-x').status).toBe('operational');
  });

  it('a chain whose best head stops advancing past the hard limit is stalled (major_outage, stale_head)', () => {
    const evaluator = new Evaluator({ catalog: catalog(true) });
    const last = run(evaluator, 20, (r) => [...canaries(r), ...['eth-a', 'eth-b', 'eth-c'].map((id) => result(id, r, true, head(r, 4))), result('x-api', r, true)]);
    expect(status(last, 'ethereum')).toMatchObject({ status: 'major_outage', reason: 'stale_head' });
  });

  it('when the canaries fail, the vantage is impaired: everything is unknown, no incident opens', () => {
    const evaluator = new Evaluator({ catalog: catalog(true) });
    const last = run(evaluator, 8, (r) => [...canaries(r, false), ...['eth-a', 'eth-b', 'eth-c', 'eth-infura', 'x-api'].map((id) => result(id, r, false, {}, 'dns'))]);
    expect(last.impairedVantages).toEqual(['local']);
    expect(status(last, 'ethereum')).toMatchObject({ status: 'unknown', reason: 'vantage_impaired' });
    expect(status(last, 'exchange-x')).toMatchObject({ status: 'unknown', reason: 'vantage_impaired' });
  });

  it('three failures open an incident at the first failing check; two successes close it', () => {
    const evaluator = new Evaluator({ catalog: catalog(false) });
    const incidents: string[] = [];
    const down = new Set([3, 4, 5, 6]);
    let last;
    for (let r = 0; r < 10; r++) {
      evaluator.ingest([result('x-api', r, !down.has(r))]);
      last = evaluator.evaluate(T0 + r * INTERVAL * 1000 + 5_000);
      incidents.push(...last.incidentChanges.map((c) => `${r}:${c.type}`));
      if (r === 5) expect(status(last, 'exchange-x')).toMatchObject({ status: 'major_outage', since: T0 + 3 * INTERVAL * 1000 });
    }
    expect(incidents).toEqual(['5:opened', '8:resolved']);
    expect(status(last!, 'exchange-x').status).toBe('operational');
  });

  it('a single lost packet changes nothing', () => {
    const evaluator = new Evaluator({ catalog: catalog(false) });
    const last = run(evaluator, 8, (r) => [result('x-api', r, r !== 4)]);
    expect(status(last, 'exchange-x').status).toBe('operational');
    expect(last.incidentChanges).toEqual([]);
  });

  it('a result ingested twice (local and read back from the database) counts once', () => {
    const evaluator = new Evaluator({ catalog: catalog(false) });
    for (let r = 0; r < 3; r++) {
      evaluator.ingest([result('x-api', r, true)]);
      evaluator.evaluate(T0 + r * INTERVAL * 1000 + 1);
    }
    // Two failures, each seen twice: still only 2 in a row, not 4, so no outage.
    for (const r of [3, 4]) {
      evaluator.ingest([result('x-api', r, false)]);
      evaluator.ingest([result('x-api', r, false)]);
    }
    expect(status(evaluator.evaluate(T0 + 4 * INTERVAL * 1000 + 5_000), 'exchange-x').status).toBe('operational');
  });
});
