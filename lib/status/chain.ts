// Chain liveness apart from access (docs/methodology.md § Chains): a reducer over rounds of a chain's
// liveness endpoints. The main signal is how long the best height has not advanced on Marsad's own
// clock (Bitcoin: since the block was first seen); header age is second. The caller keeps ChainMemory.
import { DEFAULT_INTERVAL_SEC, type ChainConfig } from '@/lib/catalog/schema';
import {
  CLOCK_SKEW_TOLERANCE_SEC,
  bestHead,
  judgeEndpoints,
  measureClockSkewSec,
  readEndpoint,
  type ChainEndpointInput,
  type EndpointReading,
  type EndpointVerdict,
} from './chain-endpoints';
import type { Reason, Status } from './vocabulary';

/** docs/methodology.md § Chains: "stalled" needs the best head past the hard limit in 2 rounds in a row. */
export const STALL_ROUNDS = 2;
/** docs/methodology.md § Chains (L2s): the safe head is late past max(safeLimitSec, 3 × its usual age). */
export const SAFE_USUAL_FACTOR = 3;
/** Weight of one round in the "usual" safe-head age: 1/720 ≈ a 6-hour memory at 30 s rounds. */
export const SAFE_USUAL_ALPHA = 1 / 720;
/** Solana's slot rate is measured over at least this long, from samples kept this long. */
export const SLOT_RATE_MIN_WINDOW_MS = 20_000;
export const SLOT_SAMPLES_KEEP_MS = 120_000;

export interface ChainMemory {
  /** The highest head seen (Solana: confirmed slot). */
  bestHeight: number | null;
  /** Our clock when the best height last advanced: for Bitcoin, when the newest block was first seen. */
  advancedAt: number | null;
  /** An advance has been seen since watching began; until then, header age may stand in (never for a stall). */
  sawAdvance: boolean;
  /** Rounds in a row with the best head past hard limit and a quorum answering. */
  roundsPastHard: number;
  /** The first of those rounds: when a stall incident starts. */
  firstPastHardAt: number | null;
  slotSamples: { slot: number; at: number }[];
  /** Learned usual age of the L2 `safe` head (s), only from rounds when it was not late. */
  usualSafeAgeSec: number | null;
}

export interface ChainRound {
  config: ChainConfig;
  /** The chain's liveness monitors (role `liveness`), each with its recent results. */
  endpoints: readonly ChainEndpointInput[];
  /** Marsad's clock for this round, epoch ms; derive it from a monotonic source where possible. */
  now: number;
  intervalSec?: number;
}

export interface ChainVerdict {
  /** operational, degraded, major_outage (stalled) or unknown. */
  status: Status;
  /** stale_head, not_finalizing (Ethereum/Polygon finality, L2 safe head: "posting to L1 delayed"), clock_skew, no_data. */
  reason: Reason | null;
  bestHeight: number | null;
  /** The signal the status was judged on: own-clock age of the best head (header age only before the first advance). */
  headAgeSec: number | null;
  /** Age of the best head by its header time, corrected by the measured skew. */
  headerAgeSec: number | null;
  /** Header time can be shown to readers (not Bitcoin, no clock skew). */
  headerTrusted: boolean;
  lastAdvanceAt: number | null;
  finalizedAgeSec: number | null;
  safeAgeSec: number | null;
  slotsPerSec: number | null;
  clockSkewSec: number | null;
  clockSkew: boolean;
  operators: { answering: number; quorum: number };
  /** When stalled: the first round past the hard limit (the incident's first failing check). */
  firstFailAt: number | null;
  endpoints: EndpointVerdict[];
}

export interface ChainStep {
  memory: ChainMemory;
  verdict: ChainVerdict;
}

export function initialChainMemory(): ChainMemory {
  return { bestHeight: null, advancedAt: null, sawAdvance: false, roundsPastHard: 0, firstPastHardAt: null, slotSamples: [], usualSafeAgeSec: null };
}

export function stepChain(prev: ChainMemory | undefined, round: ChainRound): ChainStep {
  const { config, now } = round;
  const m: ChainMemory = { ...(prev ?? initialChainMemory()), slotSamples: [...(prev?.slotSamples ?? [])] };
  const readings = round.endpoints.map((ep) => readEndpoint(ep, config.family, now, round.intervalSec ?? DEFAULT_INTERVAL_SEC));
  const answering = readings.filter((r) => r.head);
  const best = bestHead(answering);
  const operators = new Set(answering.map((r) => r.operator)).size;
  const quorumMet = operators >= config.quorum;

  if (best && (m.bestHeight === null || best.number > m.bestHeight)) {
    m.sawAdvance ||= m.bestHeight !== null; // the first sighting is not an advance
    m.bestHeight = best.number;
    m.advancedAt = now;
  }
  const clock = readClock(answering, best?.timestampSec ?? null, config, now);
  const ownAgeSec = m.advancedAt === null ? null : (now - m.advancedAt) / 1000;
  const useHeader = !m.sawAdvance && clock.headerTrusted && clock.headerAgeSec !== null;
  const headAgeSec = ownAgeSec === null ? null : useHeader ? Math.max(ownAgeSec, clock.headerAgeSec!) : ownAgeSec;

  // Only the own clock can say "stalled"; a round without a quorum neither counts nor breaks the streak.
  const pastHard = ownAgeSec !== null && ownAgeSec > config.hardLimitSec;
  if (best && !pastHard) {
    m.roundsPastHard = 0;
    m.firstPastHardAt = null;
  } else if (best && quorumMet) {
    m.roundsPastHard += 1;
    m.firstPastHardAt ??= now;
  }

  const slotsPerSec = best && config.minSlotsPerSec !== undefined ? sampleSlotRate(m, best.number, now) : null;
  const finalizedAgeSec = config.finalizedLimitSec !== undefined ? ageOf(answering, 'finalizedTimestampSec', clock.serverNowSec) : null;
  const safeAgeSec = config.safeLimitSec !== undefined ? ageOf(answering, 'safeTimestampSec', clock.serverNowSec) : null;
  const safeLate = safeAgeSec !== null && safeAgeSec > safeThresholdSec(m.usualSafeAgeSec, config.safeLimitSec!);
  if (safeAgeSec !== null && !safeLate) m.usualSafeAgeSec = learnUsualSafeAge(m.usualSafeAgeSec, safeAgeSec, config.safeLimitSec!);

  const judged = judge({
    hasBest: best !== null,
    quorumMet,
    stalled: quorumMet && pastHard && m.roundsPastHard >= STALL_ROUNDS,
    stale: headAgeSec !== null && headAgeSec > config.softLimitSec,
    slowSlots: slotsPerSec !== null && slotsPerSec < config.minSlotsPerSec!,
    notFinalizing: finalizedAgeSec !== null && finalizedAgeSec > config.finalizedLimitSec!,
    safeLate,
    clockSkew: clock.skewed,
  });
  const verdict: ChainVerdict = {
    ...judged,
    bestHeight: m.bestHeight,
    headAgeSec,
    headerAgeSec: clock.headerAgeSec,
    headerTrusted: clock.headerTrusted,
    lastAdvanceAt: m.advancedAt,
    finalizedAgeSec,
    safeAgeSec,
    slotsPerSec,
    clockSkewSec: clock.skewSec,
    clockSkew: clock.skewed,
    operators: { answering: operators, quorum: config.quorum },
    firstFailAt: judged.status === 'major_outage' ? m.firstPastHardAt : null,
    endpoints: judgeEndpoints(readings, best, config),
  };
  return { memory: m, verdict };
}

interface Signals {
  hasBest: boolean;
  quorumMet: boolean;
  stalled: boolean;
  stale: boolean;
  slowSlots: boolean;
  notFinalizing: boolean;
  safeLate: boolean;
  clockSkew: boolean;
}

/**
 * A fresh head from any endpoint proves the chain alive; saying something is wrong with the chain
 * (degraded or stalled) needs `quorum` distinct operators, since one stuck node looks like a slow chain.
 */
function judge(s: Signals): { status: Status; reason: Reason | null } {
  const fine = { status: 'operational' as const, reason: s.clockSkew ? ('clock_skew' as const) : null };
  if (!s.hasBest) return { status: 'unknown', reason: 'no_data' };
  if (s.stalled) return { status: 'major_outage', reason: 'stale_head' };
  if (!s.quorumMet) return s.stale ? { status: 'unknown', reason: 'no_data' } : fine;
  if (s.stale || s.slowSlots) return { status: 'degraded', reason: 'stale_head' };
  // Finality and the L2 safe head degrade, never stall: blocks are still being produced.
  if (s.notFinalizing || s.safeLate) return { status: 'degraded', reason: 'not_finalizing' };
  return fine;
}

interface ClockReading {
  skewSec: number | null;
  skewed: boolean;
  serverNowSec: number;
  headerAgeSec: number | null;
  headerTrusted: boolean;
}

function readClock(answering: readonly EndpointReading[], headTimestampSec: number | null, config: ChainConfig, now: number): ClockReading {
  const skewSec = measureClockSkewSec(answering);
  const serverNowSec = now / 1000 + (skewSec ?? 0);
  const headerAgeSec = headTimestampSec === null ? null : serverNowSec - headTimestampSec;
  // A head "from the future" also means a clock is off (Bitcoin's header times may be: not a signal there).
  const headerInFuture = config.family !== 'bitcoin' && headerAgeSec !== null && headerAgeSec < -CLOCK_SKEW_TOLERANCE_SEC;
  const skewed = (skewSec !== null && Math.abs(skewSec) > CLOCK_SKEW_TOLERANCE_SEC) || headerInFuture;
  return { skewSec, skewed, serverNowSec, headerAgeSec, headerTrusted: config.family !== 'bitcoin' && !skewed };
}

function ageOf(answering: readonly EndpointReading[], key: 'finalizedTimestampSec' | 'safeTimestampSec', serverNowSec: number): number | null {
  const times = answering.flatMap((r) => (r.head?.[key] != null ? [r.head[key]] : []));
  return times.length ? serverNowSec - Math.max(...times) : null;
}

/** docs/methodology.md § Chains (L2s): late past max(limit, 3 × its usual age). */
export function safeThresholdSec(usualSafeAgeSec: number | null, limitSec: number): number {
  return Math.max(limitSec, SAFE_USUAL_FACTOR * (usualSafeAgeSec ?? 0));
}

/**
 * A slow moving average of the safe head's age, fed only by rounds that were not late (so a delay never
 * teaches itself as normal). The first sample is capped at limit/3 so a start during a delay cannot
 * raise the threshold above the catalog's limit.
 */
function learnUsualSafeAge(usualSec: number | null, sampleSec: number, limitSec: number): number {
  if (usualSec === null) return Math.min(sampleSec, limitSec / SAFE_USUAL_FACTOR);
  return usualSec + (sampleSec - usualSec) * SAFE_USUAL_ALPHA;
}

/** Adds this round's best slot to the samples (on `m`, this step's own copy) and measures slots/s over them. */
function sampleSlotRate(m: ChainMemory, slot: number, now: number): number | null {
  m.slotSamples = [...m.slotSamples.filter((s) => now - s.at <= SLOT_SAMPLES_KEEP_MS && s.at < now), { slot, at: now }];
  const oldest = m.slotSamples[0]!;
  if (now - oldest.at < SLOT_RATE_MIN_WINDOW_MS) return null;
  return (slot - oldest.slot) / ((now - oldest.at) / 1000);
}
