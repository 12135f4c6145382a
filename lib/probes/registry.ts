// Every probe kind in one table the compiler forces to be complete, and runProbe(): the single entry point
// the scheduler calls. It skips monitors whose API key is not configured, puts the key into the URL, and
// guarantees a ProbeResult even if a probe breaks its own never-throw promise.
import { API_KEY_PLACEHOLDER, type Monitor, type MonitorOf, type ProbeKind } from '@/lib/catalog/schema';
import { bitcoinProbe } from './bitcoin';
import { cloudFeedProbe } from './cloud-feed';
import { evmProbe } from './evm';
import { exchangeProbe } from './exchange';
import { classifyError } from './failure';
import { httpProbe } from './http';
import { solanaProbe } from './solana';
import { statuspageProbe } from './statuspage';
import type { ProbeContext, ProbeRegistry, ProbeResult } from './types';

export const PROBES: ProbeRegistry = {
  http: httpProbe,
  exchange: exchangeProbe,
  evm: evmProbe,
  solana: solanaProbe,
  bitcoin: bitcoinProbe,
  statuspage: statuspageProbe,
  'cloud-feed': cloudFeedProbe,
};

export { API_KEY_PLACEHOLDER };

export interface RunProbeOptions {
  /** Where apiKeyEnv is looked up; process.env by default. */
  env?: Record<string, string | undefined>;
}

function resultWithoutRequest(monitor: Monitor, ctx: ProbeContext, partial: Pick<ProbeResult, 'outcome' | 'reason'>, detail: string): ProbeResult {
  let startedAt: number;
  try {
    startedAt = ctx.now();
  } catch {
    startedAt = Date.now(); // even a broken injected clock must not make runProbe throw
  }
  return { monitorId: monitor.id, kind: monitor.kind, vantage: ctx.vantage, startedAt, latencyMs: 0, facts: { detail }, ...partial };
}

/** The monitor with its key in place of {apiKey} in its URL fields (url, baseUrl). */
function withApiKey<M extends Monitor>(monitor: M, key: string): M {
  const copy: Record<string, unknown> = { ...monitor };
  for (const field of ['url', 'baseUrl'] as const) {
    const value = copy[field];
    if (typeof value === 'string') copy[field] = value.replaceAll(API_KEY_PLACEHOLDER, encodeURIComponent(key));
  }
  return copy as M;
}

function dispatch<K extends ProbeKind>(monitor: MonitorOf<K>, ctx: ProbeContext): Promise<ProbeResult> {
  return PROBES[monitor.kind as K].run(monitor, ctx);
}

/**
 * Runs the monitor's probe and returns its result; never rejects. A monitor with `apiKeyEnv` whose variable
 * is unset or empty is not run: outcome `ineligible`, reason null, detail naming the variable (never the key).
 */
export async function runProbe(monitor: Monitor, ctx: ProbeContext, options: RunProbeOptions = {}): Promise<ProbeResult> {
  let key: string | undefined;
  if (monitor.apiKeyEnv !== undefined) {
    key = (options.env ?? process.env)[monitor.apiKeyEnv];
    if (!key) return resultWithoutRequest(monitor, ctx, { outcome: 'ineligible', reason: null }, `skipped: ${monitor.apiKeyEnv} is not set`);
  }
  try {
    const result = await dispatch(key ? withApiKey(monitor, key) : monitor, ctx);
    // Belt and braces: a key must never reach the database or the public API through a detail text.
    if (key && result.facts.detail?.includes(key)) result.facts.detail = result.facts.detail.replaceAll(key, '***');
    return result;
  } catch (err) {
    const failure = classifyError(err);
    return resultWithoutRequest(monitor, ctx, { outcome: 'down', reason: 'invalid_response' }, `probe failed unexpectedly: ${failure.message}`);
  }
}
