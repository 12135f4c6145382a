// The `statuspage` probe: what a company says about its own components on its Atlassian Statuspage.
// The outcome follows the worst of the monitor's components (by id, else by name: statuspage-components.ts);
// the page's overall indicator is ignored, since it mixes in components that belong to other services.
// Components the catalog does not map (Coinbase's per-asset send/receive components) are named in the
// detail when not operational, never counted; incidents count only on mapped components.
import type { MonitorOf } from '@/lib/catalog/schema';
import { componentMap, refLabel, type ComponentMap } from './statuspage-components';
import { announcedMaintenances, openIncidents, statuspageSummarySchema, toReportedComponent, toReportedIncident, type StatuspageSummary } from './statuspage-summary';
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

/** How many unmapped, not-operational components the detail names before "…". */
const OTHERS_NOTED = 5;

function othersNote(all: Component[], map: ComponentMap): string | undefined {
  if (!map.filters) return undefined;
  const others = all.filter((c) => !c.group && c.status !== 'operational' && !map.isMapped(c));
  if (others.length === 0) return undefined;
  const named = others.slice(0, OTHERS_NOTED).map((c) => `${c.name}: ${c.status}`);
  return `not counted: ${named.join(', ')}${others.length > OTHERS_NOTED ? ` and ${others.length - OTHERS_NOTED} more` : ''}`;
}

async function inspectStatuspage(session: ProbeSession, monitor: MonitorOf<'statuspage'>): Promise<Verdict> {
  const summary = await session.getJson(monitor.url, statuspageSummarySchema);
  const map = componentMap(monitor.components, summary.components);
  const selected = summary.components.filter((c) => map.isMapped(c));
  const missing = map.missing().map(refLabel);
  session.facts.components = selected.map(toReportedComponent);
  // Unresolved incidents on the mapped components (or naming none), with their component ids.
  session.facts.incidents = openIncidents(summary)
    .filter((i) => map.countsIncident(i.components))
    .map((i) => toReportedIncident(i, summary.page?.url));
  // Maintenances the company announced on the mapped components (or naming none): lib/maintenance records them.
  session.facts.maintenances = announcedMaintenances(summary, (m) => map.countsIncident(m.components));
  const missingNote = missing.length ? `components not on the page: ${missing.join(', ')}` : undefined;
  const others = othersNote(summary.components, map);

  if (selected.length === 0) {
    // A renamed or removed component is a catalog problem, not an outage of the company.
    return { outcome: 'ineligible', reason: 'invalid_response', detail: missingNote ?? 'the page lists no components' };
  }
  const worst = selected
    .map((c) => ({ component: c, judged: COMPONENT_VERDICTS[c.status] ?? UNKNOWN_STATUS }))
    .reduce((a, b) => (b.judged.rank > a.judged.rank ? b : a));
  const { verdict } = worst.judged;
  const said = verdict.outcome === 'up' ? undefined : `${worst.component.name}: ${worst.component.status}`;
  const detail = [verdict.detail, said, missingNote, others].filter(Boolean).join('; ');
  return detail ? { ...verdict, detail } : verdict;
}

export const statuspageProbe: Probe<'statuspage'> = {
  kind: 'statuspage',
  run: (monitor, ctx) => runProbeSession(monitor, ctx, (session) => inspectStatuspage(session, monitor)),
};
