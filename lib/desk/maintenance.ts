// The desk's maintenance windows: schedule one, edit it, cancel it. Each write runs in one transaction
// with its audit row (who, when, before and after); the routes under /desk/api/maintenance go through the
// desk's same-origin check, session and role (lib/desk/http.ts) before anything is read.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDatabase, type Db } from '@/lib/db/client';
import { deskAudit, maintenanceWindows } from '@/lib/db/schema';
import { readMaintenanceWindow, readMaintenanceWindows, type MaintenanceWindowRow } from '@/lib/db/maintenance';
import { getCatalog } from '@/lib/catalog';
import { announcedAtAfterEdit } from '@/lib/maintenance/windows';
import { enqueueMaintenanceScheduled } from './maintenance-notify';
import { deskError, deskJson, isFormPost, parseWith, readBody, refuseCrossSite, requireActor, seeOther } from './http';
import type { Actor } from './incidents';
import { maintenanceId, maintenanceInput, type MaintenanceInput } from './maintenance-input';
import type { Locale } from '@/lib/i18n/routing';

/** `mw-20261206-k3x9q2`: the day it was scheduled and six random characters. */
export function newMaintenanceId(now: Date): string {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return `mw-${day}-${[...randomBytes(6)].map((b) => alphabet[b % alphabet.length]).join('')}`;
}

const auditView = (row: Pick<MaintenanceWindowRow, 'serviceIds' | 'startsAt' | 'endsAt' | 'announcedAt' | 'description' | 'cancelledAt'>) => ({
  serviceIds: row.serviceIds,
  startsAt: row.startsAt.toISOString(),
  endsAt: row.endsAt.toISOString(),
  announcedAt: row.announcedAt.toISOString(),
  description: row.description,
  cancelledAt: row.cancelledAt?.toISOString() ?? null,
});

export async function scheduleMaintenance(db: Db, actor: Actor, input: MaintenanceInput, now = new Date(), origin?: string): Promise<string> {
  const id = newMaintenanceId(now);
  const row = {
    id,
    source: 'editor' as const,
    serviceIds: input.services,
    startsAt: new Date(input.startsAt),
    endsAt: new Date(input.endsAt),
    announcedAt: now,
    description: { ar: input.descriptionAr, en: input.descriptionEn },
    sourceUrl: null,
    createdBy: actor.id,
    updatedAt: now,
    cancelledAt: null,
  };
  await db.transaction(async (tx) => {
    await tx.insert(maintenanceWindows).values(row);
    await tx.insert(deskAudit).values({ at: now, actorId: actor.id, action: 'maintenance.schedule', target: id, before: null, after: auditView(row) });
    await enqueueMaintenanceScheduled(tx, row, now, origin);
  });
  return id;
}

export type EditOutcome = 'ok' | 'not_found' | 'not_editable';

/** An editor's window only (a company's follows its own page); cancelled windows stay as they are. */
export async function editMaintenance(db: Db, actor: Actor, id: string, input: MaintenanceInput, now = new Date()): Promise<EditOutcome> {
  const before = await readMaintenanceWindow(db, id);
  if (!before) return 'not_found';
  if (before.source !== 'editor' || before.cancelledAt !== null) return 'not_editable';
  const next = { serviceIds: input.services, startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt), description: { ar: input.descriptionAr, en: input.descriptionEn } };
  const announcedAt = new Date(
    announcedAtAfterEdit(
      { startsAt: before.startsAt.getTime(), endsAt: before.endsAt.getTime(), announcedAt: before.announcedAt.getTime(), serviceIds: before.serviceIds },
      { startsAt: input.startsAt, endsAt: input.endsAt, serviceIds: input.services },
      now.getTime(),
    ),
  );
  const after = { ...next, announcedAt, updatedAt: now };
  await db.transaction(async (tx) => {
    await tx.update(maintenanceWindows).set(after).where(eq(maintenanceWindows.id, id));
    await tx.insert(deskAudit).values({ at: now, actorId: actor.id, action: 'maintenance.edit', target: id, before: auditView(before), after: auditView({ ...after, cancelledAt: null }) });
  });
  return 'ok';
}

export async function cancelMaintenance(db: Db, actor: Actor, id: string, now = new Date()): Promise<EditOutcome> {
  const before = await readMaintenanceWindow(db, id);
  if (!before) return 'not_found';
  if (before.source !== 'editor' || before.cancelledAt !== null) return 'not_editable';
  await db.transaction(async (tx) => {
    await tx.update(maintenanceWindows).set({ cancelledAt: now, updatedAt: now }).where(eq(maintenanceWindows.id, id));
    await tx.insert(deskAudit).values({ at: now, actorId: actor.id, action: 'maintenance.cancel', target: id, before: auditView(before), after: auditView({ ...before, cancelledAt: now }) });
  });
  return 'ok';
}

// ---- Routes (app/desk/api/maintenance/**/route.ts re-export these) ----

function langOf(body: Record<string, unknown>): Locale {
  return body.lang === 'en' ? 'en' : 'ar';
}

function unknownService(ids: readonly string[]): string | null {
  const known = new Set(getCatalog().services.map((s) => s.id));
  const i = ids.findIndex((id) => !known.has(id));
  return i === -1 ? null : `services.${i}`;
}

const outcomeResponse = (outcome: EditOutcome) =>
  outcome === 'not_found'
    ? deskError(404, 'not_found', 'No such maintenance window.')
    : deskError(409, 'not_editable', 'Only an editor\'s window that is not cancelled can be changed; a company\'s follows its own status page.');

export async function listMaintenanceForDesk(request: Request): Promise<Response> {
  const actor = await requireActor(request, 'editor');
  if (actor instanceof Response) return actor;
  const { db } = await getDatabase();
  return deskJson({ windows: await readMaintenanceWindows(db, 200) });
}

/** Parses and checks a window from a form or JSON; the Response is the refusal (a 303 back for a form). */
async function windowOf(request: Request, back: (lang: Locale, field: string) => string): Promise<{ input: MaintenanceInput; lang: Locale } | Response> {
  const body = await readBody(request);
  if (body instanceof Response) return body;
  const lang = langOf(body);
  const parsed = parseWith(maintenanceInput, { ...body, services: body.services ?? body.service });
  if (!parsed.ok) return isFormPost(request) ? seeOther(back(lang, parsed.field)) : parsed.response;
  const unknown = unknownService(parsed.data.services);
  if (unknown) return isFormPost(request) ? seeOther(back(lang, 'services')) : deskError(400, 'invalid_input', `${unknown}: no such service`, unknown);
  return { input: parsed.data, lang };
}

export async function scheduleRoute(request: Request): Promise<Response> {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const actor = await requireActor(request, 'editor');
  if (actor instanceof Response) return actor;
  const got = await windowOf(request, (lang, field) => `/desk/${lang}/maintenance/new?error=${encodeURIComponent(field)}`);
  if (got instanceof Response) return got;
  const now = new Date();
  if (got.input.endsAt <= now.getTime()) {
    return isFormPost(request) ? seeOther(`/desk/${got.lang}/maintenance/new?error=endsAt`) : deskError(400, 'invalid_input', 'endsAt: the window is already over', 'endsAt');
  }
  const { db } = await getDatabase();
  const id = await scheduleMaintenance(db, actor, got.input, now);
  return isFormPost(request) ? seeOther(`/desk/${got.lang}/maintenance/${id}?saved=1`) : deskJson({ id }, 201);
}

export async function editRoute(request: Request, rawId: string): Promise<Response> {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const actor = await requireActor(request, 'editor');
  if (actor instanceof Response) return actor;
  const id = maintenanceId.safeParse(rawId);
  if (!id.success) return deskError(404, 'not_found', 'No such maintenance window.');
  const got = await windowOf(request, (lang, field) => `/desk/${lang}/maintenance/${id.data}?error=${encodeURIComponent(field)}`);
  if (got instanceof Response) return got;
  const { db } = await getDatabase();
  const outcome = await editMaintenance(db, actor, id.data, got.input);
  if (outcome !== 'ok') return outcomeResponse(outcome);
  return isFormPost(request) ? seeOther(`/desk/${got.lang}/maintenance/${id.data}?saved=1`) : deskJson({ ok: true });
}

export async function cancelRoute(request: Request, rawId: string): Promise<Response> {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const actor = await requireActor(request, 'editor');
  if (actor instanceof Response) return actor;
  const id = maintenanceId.safeParse(rawId);
  if (!id.success) return deskError(404, 'not_found', 'No such maintenance window.');
  const body = await readBody(request);
  if (body instanceof Response) return body;
  const { db } = await getDatabase();
  const outcome = await cancelMaintenance(db, actor, id.data);
  if (outcome !== 'ok') return outcomeResponse(outcome);
  return isFormPost(request) ? seeOther(`/desk/${langOf(body)}/maintenance/${id.data}`) : deskJson({ ok: true });
}
