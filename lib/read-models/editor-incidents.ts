// Editors' incidents as the public pages, the API and the feeds show them (provenance "editor"): read
// from desk_incidents and desk_incident_updates, checked with zod, services named from the catalog.
import { z } from 'zod';
import { getCatalog } from '@/lib/catalog';
import { getDatabase } from '@/lib/db/client';
import { readDeskIncident, readDeskIncidents, readDeskUpdatesOf, type DeskIncidentRow, type DeskUpdateRow } from '@/lib/db/desk-incidents';
import { STATUSES } from '@/lib/status/vocabulary';
import type { EditorImpact, EditorIncident, EditorPhase, EditorText, ServiceRef } from '@/lib/view-types';

const PHASES = ['investigating', 'identified', 'monitoring', 'resolved'] as const satisfies readonly EditorPhase[];
const textSchema = z.object({ ar: z.string(), en: z.string().nullable().catch(null) });
const impactsSchema = z.array(z.object({ serviceId: z.string(), impact: z.enum(STATUSES) })).catch([]);
const phaseOf = (value: unknown): EditorPhase => PHASES.find((p) => p === value) ?? 'investigating';
const textOf = (value: unknown, fallback: string): EditorText => textSchema.catch({ ar: fallback, en: null }).parse(value);

function serviceRef(id: string): ServiceRef {
  const service = getCatalog().services.find((s) => s.id === id);
  return service ? { id, name: service.name, shortName: service.shortName, category: service.category } : { id, name: { ar: id, en: id }, shortName: id, category: 'other' };
}

function impactsOf(value: unknown): EditorImpact[] {
  return impactsSchema.parse(value).map((i) => ({ service: serviceRef(i.serviceId), impact: i.impact }));
}

function toIncident(row: DeskIncidentRow, updates: DeskUpdateRow[]): EditorIncident {
  return {
    origin: 'editor',
    slug: row.id,
    title: textOf(row.title, row.id),
    body: textOf(row.body, ''),
    phase: phaseOf(row.phase),
    startUtc: row.startedAt.toISOString(),
    resolvedUtc: row.resolvedAt?.toISOString() ?? null,
    updatedUtc: row.updatedAt.toISOString(),
    impacts: impactsOf(row.impacts),
    updates: updates.map((u) => ({ atUtc: u.at.toISOString(), phase: phaseOf(u.phase), body: textOf(u.body, ''), impacts: impactsOf(u.impacts) })),
  };
}

/** One editor's incident by its slug, or null. */
export async function getEditorIncident(slug: string): Promise<EditorIncident | null> {
  if (!/^editor-\d{8}-[a-z0-9]{6}$/.test(slug)) return null;
  const { db } = await getDatabase();
  const found = await readDeskIncident(db, slug);
  return found ? toIncident(found.incident, found.updates) : null;
}

/** Editors' incidents, newest first, with their updates. */
export async function listEditorIncidents(limit = 50): Promise<EditorIncident[]> {
  const { db } = await getDatabase();
  const rows = await readDeskIncidents(db, limit);
  const updates = await readDeskUpdatesOf(db, rows.map((r) => r.id));
  return rows.map((row) => toIncident(row, updates.filter((u) => u.incidentId === row.id)));
}
