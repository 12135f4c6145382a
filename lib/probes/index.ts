// The public face of lib/probes for the scheduler and the probe worker: run a monitor, share a per-host
// politeness budget, and the result types. Probe internals stay importable by path for tests.
export { PROBES, runProbe, API_KEY_PLACEHOLDER, type RunProbeOptions } from './registry';
export { createHostBudget, type HostBudget, type HostBudgetOptions } from './host-budget';
export { MAX_REDIRECTS } from './request';
export * from './types';
