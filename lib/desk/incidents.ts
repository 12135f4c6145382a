// The desk's writes on editors' incidents: declare one, add an update (its phase, text and impact
// become the incident's), each in one transaction with its audit row (who, when, before and after).
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { deskAudit, deskIncidents, deskIncidentUpdates } from '@/lib/db/schema';
import { readDeskIncident } from '@/lib/db/desk-incidents';
import type { IncidentInput, UpdateInput } from './input';

export interface Actor {
  id: string;
  email: string;
  role: 'editor' | 'admin';
}

/** `editor-20261206-k3x9q2`: the day it was declared and six random characters. */
export function newIncidentSlug(now: Date): string {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const random = [...randomBytes(6)].map((b) => alphabet[b % alphabet.length]).join('');
  return `editor-${day}-${random}`;
}

export async function declareIncident(db: Db, actor: Actor, input: IncidentInput, now = new Date()): Promise<string> {
  const id = newIncidentSlug(now);
  const row = {
    id,
    title: { ar: input.titleAr, en: input.titleEn },
    body: { ar: input.bodyAr, en: input.bodyEn },
    phase: input.phase,
    impacts: input.impacts,
    startedAt: now,
    resolvedAt: input.phase === 'resolved' ? now : null,
    createdBy: actor.id,
    updatedAt: now,
  };
  await db.transaction(async (tx) => {
    await tx.insert(deskIncidents).values(row);
    await tx.insert(deskIncidentUpdates).values({ incidentId: id, at: now, phase: input.phase, body: row.body, impacts: input.impacts, authorId: actor.id });
    await tx.insert(deskAudit).values({ at: now, actorId: actor.id, action: 'incident.declare', target: id, before: null, after: row });
  });
  return id;
}

/** Adds an update; null when the incident does not exist. */
export async function addIncidentUpdate(db: Db, actor: Actor, id: string, input: UpdateInput, now = new Date()): Promise<boolean> {
  const found = await readDeskIncident(db, id);
  if (!found) return false;
  const before = found.incident;
  const after = {
    phase: input.phase,
    impacts: input.impacts.length ? input.impacts : input.phase === 'resolved' ? before.impacts.map((i) => ({ ...i, impact: 'operational' })) : before.impacts,
    resolvedAt: input.phase === 'resolved' ? (before.resolvedAt ?? now) : null,
    updatedAt: now,
  };
  const update = { incidentId: id, at: now, phase: input.phase, body: { ar: input.bodyAr, en: input.bodyEn }, impacts: input.impacts, authorId: actor.id };
  await db.transaction(async (tx) => {
    await tx.update(deskIncidents).set(after).where(eq(deskIncidents.id, id));
    await tx.insert(deskIncidentUpdates).values(update);
    await tx.insert(deskAudit).values({
      at: now, actorId: actor.id, action: 'incident.update', target: id,
      before: { phase: before.phase, impacts: before.impacts, resolvedAt: before.resolvedAt },
      after: { ...after, update: update.body },
    });
  });
  return true;
}
