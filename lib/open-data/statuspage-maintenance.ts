// Announced maintenance windows as Statuspage v2 scheduled maintenances (/api/v2/scheduled-maintenances.json,
// …/upcoming.json, …/active.json, and summary.json's `scheduled_maintenances`), so tools that read Statuspage
// pages read them unchanged. Pure. Statuspage has no "cancelled": a cancelled window is `completed` with
// `resolved_at` at its cancellation, and says so in its one update and in the `marsad` extension.
import type { Locale } from '@/lib/i18n/routing';
import type { MaintenanceView } from '@/lib/view-types';
import { PAGE_ID, type SpComponent, type SpUpdate } from './statuspage';

export const SP_MAINTENANCE_STATUSES = ['scheduled', 'in_progress', 'verifying', 'completed'] as const;
export type SpMaintenanceStatus = (typeof SP_MAINTENANCE_STATUSES)[number];

export type SpMaintenanceUpdate = SpUpdate<SpMaintenanceStatus>;

export interface SpScheduledMaintenance {
  id: string;
  name: string;
  status: SpMaintenanceStatus;
  created_at: string;
  updated_at: string;
  monitoring_at: null;
  resolved_at: string | null;
  impact: 'maintenance';
  shortlink: string;
  started_at: string;
  page_id: string;
  incident_updates: SpMaintenanceUpdate[];
  components: SpComponent[];
  scheduled_for: string;
  scheduled_until: string;
  /** What Marsad adds: who announced it and when (a window counts only when announced before the failure). */
  marsad: {
    source: MaintenanceView['source'];
    announced_by: string;
    announced_at: string;
    service_ids: string[];
    cancelled_at: string | null;
    source_url: string | null;
  };
}

export interface MaintenanceWords {
  /** "Announced by Marsad's editors." */
  byEditors: string;
  /** "Announced by Coinbase on its status page." */
  byCompany: (company: string) => string;
  /** Prefixed to a text given only in the other language. */
  otherLanguageOnly: (source: MaintenanceView['source']) => string;
  cancelled: string;
}

export interface MaintenanceContext {
  lang: Locale;
  words: MaintenanceWords;
  /** Absolute URL of a service's page in the chosen language. */
  serviceUrl: (serviceId: string) => string;
  /** The page's current components (statuspageComponents), by id: a window lists those of its services. */
  components: ReadonlyMap<string, SpComponent>;
}

const NAME_MAX = 120;

/** The window's text in the chosen language, else the other one, said to be so. */
function textOf(w: MaintenanceView, ctx: MaintenanceContext): string {
  const own = w.description[ctx.lang];
  if (own) return own;
  const other = w.description[ctx.lang === 'ar' ? 'en' : 'ar'];
  return other ? `${ctx.words.otherLanguageOnly(w.source)} ${other}` : '';
}

/** Statuspage's name is one line: the text's first line, cut at a word near 120 characters. */
function nameOf(w: MaintenanceView, ctx: MaintenanceContext): string {
  const first = (w.description[ctx.lang] ?? w.description[ctx.lang === 'ar' ? 'en' : 'ar'] ?? '').split('\n')[0]!.trim();
  const name = first || w.services.map((s) => s.name[ctx.lang]).join(', ') || w.id;
  if (name.length <= NAME_MAX) return name;
  const cut = name.slice(0, NAME_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), NAME_MAX / 2))}…`;
}

export function spMaintenanceStatus(phase: MaintenanceView['phase']): SpMaintenanceStatus {
  return phase === 'cancelled' ? 'completed' : phase;
}

export function statuspageMaintenance(w: MaintenanceView, ctx: MaintenanceContext): SpScheduledMaintenance {
  const status = spMaintenanceStatus(w.phase);
  const announcedBy = w.source === 'company' ? ctx.words.byCompany(w.company ?? '') : ctx.words.byEditors;
  const body = [textOf(w, ctx), announcedBy, w.cancelledUtc ? ctx.words.cancelled : ''].filter(Boolean).join('\n\n');
  const resolvedAt = w.cancelledUtc ?? (w.phase === 'completed' ? w.endUtc : null);
  const update: SpMaintenanceUpdate = {
    id: `${w.id}-${status}`,
    status,
    body,
    incident_id: w.id,
    created_at: w.updatedUtc,
    updated_at: w.updatedUtc,
    display_at: w.updatedUtc,
    affected_components: null,
    deliver_notifications: false,
    custom_tweet: null,
    tweet_id: null,
  };
  return {
    id: w.id,
    name: nameOf(w, ctx),
    status,
    created_at: w.announcedUtc,
    updated_at: w.updatedUtc,
    monitoring_at: null,
    resolved_at: resolvedAt,
    impact: 'maintenance',
    shortlink: ctx.serviceUrl(w.services[0]?.id ?? ''),
    started_at: w.startUtc,
    page_id: PAGE_ID,
    incident_updates: [update],
    components: w.services.flatMap((s) => {
      const c = ctx.components.get(s.id);
      return c ? [c] : [];
    }),
    scheduled_for: w.startUtc,
    scheduled_until: w.endUtc,
    marsad: {
      source: w.source,
      announced_by: announcedBy,
      announced_at: w.announcedUtc,
      service_ids: w.services.map((s) => s.id),
      cancelled_at: w.cancelledUtc,
      source_url: w.sourceUrl,
    },
  };
}

/** Statuspage's three lists: the 50 newest, those still scheduled, those under way. */
export type MaintenanceList = 'all' | 'upcoming' | 'active';

export function selectMaintenances(windows: readonly MaintenanceView[], list: MaintenanceList): MaintenanceView[] {
  if (list === 'upcoming') return windows.filter((w) => w.phase === 'scheduled').sort((a, b) => a.startUtc.localeCompare(b.startUtc));
  if (list === 'active') return windows.filter((w) => w.phase === 'in_progress').sort((a, b) => a.startUtc.localeCompare(b.startUtc));
  return [...windows].sort((a, b) => b.startUtc.localeCompare(a.startUtc)).slice(0, 50);
}
