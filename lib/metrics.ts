// The metrics this process keeps between scrapes (prom-client): Node's own (process_*, nodejs_*) and
// the scheduler's lag as a histogram. What is read at scrape time (database, caches, counters held
// elsewhere) is added by lib/read-models/health.ts. Kept on globalThis: the scheduler runs in Next's
// instrumentation bundle and /api/metrics in a route bundle of the same process.
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

interface Shared {
  registry: Registry;
  schedulerLag: Histogram;
}

const key = '__marsadMetrics';
type GlobalWithMetrics = typeof globalThis & { [key]?: Shared };

function shared(): Shared {
  const g = globalThis as GlobalWithMetrics;
  if (!g[key]) {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    // Gauges named like counters (promtool's lint says so); their per-type twins (nodejs_active_handles{type}) stay.
    for (const name of ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total']) registry.removeSingleMetric(name);
    const schedulerLag = new Histogram({
      name: 'marsad_scheduler_lag_seconds',
      help: "Time between a check's due time and its start.",
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
    g[key] = { registry, schedulerLag };
  }
  return g[key];
}

/** The long-lived registry (Node's metrics and the histograms below). */
export function metricsRegistry(): Registry {
  return shared().registry;
}

/** One check started `lagMs` after it was due. */
export function observeSchedulerLag(lagMs: number): void {
  shared().schedulerLag.observe(Math.max(0, lagMs) / 1000);
}
