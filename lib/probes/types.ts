// The contract every probe kind keeps: a monitor from the catalog goes in, one ProbeResult comes out.
// Probes do network I/O only: no database, no status decisions (lib/status turns results into statuses).
import type { MonitorOf, ProbeKind } from '@/lib/catalog/schema';
import type { Reason } from '@/lib/status/vocabulary';

/** `ineligible`: the vantage could not judge the target (blocked, rate limited): not a failure. */
export const OUTCOMES = ['up', 'degraded', 'down', 'ineligible'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface ReportedComponent {
  id: string;
  name: string;
  /** Statuspage's own vocabulary: operational, degraded_performance, partial_outage, major_outage, under_maintenance. */
  status: string;
}

export interface ReportedIncident {
  id: string;
  title: string;
  /** investigating | identified | monitoring | resolved | postmortem (Statuspage), or the feed's own word. */
  phase: string;
  impact?: string;
  createdAt?: string;
  updatedAt?: string;
  url?: string;
  /** Regions or components the incident names. */
  regions?: string[];
  componentIds?: string[];
}

/** A maintenance the company scheduled on its own Statuspage (its `scheduled_maintenances`), on mapped components. */
export interface ReportedMaintenance {
  id: string;
  title: string;
  /** scheduled | in_progress | verifying | completed (Statuspage's words). */
  phase: string;
  scheduledFor: string;
  scheduledUntil: string;
  createdAt?: string;
  url?: string;
  componentIds?: string[];
}

/** What a probe read, kept so that lib/status can judge across endpoints and vantages. */
export interface ProbeFacts {
  httpStatus?: number;
  /** The upstream's `Date` header, epoch ms: used to check Marsad's own clock. */
  serverDateMs?: number;
  retryAfterSec?: number;
  chainId?: number;
  height?: number;
  headTimestampSec?: number;
  safeHeight?: number;
  safeTimestampSec?: number;
  finalizedHeight?: number;
  finalizedTimestampSec?: number;
  /** Solana: confirmed slot, and its block time. */
  slot?: number;
  /** Exchange: declared system / pair state, in Marsad's words. */
  declaredState?: 'online' | 'maintenance' | 'cancel_only' | 'post_only' | 'limit_only' | 'reduce_only' | 'halted';
  lastTradeAtMs?: number;
  components?: ReportedComponent[];
  incidents?: ReportedIncident[];
  /** Statuspage: the maintenances the company announced on the mapped components (lib/maintenance reads them). */
  maintenances?: ReportedMaintenance[];
  detail?: string;
  /**
   * The address the run's socket connected to (the last one, after redirects), as the socket reported
   * it; the time is the result's startedAt. lib/exposure maps it to a provider and region.
   */
  address?: string;
}

export interface ProbeResult {
  monitorId: string;
  kind: ProbeKind;
  vantage: string;
  outcome: Outcome;
  reason: Reason | null;
  /** Epoch ms when the probe started, and how long it took end to end. */
  startedAt: number;
  latencyMs: number;
  facts: ProbeFacts;
}

/** Which JSON-RPC endpoints refused a batch, so later runs ask them one call at a time straight away. */
export interface BatchRefusalMemory {
  refuses(url: string): boolean;
  remember(url: string): void;
}

export interface ProbeContext {
  fetch: typeof fetch;
  vantage: string;
  /** Wall clock, epoch ms. */
  now: () => number;
  userAgent: string;
  /** Resolves a host name; used to refuse private addresses unless the monitor allows them. */
  lookup?: (host: string) => Promise<string[]>;
  /** Endpoints known to refuse JSON-RPC batches (json-rpc.ts); one memory per process when absent. */
  batchRefusals?: BatchRefusalMemory;
  /** Optional external abort (scheduler shutdown). */
  signal?: AbortSignal;
}

export interface Probe<K extends ProbeKind> {
  kind: K;
  run(monitor: MonitorOf<K>, ctx: ProbeContext): Promise<ProbeResult>;
}

export type ProbeRegistry = { [K in ProbeKind]: Probe<K> };
