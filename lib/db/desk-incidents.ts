// Queries of the editors' incidents and their updates (desk_incidents, desk_incident_updates): the
// desk writes them (lib/desk), the public read model reads them (lib/read-models/editor-incidents.ts).
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from './client';
import { deskIncidents, deskIncidentUpdates } from './schema';

export type DeskIncidentRow = typeof deskIncidents.$inferSelect;
export type DeskUpdateRow = typeof deskIncidentUpdates.$inferSelect;

export async function readDeskIncidents(db: Db, limit = 200): Promise<DeskIncidentRow[]> {
  return db.select().from(deskIncidents).orderBy(desc(deskIncidents.startedAt)).limit(limit);
}

export async function readDeskIncident(db: Db, id: string): Promise<{ incident: DeskIncidentRow; updates: DeskUpdateRow[] } | null> {
  const [incident] = await db.select().from(deskIncidents).where(eq(deskIncidents.id, id));
  if (!incident) return null;
  const updates = await db.select().from(deskIncidentUpdates).where(eq(deskIncidentUpdates.incidentId, id)).orderBy(asc(deskIncidentUpdates.at), asc(deskIncidentUpdates.id));
  return { incident, updates };
}

export async function readDeskUpdatesOf(db: Db, ids: string[]): Promise<DeskUpdateRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(deskIncidentUpdates).where(inArray(deskIncidentUpdates.incidentId, ids)).orderBy(asc(deskIncidentUpdates.at), asc(deskIncidentUpdates.id));
}
