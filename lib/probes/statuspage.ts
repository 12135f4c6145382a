// The `statuspage` probe: what a company says about its own components on its Atlassian Statuspage.
// The outcome follows the worst of the monitor's components (by id, else exact name); the page's overall
// indicator is ignored, since it mixes in components that belong to other services.
import type { MonitorOf } from '@/lib/catalog/schema';
import { openIncidents, statuspageSummarySchema, toReportedComponent, toReportedIncident, type StatuspageSummary } from './statuspage-summary';
import { runProbeSession, type ProbeSession, type Verdict } from './session';
import type { Probe } from './types';

type Component = StatuspageSummary['components'][number];

/**
 * Statuspage's component words, ranked, with the verdict each gives. `under_maintenance` is degraded with no
 * reason (not `up`: the service may well be unusable, and not down: it was announced); lib/status decides
 * whether it is the `maintenance` status from facts.components.
 */
const COMPONENT_VERDICTS: Record<string, { rank: number; verdict: Verdict }> = {
  operational: { rank: 0, verdict: { outcome: 'up', reason: null } },
  under_maintenance: { rank: 1, verdict: { outcome: 'degraded', reason: null, detail: 'maintenance' } },
  degraded_performance: { rank: 2, verdict: { outcome: 'degraded', reason: 'reported_incident' } },
  partial_outage: { rank: 3, verdict: { outcome: 'down', reason: 'reported_incident' } },
  major_outage: { rank: 4, verdict: { outcome: 'down', reason: 'reported_incident' } },
};
/** A word Statuspage may add later: not operational, so at least degraded. */
const UNKNOWN_STATUS: { rank: number; verdict: Verdict } = { rank: 2, verdict: { outcome: 'degraded', reason: 'reported_incident' } };

function selectComponents(all: Component[], wanted: MonitorOf<'statuspage'>['components']): { selected: Component[]; missing: string[] } {
  if (wanted.length === 0) return { selected: all, missing: [] };
  const selected: Component[] = [];
  const missing: string[] = [];
  for (const w of wanted) {
    const match = w.id !== undefined ? all.find((c) => c.id === w.id) : all.find((c) => c.name === w.name);
    if (match) selected.push(match);
    else missing.push(w.id ?? w.name ?? '?');
  }
  return { selected, missing };
}

async function inspectStatuspage(session: ProbeSession, monitor: MonitorOf<'statuspage'>): Promise<Verdict> {
  const summary = await session.getJson(monitor.url, statuspageSummarySchema);
  const { selected, missing } = selectComponents(summary.components, monitor.components);
  session.facts.components = selected.map(toReportedComponent);
  // Every unresolved incident is kept, with its component ids: lib/status maps them to services.
  session.facts.incidents = openIncidents(summary).map((i) => toReportedIncident(i, summary.page?.url));
  const missingNote = missing.length ? `components not on the page: ${missing.join(', ')}` : undefined;

  if (selected.length === 0) {
    // A renamed or removed component is a catalog problem, not an outage of the company.
    return { outcome: 'ineligible', reason: 'invalid_response', detail: missingNote ?? 'the page lists no components' };
  }
  const worst = selected
    .map((c) => ({ component: c, judged: COMPONENT_VERDICTS[c.status] ?? UNKNOWN_STATUS }))
    .reduce((a, b) => (b.judged.rank > a.judged.rank ? b : a));
  const { verdict } = worst.judged;
  const said = verdict.outcome === 'up' ? undefined : `${worst.component.name}: ${worst.component.status}`;
  const detail = [verdict.detail, said, missingNote].filter(Boolean).join('; ');
  return detail ? { ...verdict, detail } : verdict;
}

export const statuspageProbe: Probe<'statuspage'> = {
  kind: 'statuspage',
  run: (monitor, ctx) => runProbeSession(monitor, ctx, (session) => inspectStatuspage(session, monitor)),
};
