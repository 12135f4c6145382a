// One round of a chain's liveness endpoints, read apart from the chain: which answered with a head,
// which failed (the endpoint's problem, not the chain's), which trail the best head (`lagging`), and
// how far Marsad's clock is from the endpoints' (their HTTP `Date`), to tell clock skew from a stall.
import type { ChainConfig } from '@/lib/catalog/schema';
import type { ProbeResult } from '@/lib/probes/types';
import { isIneligibleResult } from './confirmation';
import { isFresh, median } from './shared';
import type { Reason } from './vocabulary';

/** docs/methodology.md § Chains: an endpoint whose head trails the best by more than max(2 blocks, 15 s) is `lagging`. */
export const LAG_MAX_BLOCKS = 2;
export const LAG_MAX_SEC = 15;
/**
 * Our clock against the endpoints' `Date` headers: beyond this it is `clock_skew`. `Date` has a
 * one-second resolution and the answer's latency blurs it by half a round trip (≤ 5 s at a 10 s timeout).
 */
export const CLOCK_SKEW_TOLERANCE_SEC = 10;

export interface ChainEndpointInput {
  monitorId: string;
  /** Who runs the endpoint: the quorum counts distinct operators, not endpoints. */
  operator: string;
  /** This endpoint's recent results, from any vantage; only results within STALE_AFTER_INTERVALS count. */
  results: readonly ProbeResult[];
}

export interface Head {
  /** Block height, or the confirmed slot on Solana. */
  number: number;
  timestampSec: number | null;
  safeTimestampSec: number | null;
  finalizedTimestampSec: number | null;
}

export interface EndpointReading {
  monitorId: string;
  operator: string;
  head: Head | null;
  /** The result the reading comes from (the best answer, else the latest failure). */
  result: ProbeResult | null;
}

export type EndpointState = 'ok' | 'lagging' | 'down' | 'ineligible' | 'no_data';

export interface EndpointVerdict {
  monitorId: string;
  operator: string;
  state: EndpointState;
  reason: Reason | null;
  height: number | null;
  behindBlocks: number | null;
  behindSec: number | null;
  latencyMs: number | null;
  checkedAt: number | null;
}

export function readEndpoint(ep: ChainEndpointInput, family: ChainConfig['family'], now: number, intervalSec: number): EndpointReading {
  const fresh = ep.results.filter((r) => isFresh(r.startedAt, now, intervalSec) && r.startedAt <= now);
  let best: { head: Head; result: ProbeResult } | null = null;
  for (const r of fresh) {
    const head = r.outcome === 'down' || isIneligibleResult(r) ? null : headOf(r, family);
    if (head && (!best || head.number > best.head.number)) best = { head, result: r };
  }
  if (best) return { monitorId: ep.monitorId, operator: ep.operator, ...best };
  const latest = fresh.reduce<ProbeResult | null>((a, r) => (!a || r.startedAt > a.startedAt ? r : a), null);
  return { monitorId: ep.monitorId, operator: ep.operator, head: null, result: latest };
}

function headOf(r: ProbeResult, family: ChainConfig['family']): Head | null {
  const number = family === 'solana' ? (r.facts.slot ?? r.facts.height) : r.facts.height;
  if (number === undefined || !Number.isFinite(number)) return null;
  return {
    number,
    timestampSec: r.facts.headTimestampSec ?? null,
    safeTimestampSec: r.facts.safeTimestampSec ?? null,
    finalizedTimestampSec: r.facts.finalizedTimestampSec ?? null,
  };
}

export function bestHead(readings: readonly EndpointReading[]): Head | null {
  return readings.reduce<Head | null>((best, r) => (r.head && (!best || r.head.number > best.number) ? r.head : best), null);
}

export function judgeEndpoints(readings: readonly EndpointReading[], best: Head | null, config: Pick<ChainConfig, 'family' | 'blockTimeSec'>): EndpointVerdict[] {
  return readings.map((r) => {
    const base = {
      monitorId: r.monitorId,
      operator: r.operator,
      height: r.head?.number ?? null,
      latencyMs: r.result?.latencyMs ?? null,
      checkedAt: r.result?.startedAt ?? null,
    };
    if (!r.result) return { ...base, state: 'no_data', reason: 'no_data', behindBlocks: null, behindSec: null };
    if (!r.head) {
      const ineligible = isIneligibleResult(r.result);
      // An answer without a readable head is a failure of that endpoint.
      const reason = r.result.reason ?? (ineligible ? null : 'invalid_response');
      return { ...base, state: ineligible ? 'ineligible' : 'down', reason, behindBlocks: null, behindSec: null };
    }
    const behindBlocks = best ? best.number - r.head.number : 0;
    const behindSec = secondsBehind(r.head, best, behindBlocks, config);
    const lagging = behindBlocks > LAG_MAX_BLOCKS && (behindSec === null || behindSec > LAG_MAX_SEC);
    return { ...base, state: lagging ? 'lagging' : 'ok', reason: lagging ? 'lagging' : null, behindBlocks, behindSec };
  });
}

/**
 * Time behind the best head: from the two heads' header times (same chain, so no clock involved), or
 * blocks × the usual block time. Bitcoin header times may legitimately be hours off: blocks only there.
 */
function secondsBehind(head: Head, best: Head | null, behindBlocks: number, config: Pick<ChainConfig, 'family' | 'blockTimeSec'>): number | null {
  if (!best) return 0;
  if (config.family !== 'bitcoin' && head.timestampSec !== null && best.timestampSec !== null) return best.timestampSec - head.timestampSec;
  return config.blockTimeSec !== undefined ? behindBlocks * config.blockTimeSec : null;
}

/**
 * Median of (endpoint's `Date` − our clock at the middle of the request), in seconds: positive when our
 * clock is behind. The median over operators keeps one endpoint's wrong clock from moving it.
 */
export function measureClockSkewSec(readings: readonly EndpointReading[]): number | null {
  const skews = readings.flatMap((r) => {
    const serverDateMs = r.result?.facts.serverDateMs;
    if (!r.result || serverDateMs === undefined) return [];
    return [(serverDateMs - (r.result.startedAt + r.result.latencyMs / 2)) / 1000];
  });
  return median(skews);
}
