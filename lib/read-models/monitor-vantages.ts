// Which vantages checked each of a service's monitors in the last 24 hours, with their last answer:
// the service page's monitor list. Stored outcomes and reasons are validated here, never cast.
import { z } from 'zod';
import { getDatabase } from '@/lib/db/client';
import { readMonitorVantages } from '@/lib/db/history-queries';
import { DAY_MS, REASONS } from '@/lib/status';
import type { MonitorVantage } from '@/lib/view-types';

const OUTCOME_VALUES = ['up', 'degraded', 'down', 'ineligible'] as const;

/** Per monitor id, the vantages that checked it in the last 24 hours (none: not probed here lately). */
export async function getMonitorVantages(serviceId: string, now: number = Date.now()): Promise<Record<string, MonitorVantage[]>> {
  const { db } = await getDatabase();
  const rows = await readMonitorVantages(db, serviceId, new Date(now - DAY_MS));
  const out: Record<string, MonitorVantage[]> = {};
  for (const r of rows) {
    (out[r.monitorId] ??= []).push({
      vantage: r.vantage,
      checks: r.checks,
      answered: r.answered,
      failures: r.failures,
      lastAt: r.lastAt.toISOString(),
      lastOutcome: z.enum(OUTCOME_VALUES).catch('ineligible').parse(r.lastOutcome),
      lastReason: z.enum(REASONS).nullable().catch(null).parse(r.lastReason),
      lastLatencyMs: r.lastLatencyMs,
    });
  }
  for (const list of Object.values(out)) list.sort((a, b) => a.vantage.localeCompare(b.vantage, 'en'));
  return out;
}
