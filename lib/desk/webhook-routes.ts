// The desk's routes for webhook endpoints (app/desk/**/webhooks call these): like every desk write, a
// cross-site request is refused (403) before anything else, then no session (401); editors and admins
// may register. A refused field is named (400). The new endpoint's secret is in the answer to the
// registering request only: a page for the form (never a redirect, which would put it in a URL), JSON
// otherwise.
import { getDatabase } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/routing';
import { readNotifySettings } from '@/lib/notify/settings';
import { deskError, deskJson, deskWrite, isFormPost, requireActor, seeOther } from './http';
import type { Actor } from './incidents';
import { addDeskWebhook, addWebhookInput, changeDeskWebhook, listDeskWebhooks, webhookChangeInput, webhookId, type DeskWebhookView } from './webhooks';

const listPage = (lang: Locale) => `/desk/${lang}/webhooks`;

export async function deskWebhooks(): Promise<DeskWebhookView[]> {
  const { db } = await getDatabase();
  return listDeskWebhooks(db);
}

/** GET /desk/api/webhooks: every endpoint, never a secret (editor). */
export async function listWebhooks(request: Request): Promise<Response> {
  const actor = await requireActor(request, 'editor');
  if (actor instanceof Response) return actor;
  return deskJson({ webhooks: await deskWebhooks() });
}

export interface AddedWebhook {
  id: string;
  url: string;
  secret: string;
}

/** POST /desk/api/webhooks: `id` and `url`; the answer carries the secret, once. */
export async function addWebhook(request: Request, showAdded: (lang: Locale, actor: Actor, added: AddedWebhook) => Promise<Response>): Promise<Response> {
  const write = await deskWrite(request, 'editor', addWebhookInput, listPage);
  if (write instanceof Response) return write;
  const { actor, data, lang } = write;
  const { db } = await getDatabase();
  const result = await addDeskWebhook(db, actor, data, readNotifySettings().webhook.allowLoopback);
  if (!result.ok) {
    if (isFormPost(request)) return seeOther(`${listPage(lang)}?error=${result.code}`);
    return result.code === 'exists' ? deskError(409, 'exists', `id: ${result.message}.`, 'id') : deskError(400, 'invalid_input', `url: ${result.message}`, 'url');
  }
  const added = { id: result.id, url: result.url, secret: result.secret };
  return isFormPost(request) ? showAdded(lang, actor, added) : deskJson(added, 201);
}

/** POST /desk/api/webhooks/{id}: `action` disable or enable (editor). */
export async function changeWebhook(request: Request, idRaw: string): Promise<Response> {
  const write = await deskWrite(request, 'editor', webhookChangeInput, listPage);
  if (write instanceof Response) return write;
  const { actor, data, lang } = write;
  const id = webhookId.safeParse(idRaw);
  if (!id.success) return deskError(404, 'not_found', 'No such endpoint.');
  const { db } = await getDatabase();
  const result = await changeDeskWebhook(db, actor, id.data, data);
  if (!result.ok) return isFormPost(request) ? seeOther(`${listPage(lang)}?error=not_found`) : deskError(404, 'not_found', 'No such endpoint.');
  return isFormPost(request) ? seeOther(`${listPage(lang)}?done=1`) : deskJson({ ok: true });
}
