// Builders for the status tests: probe results in a few characters, and replaying a check sequence
// through the confirmation reducer.
import type { ProbeFacts, ProbeResult } from '@/lib/probes/types';
import { stepConfirmation, type ConfirmationState } from '@/lib/status/confirmation';
import type { StatusEvent } from '@/lib/status/shared';
import type { Reason } from '@/lib/status/vocabulary';

/** 2025-10-20 06:48:00 UTC: the first minute of the AWS us-east-1 outage. */
export const T0 = Date.UTC(2025, 9, 20, 6, 48, 0);
export const SEC = 1000;
export const MIN = 60 * SEC;
export const INTERVAL_SEC = 30;

export function result(over: Partial<ProbeResult> = {}): ProbeResult {
  return {
    monitorId: 'coinbase-api',
    kind: 'http',
    vantage: 'fra',
    outcome: 'up',
    reason: null,
    startedAt: T0,
    latencyMs: 120,
    facts: {},
    ...over,
  };
}

/** One character per check: u up, g degraded, d down (timeout), b blocked, r rate limited, i impaired. */
const CODES: Record<string, Pick<ProbeResult, 'outcome' | 'reason'>> = {
  u: { outcome: 'up', reason: null },
  g: { outcome: 'degraded', reason: 'lagging' },
  d: { outcome: 'down', reason: 'timeout' },
  b: { outcome: 'ineligible', reason: 'blocked' },
  r: { outcome: 'ineligible', reason: 'rate_limited' },
  i: { outcome: 'ineligible', reason: 'vantage_impaired' },
};

export function checks(seq: string, opts: { start?: number; intervalSec?: number; vantage?: string; monitorId?: string } = {}): ProbeResult[] {
  const start = opts.start ?? T0;
  const step = (opts.intervalSec ?? INTERVAL_SEC) * SEC;
  return [...seq].map((c, i) => {
    const code = CODES[c];
    if (!code) throw new Error(`unknown check code ${c}`);
    return result({ ...code, startedAt: start + i * step, vantage: opts.vantage ?? 'fra', monitorId: opts.monitorId ?? 'coinbase-api' });
  });
}

export function confirm(results: readonly ProbeResult[], from?: ConfirmationState): { state: ConfirmationState | undefined; events: StatusEvent[] } {
  let state = from;
  const events: StatusEvent[] = [];
  for (const r of results) {
    const step = stepConfirmation(state, r);
    state = step.state;
    if (step.event) events.push(step.event);
  }
  return { state, events };
}

/** The confirmation state after a check sequence (see `checks`). */
export function confirmSeq(seq: string, opts: Parameters<typeof checks>[1] = {}): ConfirmationState {
  const { state } = confirm(checks(seq, opts));
  if (!state) throw new Error('empty sequence');
  return state;
}

export function at(i: number, intervalSec = INTERVAL_SEC, start = T0): number {
  return start + i * intervalSec * SEC;
}

export type { ProbeFacts, Reason };
