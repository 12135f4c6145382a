// The one status vocabulary of Marsad (docs/methodology.md § Statuses): API, database, pages and feeds all
// derive their types from these arrays, so adding a code breaks the build where it is not handled.

export const STATUSES = [
  'operational',
  'degraded',
  'partial_outage',
  'major_outage',
  'maintenance',
  'unknown',
] as const;
export type Status = (typeof STATUSES)[number];

/** Higher is worse; `unknown` ranks below every measured status so it never hides a real outage. */
export const STATUS_SEVERITY: Record<Status, number> = {
  unknown: 0,
  operational: 1,
  maintenance: 2,
  degraded: 3,
  partial_outage: 4,
  major_outage: 5,
};

export const REASONS = [
  'timeout',
  'connect_refused',
  'dns',
  'tls',
  'http_status',
  'rate_limited',
  'blocked',
  /** The target's name resolved to a loopback, private or link-local address: not probed (ineligible, not a failure). */
  'private_address',
  'invalid_response',
  'rpc_error',
  'stale_head',
  'lagging',
  'not_finalizing',
  'wrong_chain',
  'clock_skew',
  'trading_halted',
  'reported_incident',
  'vantage_impaired',
  // Not failures: why a status is what it is when nothing failed.
  'not_monitored',
  'no_data',
  /** An exchange declares that no order matches while its trades flow: the status follows the trades (docs/methodology.md § Exchanges). */
  'declared_state_mismatch',
] as const;
export type Reason = (typeof REASONS)[number];

export const INCIDENT_PHASES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type IncidentPhase = (typeof INCIDENT_PHASES)[number];

export const PROVENANCES = ['measured', 'reported', 'reconstructed'] as const;
export type Provenance = (typeof PROVENANCES)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export function isWorse(a: Status, b: Status): boolean {
  return STATUS_SEVERITY[a] > STATUS_SEVERITY[b];
}

export function worstStatus(statuses: readonly Status[]): Status {
  return statuses.reduce<Status>((worst, s) => (isWorse(s, worst) ? s : worst), 'unknown');
}
