import { describe, expect, it } from 'vitest';
import type { ChainConfig } from '@/lib/catalog/schema';
import type { ProbeFacts, ProbeResult } from '@/lib/probes/types';
import { LAG_MAX_BLOCKS, LAG_MAX_SEC, type ChainEndpointInput } from '@/lib/status/chain-endpoints';
import { STALL_ROUNDS, initialChainMemory, stepChain, type ChainMemory, type ChainVerdict } from '@/lib/status/chain';
import { SEC, T0 } from '../../helpers/probe-results';

const ETH: ChainConfig = { family: 'evm', chainId: 1, softLimitSec: 60, hardLimitSec: 180, quorum: 2, finalizedLimitSec: 25 * 60, blockTimeSec: 12 };
const BASE: ChainConfig = { family: 'evm', chainId: 8453, softLimitSec: 20, hardLimitSec: 60, quorum: 2, safeLimitSec: 30 * 60, blockTimeSec: 2 };
const POLYGON: ChainConfig = { family: 'evm', chainId: 137, softLimitSec: 30, hardLimitSec: 120, quorum: 2, finalizedLimitSec: 5 * 60, blockTimeSec: 2 };
const SOLANA: ChainConfig = { family: 'solana', softLimitSec: 30, hardLimitSec: 60, quorum: 2, minSlotsPerSec: 1.5, blockTimeSec: 0.4 };
const BITCOIN: ChainConfig = { family: 'bitcoin', softLimitSec: 90 * 60, hardLimitSec: 150 * 60, quorum: 2, blockTimeSec: 600 };

const ROUND_MS = 30 * SEC;

/** A result read 2 s before `now`; facts describe the endpoint's head. */
function head(monitorId: string, now: number, facts: ProbeFacts, over: Partial<ProbeResult> = {}): ProbeResult {
  return { monitorId, kind: 'evm', vantage: 'fra', outcome: 'up', reason: null, startedAt: now - 2 * SEC, latencyMs: 100, facts, ...over };
}

function failed(monitorId: string, now: number, reason: ProbeResult['reason'] = 'timeout', outcome: ProbeResult['outcome'] = 'down'): ProbeResult {
  return head(monitorId, now, {}, { outcome, reason });
}

function ep(monitorId: string, operator: string, ...results: ProbeResult[]): ChainEndpointInput {
  return { monitorId, operator, results };
}

/** A chain producing a block every `blockSec` from T0 (header times true), optionally frozen from `frozenAt`. */
function chainHead(now: number, blockSec: number, frozenAt = Infinity): { height: number; headTimestampSec: number } {
  const t = Math.min(now, frozenAt);
  const blocks = Math.floor((t - T0) / (blockSec * 1000));
  return { height: 1_000 + blocks, headTimestampSec: T0 / 1000 + blocks * blockSec };
}

function run(config: ChainConfig, rounds: number, build: (now: number, i: number) => ChainEndpointInput[], opts: { start?: number; roundMs?: number; memory?: ChainMemory } = {}) {
  let memory = opts.memory;
  const verdicts: ChainVerdict[] = [];
  for (let i = 0; i < rounds; i++) {
    const now = (opts.start ?? T0 + 10 * 60 * SEC) + i * (opts.roundMs ?? ROUND_MS);
    const step = stepChain(memory, { config, endpoints: build(now, i), now, intervalSec: (opts.roundMs ?? ROUND_MS) / 1000 });
    memory = step.memory;
    verdicts.push(step.verdict);
  }
  return { memory: memory!, verdicts, last: verdicts.at(-1)! };
}

/** Three operators on a healthy or frozen Ethereum. */
function eth(frozenAt = Infinity, answering = ['publicnode', 'drpc', 'llamarpc']) {
  return (now: number) => answering.map((op) => ep(`eth-${op}`, op, head(`eth-${op}`, now, chainHead(now, 12, frozenAt))));
}

describe('chain liveness', () => {
  it('uses the DESIGN numbers: lagging past max(2 blocks, 15 s), stalled after 2 rounds', () => {
    expect([LAG_MAX_BLOCKS, LAG_MAX_SEC, STALL_ROUNDS]).toEqual([2, 15, 2]);
  });

  it('Infura failing while 2 other operators see fresh heads → Ethereum operational, Infura endpoint down', () => {
    const { last } = run(ETH, 6, (now) => [
      ep('eth-infura', 'infura', failed('eth-infura', now)),
      ...eth(Infinity, ['publicnode', 'drpc'])(now),
    ]);
    expect(last).toMatchObject({ status: 'operational', reason: null, operators: { answering: 2, quorum: 2 } });
    expect(last.endpoints.map((e) => [e.monitorId, e.state, e.reason])).toEqual([
      ['eth-infura', 'down', 'timeout'],
      ['eth-publicnode', 'ok', null],
      ['eth-drpc', 'ok', null],
    ]);
  });

  it.each([
    { name: 'an endpoint 5 blocks / 60 s behind → lagging', config: ETH, behind: 5, blockSec: 12, state: 'lagging' },
    { name: 'an endpoint 2 blocks behind → not lagging', config: ETH, behind: 2, blockSec: 12, state: 'ok' },
    { name: 'an L2 endpoint 5 blocks but 10 s behind → not lagging (15 s floor)', config: BASE, behind: 5, blockSec: 2, state: 'ok' },
    { name: 'an L2 endpoint 10 blocks / 20 s behind → lagging', config: BASE, behind: 10, blockSec: 2, state: 'lagging' },
  ])('$name', ({ config, behind, blockSec, state }) => {
    const { last } = run(config, 1, (now) => {
      const h = chainHead(now, blockSec);
      const slow = { height: h.height - behind, headTimestampSec: h.headTimestampSec - behind * blockSec };
      return [ep('a', 'publicnode', head('a', now, h)), ep('b', 'drpc', head('b', now, h)), ep('c', 'slow-op', head('c', now, slow))];
    });
    expect(last.endpoints[2]).toMatchObject({ state, behindBlocks: behind, behindSec: behind * blockSec });
    expect(last.status).toBe('operational');
  });

  it('best height frozen: degraded past the soft limit, stalled only after 2 rounds past the hard limit', () => {
    const frozenAt = T0 + 10 * 60 * SEC + 30 * SEC; // frozen from round 1
    const { verdicts } = run(ETH, 12, eth(frozenAt));
    // Own-clock age at rounds 0..11: the last advance is seen at round 1 (t=30 s), frozen after.
    const statuses = verdicts.map((v) => v.status);
    expect(statuses.slice(0, 4)).toEqual(['operational', 'operational', 'operational', 'operational']); // ages 0, 0, 30, 60
    expect(statuses[4]).toBe('degraded'); // 90 s > 60 s soft
    expect(statuses[7]).toBe('degraded'); // 180 s: not past the hard limit yet
    expect(statuses[8]).toBe('degraded'); // 210 s: first round past 180 s
    expect(statuses[9]).toBe('major_outage'); // 240 s: second round in a row → stalled
    expect(verdicts[9]).toMatchObject({ reason: 'stale_head', firstFailAt: verdicts[8]!.lastAdvanceAt! + 210 * SEC });
  });

  it('a stalled chain comes back as soon as the best height advances', () => {
    const frozen = T0 + 10 * 60 * SEC;
    const { memory } = run(ETH, 12, eth(frozen));
    const next = run(ETH, 1, eth(), { start: T0 + 10 * 60 * SEC + 12 * ROUND_MS, memory });
    expect(next.last).toMatchObject({ status: 'operational', reason: null });
    expect(next.memory.roundsPastHard).toBe(0);
  });

  it('1 operator answering → unknown, not stalled', () => {
    const frozenAt = T0 + 10 * 60 * SEC;
    const { verdicts } = run(ETH, 20, (now) => [
      ...eth(frozenAt, ['publicnode'])(now),
      ep('eth-drpc', 'drpc', failed('eth-drpc', now)),
      ep('eth-llama', 'llamarpc', failed('eth-llama', now, 'connect_refused')),
    ]);
    expect(verdicts.some((v) => v.status === 'major_outage' || v.status === 'degraded')).toBe(false);
    expect(verdicts.at(-1)).toMatchObject({ status: 'unknown', reason: 'no_data', operators: { answering: 1, quorum: 2 } });
  });

  it('1 operator answering with a fresh head → operational (a fresh head proves the chain alive)', () => {
    const { last } = run(ETH, 4, (now) => [...eth(Infinity, ['publicnode'])(now), ep('eth-drpc', 'drpc', failed('eth-drpc', now))]);
    expect(last.status).toBe('operational');
  });

  it('two endpoints of the same operator count once toward the quorum', () => {
    const frozenAt = T0 + 10 * 60 * SEC;
    const { last } = run(ETH, 20, (now) => [
      ep('eth-pn-1', 'publicnode', head('eth-pn-1', now, chainHead(now, 12, frozenAt))),
      ep('eth-pn-2', 'publicnode', head('eth-pn-2', now, chainHead(now, 12, frozenAt))),
    ]);
    expect(last).toMatchObject({ status: 'unknown', operators: { answering: 1 } });
  });

  it('an operator quorum of 1 (a single node watching its own chain) can say stalled', () => {
    const frozenAt = T0 + 10 * 60 * SEC;
    const { last } = run({ ...ETH, quorum: 1 }, 12, eth(frozenAt, ['own-node']));
    expect(last.status).toBe('major_outage');
  });

  it('a round without a quorum neither counts toward nor breaks the stall streak', () => {
    const frozenAt = T0 + 10 * 60 * SEC;
    // Rounds 0–7 with 3 operators (age 210 s at round 7 = first past hard), round 8 with one, round 9 with 3.
    const { verdicts } = run(ETH, 10, (now, i) => eth(frozenAt, i === 8 ? ['publicnode'] : undefined)(now));
    expect(verdicts.map((v) => v.status).slice(7)).toEqual(['degraded', 'unknown', 'major_outage']);
  });

  it('Ethereum finalized head older than 25 min → degraded not_finalizing, never stalled', () => {
    const { verdicts } = run(ETH, 40, (now) =>
      ['publicnode', 'drpc', 'llamarpc'].map((op) =>
        ep(op, op, head(op, now, { ...chainHead(now, 12), finalizedTimestampSec: (T0 - 30 * 60 * SEC) / 1000 })),
      ),
    );
    expect(new Set(verdicts.map((v) => `${v.status}/${v.reason}`))).toEqual(new Set(['degraded/not_finalizing']));
  });

  it('Ethereum finalized head 13 min old → operational', () => {
    const { last } = run(ETH, 3, (now) =>
      ['publicnode', 'drpc'].map((op) => ep(op, op, head(op, now, { ...chainHead(now, 12), finalizedTimestampSec: (now - 13 * 60 * SEC) / 1000 }))),
    );
    expect(last.status).toBe('operational');
    expect(last.finalizedAgeSec).toBeCloseTo(13 * 60, 3);
  });

  it('Polygon finality older than 5 min → degraded not_finalizing', () => {
    const { last } = run(POLYGON, 3, (now) =>
      ['publicnode', 'drpc'].map((op) => ep(op, op, head(op, now, { ...chainHead(now, 2), finalizedTimestampSec: (now - 6 * 60 * SEC) / 1000 }))),
    );
    expect(last).toMatchObject({ status: 'degraded', reason: 'not_finalizing' });
  });

  it.each([
    { name: 'an L2 safe head 40 min old → degraded not_finalizing ("posting to L1 delayed")', safeAgeMin: 40, usual: null, status: 'degraded' },
    { name: 'an L2 safe head 20 min old → operational', safeAgeMin: 20, usual: null, status: 'operational' },
    { name: 'an L2 whose usual safe age is 15 min: 40 min is under 3× usual → operational', safeAgeMin: 40, usual: 15 * 60, status: 'operational' },
    { name: 'an L2 whose usual safe age is 15 min: 50 min is past 3× usual → degraded', safeAgeMin: 50, usual: 15 * 60, status: 'degraded' },
  ])('$name', ({ safeAgeMin, usual, status }) => {
    const memory = { ...initialChainMemory(), usualSafeAgeSec: usual };
    const { last } = run(
      BASE,
      1,
      (now) => ['publicnode', 'drpc'].map((op) => ep(op, op, head(op, now, { ...chainHead(now, 2), safeTimestampSec: (now - safeAgeMin * 60 * SEC) / 1000 }))),
      { memory },
    );
    expect(last.status).toBe(status);
    if (status === 'degraded') expect(last.reason).toBe('not_finalizing');
  });

  it('the usual safe-head age learns only from rounds that were not late', () => {
    const late = run(BASE, 5, (now) =>
      ['publicnode', 'drpc'].map((op) => ep(op, op, head(op, now, { ...chainHead(now, 2), safeTimestampSec: (now - 60 * 60 * SEC) / 1000 }))),
    );
    expect(late.memory.usualSafeAgeSec).toBeNull();
  });

  describe('clock skew is reported as clock_skew, never mistaken for a stall', () => {
    it('our clock 5 minutes ahead (the endpoints\' Date headers say so) → operational, clock_skew', () => {
      const skewMs = 5 * 60 * SEC;
      // `now` is our (wrong) clock; the endpoints' Date headers and block times are true time.
      const skewed = run(ETH, 10, (ourNow) => {
        const trueNow = ourNow - skewMs;
        return ['publicnode', 'drpc', 'llamarpc'].map((op) =>
          ep(op, op, head(op, ourNow, { ...chainHead(trueNow, 12), serverDateMs: trueNow - 2 * SEC + 50 })),
        );
      });
      expect(skewed.verdicts.map((v) => `${v.status}/${v.reason}`)).toEqual(Array(10).fill('operational/clock_skew'));
      expect(skewed.last.clockSkewSec).toBeCloseTo(-300, 0);
      expect(skewed.last.headerAgeSec).toBeLessThan(15);
    });

    it('a head "from the future" without Date headers (our clock behind) → clock_skew, header ignored', () => {
      const { last } = run(ETH, 3, (ourNow) =>
        ['publicnode', 'drpc'].map((op) => ep(op, op, head(op, ourNow, chainHead(ourNow + 5 * 60 * SEC, 12)))),
      );
      expect(last).toMatchObject({ status: 'operational', reason: 'clock_skew', clockSkew: true, headerTrusted: false });
    });

    it('an old header seen at start-up (no Date header) → degraded at most, never stalled by header time alone', () => {
      const { verdicts } = run(ETH, 2, (now) =>
        ['publicnode', 'drpc'].map((op) => ep(op, op, head(op, now, { height: 5_000, headTimestampSec: (now - 60 * 60 * SEC) / 1000 }))),
      );
      expect(verdicts.map((v) => `${v.status}/${v.reason}`)).toEqual(['degraded/stale_head', 'degraded/stale_head']);
    });
  });

  describe('Bitcoin: time from when a block was first seen, not header time', () => {
    const btc = (frozenAt: number, headerOffsetSec = 0) => (now: number) =>
      ['blockstream', 'mempool'].map((op) => {
        const h = chainHead(now, 600, frozenAt);
        return ep(op, op, head(op, now, { height: h.height, headTimestampSec: h.headTimestampSec + headerOffsetSec }, { kind: 'bitcoin' }));
      });

    it('a block whose header time is 3 h old but first seen just now → operational', () => {
      const { last } = run(BITCOIN, 2, btc(Infinity, -3 * 3600), { roundMs: 60 * SEC });
      expect(last).toMatchObject({ status: 'operational', headAgeSec: 60, headerTrusted: false });
    });

    it.each([
      { name: 'no new block for 80 min → operational (block intervals are random)', minutes: 80, status: 'operational' },
      { name: 'no new block for 100 min → degraded', minutes: 100, status: 'degraded' },
      { name: 'no new block for 152 min (2 rounds past 150) → stalled', minutes: 152, status: 'major_outage' },
    ])('$name', ({ minutes, status }) => {
      const start = T0 + 60 * 60 * SEC;
      const { last } = run(BITCOIN, minutes + 1, btc(start), { start, roundMs: 60 * SEC });
      expect(last.status).toBe(status);
    });
  });

  describe('Solana: confirmed slots', () => {
    const sol = (slotsPerSec: number, frozenAt = Infinity) => (now: number) =>
      ['publicnode', 'helius', 'drpc'].map((op) => {
        const t = Math.min(now, frozenAt);
        const slot = 300_000_000 + Math.floor(((t - T0) / 1000) * slotsPerSec);
        return ep(op, op, head(op, now, { slot, headTimestampSec: Math.floor(t / 1000) - 1 }, { kind: 'solana' }));
      });

    it.each([
      { name: '2.5 slots/s → operational', rate: 2.5, status: 'operational', reason: null },
      { name: 'slot rate under 1.5/s → degraded', rate: 1.0, status: 'degraded', reason: 'stale_head' },
    ])('$name', ({ rate, status, reason }) => {
      const { last } = run(SOLANA, 4, sol(rate));
      expect(last).toMatchObject({ status, reason });
      expect(last.slotsPerSec).toBeCloseTo(rate, 1);
    });

    it('confirmed slot frozen past 60 s for 2 rounds → stalled', () => {
      const frozenAt = T0 + 10 * 60 * SEC + 30 * SEC;
      const { verdicts } = run(SOLANA, 6, sol(2.5, frozenAt));
      // Last advance seen at round 1; at rounds 2–5 the slot is 30, 60, 90, 120 s old (the slot
      // rate falls first, then the soft limit, then two rounds past 60 s).
      expect(verdicts.map((v) => v.status)).toEqual(['operational', 'operational', 'degraded', 'degraded', 'degraded', 'major_outage']);
    });
  });

  it.each([
    {
      name: 'no endpoint answering → unknown no_data, the endpoints are what is down',
      build: (now: number) => [ep('a', 'publicnode', failed('a', now)), ep('b', 'drpc', failed('b', now, 'dns'))],
      status: 'unknown',
      states: [['down', 'timeout'], ['down', 'dns']],
    },
    {
      name: 'a blocked endpoint is ineligible and not counted',
      build: (now: number) => [...eth(Infinity, ['publicnode', 'drpc'])(now), ep('c', 'ankr', failed('c', now, 'blocked', 'ineligible'))],
      status: 'operational',
      states: [['ok', null], ['ok', null], ['ineligible', 'blocked']],
    },
    {
      name: 'a wrong chain is that endpoint failing',
      build: (now: number) => [...eth(Infinity, ['publicnode', 'drpc'])(now), ep('c', 'ankr', failed('c', now, 'wrong_chain'))],
      status: 'operational',
      states: [['ok', null], ['ok', null], ['down', 'wrong_chain']],
    },
    {
      name: 'an answer without a readable head → that endpoint down, invalid_response',
      build: (now: number) => [...eth(Infinity, ['publicnode', 'drpc'])(now), ep('c', 'ankr', head('c', now, {}, { reason: null }))],
      status: 'operational',
      states: [['ok', null], ['ok', null], ['down', 'invalid_response']],
    },
    {
      name: 'a result older than 3 intervals → that endpoint has no data',
      build: (now: number) => [...eth(Infinity, ['publicnode', 'drpc'])(now), ep('c', 'ankr', head('c', now - 5 * 60 * SEC, { height: 1 }))],
      status: 'operational',
      states: [['ok', null], ['ok', null], ['no_data', 'no_data']],
    },
  ])('$name', ({ build, status, states }) => {
    const { last } = run(ETH, 2, build);
    expect(last.status).toBe(status);
    expect(last.endpoints.map((e) => [e.state, e.reason])).toEqual(states);
  });

  it('reads the best head across vantages of one endpoint', () => {
    const { last } = run(ETH, 1, (now) => [
      ep('a', 'publicnode', head('a', now, chainHead(now, 12)), failed('a', now)),
      ep('b', 'drpc', head('b', now, chainHead(now, 12))),
    ]);
    expect(last.endpoints[0]?.state).toBe('ok');
  });

  it('never mutates the memory it is given', () => {
    const { memory } = run(SOLANA, 3, (now) => [ep('a', 'x', head('a', now, { slot: 5 + Math.floor(now / 400) }, { kind: 'solana' }))]);
    const copy = structuredClone(memory);
    stepChain(memory, { config: SOLANA, endpoints: [], now: T0 + 3_600_000 });
    expect(memory).toEqual(copy);
  });
});
