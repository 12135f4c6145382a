// One probe run: owns the deadline, gathers facts across the run's requests, and turns whatever happens
// (a verdict, a ProbeFailure, or an unexpected throw) into exactly one ProbeResult. This is where the
// "never throws, always within timeoutMs" guarantee of every probe kind lives.
import type { z } from 'zod';
import type { MonitorOf, ProbeKind } from '@/lib/catalog/schema';
import type { Reason } from '@/lib/status/vocabulary';
import { raceSignal, startDeadline } from './deadline';
import { classifyError } from './failure';
import { recordConnections, type ConnectionRecorder } from './probe-fetch';
import { parseJsonWith, requestText, type FetchedResponse, type RequestSpec } from './request';
import type { Outcome, ProbeContext, ProbeFacts, ProbeResult } from './types';

export interface Verdict {
  outcome: Outcome;
  reason: Reason | null;
  detail?: string;
}

export const UP: Verdict = { outcome: 'up', reason: null };

export interface ProbeSession {
  /** Facts gathered so far; probes add theirs, requests add httpStatus and serverDateMs. */
  readonly facts: ProbeFacts;
  readonly ctx: ProbeContext;
  readonly signal: AbortSignal;
  fetchText(spec: RequestSpec): Promise<FetchedResponse>;
  getJson<S extends z.ZodType>(url: string, schema: S): Promise<z.output<S>>;
  postJson<S extends z.ZodType>(url: string, body: unknown, schema: S): Promise<z.output<S>>;
}

export type Inspect = (session: ProbeSession) => Promise<Verdict>;

function createSession(monitor: MonitorOf<ProbeKind>, ctx: ProbeContext, signal: AbortSignal, connections: ConnectionRecorder): ProbeSession {
  const facts: ProbeFacts = {};
  const limits = { signal, maxBytes: monitor.maxBytes, allowPrivateNetwork: monitor.allowPrivateNetwork };
  const deps = { fetch: ctx.fetch, userAgent: ctx.userAgent, lookup: ctx.lookup, now: ctx.now, dispatcher: connections.dispatcher };

  async function fetchText(spec: RequestSpec): Promise<FetchedResponse> {
    try {
      const res = await requestText(spec, limits, deps);
      facts.httpStatus = res.status;
      if (res.serverDateMs !== undefined) facts.serverDateMs = res.serverDateMs;
      return res;
    } finally {
      // Where the endpoint answered from (lib/exposure), known as soon as a socket connected, even when
      // what came back was an error.
      if (connections.address !== undefined) facts.address = connections.address;
    }
  }

  return {
    facts,
    ctx,
    signal,
    fetchText,
    async getJson(url, schema) {
      return parseJsonWith((await fetchText({ url })).text, schema);
    },
    async postJson(url, body, schema) {
      return parseJsonWith((await fetchText({ url, method: 'POST', json: body })).text, schema);
    },
  };
}

/** Runs `inspect` under the monitor's deadline and returns its result; never rejects. */
export async function runProbeSession<K extends ProbeKind>(monitor: MonitorOf<K>, ctx: ProbeContext, inspect: Inspect): Promise<ProbeResult> {
  const startedAt = ctx.now();
  const startedPerf = performance.now(); // monotonic: latency must not jump with the wall clock
  const deadline = startDeadline(monitor.timeoutMs, ctx.signal);
  const connections = recordConnections({ publicOnly: !monitor.allowPrivateNetwork });
  let session: ProbeSession | undefined;
  let verdict: Verdict;
  try {
    session = createSession(monitor, ctx, deadline.signal, connections);
    // The race makes the deadline hard even if some step ignores the signal.
    verdict = await raceSignal(inspect(session), deadline.signal);
  } catch (err) {
    const failure = classifyError(err, deadline.signal);
    if (session) Object.assign(session.facts, failure.facts);
    verdict = { outcome: failure.outcome, reason: failure.reason, detail: failure.message };
  } finally {
    deadline.dispose();
    connections.close();
  }
  const facts: ProbeFacts = { ...session?.facts };
  if (verdict.detail !== undefined) facts.detail = verdict.detail;
  return {
    monitorId: monitor.id,
    kind: monitor.kind,
    vantage: ctx.vantage,
    outcome: verdict.outcome,
    reason: verdict.reason,
    startedAt,
    latencyMs: Math.round(performance.now() - startedPerf),
    facts,
  };
}
