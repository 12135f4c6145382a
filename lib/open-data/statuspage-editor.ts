// An editor's incident (the desk) in the Statuspage v2 shape, beside the measured and rebuilt ones
// (statuspage.ts). Statuspage's own incidents are written by people, so the mapping is direct: each
// editor update is an incident update with its phase; the body is the editor's Markdown in the asked
// language (Arabic, marked so, when the English is missing). `marsad_provenance` says who wrote it.
import type { Locale } from '@/lib/i18n/routing';
import type { EditorIncident, EditorText } from '@/lib/view-types';
import type { Status } from '@/lib/status/vocabulary';
import { PAGE_ID, SP_INDICATORS, type SpIncident, type SpIndicator } from '@/lib/open-data/statuspage';

const IMPACT: Partial<Record<Status, SpIndicator>> = { degraded: 'minor', partial_outage: 'major', major_outage: 'critical' };

export interface EditorStatuspageLabels {
  /** Appended to Arabic text served in English: "(Arabic only)". */
  arabicOnly: string;
}

function textIn(text: EditorText, lang: Locale, labels: EditorStatuspageLabels): string {
  if (lang === 'en' && text.en) return text.en;
  if (lang === 'en') return `${text.ar}\n\n(${labels.arabicOnly})`;
  return text.ar;
}

function worstImpact(incident: EditorIncident): SpIndicator {
  let worst: SpIndicator = 'none';
  for (const i of [...incident.impacts, ...incident.updates.flatMap((u) => u.impacts)]) {
    const impact = IMPACT[i.impact] ?? 'none';
    if (SP_INDICATORS.indexOf(impact) > SP_INDICATORS.indexOf(worst)) worst = impact;
  }
  return worst;
}

export function statuspageEditorIncident(incident: EditorIncident, lang: Locale, labels: EditorStatuspageLabels, url: string): SpIncident & { marsad_provenance: 'editor' } {
  const updates = incident.updates.map((u, i) => ({
    id: `${incident.slug}-${i}`,
    status: u.phase,
    body: textIn(u.body, lang, labels),
    incident_id: incident.slug,
    created_at: u.atUtc,
    updated_at: u.atUtc,
    display_at: u.atUtc,
    affected_components: null,
    deliver_notifications: true,
    custom_tweet: null,
    tweet_id: null,
  }));
  const monitoring = incident.updates.filter((u) => u.phase === 'monitoring').at(-1)?.atUtc ?? null;
  return {
    id: incident.slug,
    name: lang === 'en' && incident.title.en ? incident.title.en : incident.title.ar,
    status: incident.phase,
    created_at: incident.startUtc,
    updated_at: incident.updatedUtc,
    monitoring_at: incident.phase === 'monitoring' || incident.phase === 'resolved' ? monitoring : null,
    resolved_at: incident.resolvedUtc,
    impact: worstImpact(incident),
    shortlink: url,
    started_at: incident.startUtc,
    page_id: PAGE_ID,
    incident_updates: updates.reverse(),
    components: [],
    marsad_provenance: 'editor',
  };
}
