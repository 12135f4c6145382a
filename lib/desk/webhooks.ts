// Webhook endpoints registered by an editor on the desk (issue 17: "by an email-confirmed form or by an
// editor on the desk"): the same rows as `npm run webhooks` and the subscribe form (webhook_endpoints),
// the target checked against private and link-local addresses now and again at every delivery, the
// secret generated here and shown once in the answer, never listed, never audited. Every change writes
// an audit row in its transaction (which also tells the front cache: lib/engine/publish-watch.ts).
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { listWebhookEndpoints, readWebhookEndpoint, type WebhookEndpoint } from '@/lib/db/outbox';
import { deskAudit, notificationOutbox, webhookEndpoints } from '@/lib/db/schema';
import { and, eq, inArray } from 'drizzle-orm';
import { webhookTargetProblem } from '@/lib/engine/notify/webhook';
import { generateWebhookSecret } from '@/lib/notify/signing';
import type { Actor } from './incidents';

export const webhookId = z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and dashes, at most 63');
export const addWebhookInput = z.object({
  id: webhookId,
  url: z.string().trim().max(2000).pipe(z.url({ protocol: /^https?$/ })),
});
export const webhookChangeInput = z.object({ action: z.enum(['disable', 'enable']) });

/** What the desk shows of an endpoint: never a secret nor its owner's address. */
export interface DeskWebhookView {
  id: string;
  url: string;
  enabled: boolean;
  disabledReason: WebhookEndpoint['disabledReason'];
  failingSince: Date | null;
  createdAt: Date;
  secrets: number;
}

export async function listDeskWebhooks(db: Db): Promise<DeskWebhookView[]> {
  return (await listWebhookEndpoints(db)).map((e) => ({
    id: e.id,
    url: e.url,
    enabled: e.enabled,
    disabledReason: e.disabledReason,
    failingSince: e.failingSince,
    createdAt: e.createdAt,
    secrets: e.secrets.length,
  }));
}

export type AddWebhookResult = { ok: true; id: string; url: string; secret: string } | { ok: false; code: 'exists' | 'target'; message: string };

export async function addDeskWebhook(db: Db, actor: Actor, input: z.infer<typeof addWebhookInput>, allowLoopback: boolean, now = new Date()): Promise<AddWebhookResult> {
  const url = new URL(input.url);
  const problem = await webhookTargetProblem(url, allowLoopback);
  if (problem) return { ok: false, code: 'target', message: problem };
  const secret = generateWebhookSecret();
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(webhookEndpoints)
      .values({ id: input.id, url: url.toString(), secrets: [secret], enabled: true })
      .onConflictDoNothing({ target: webhookEndpoints.id })
      .returning({ id: webhookEndpoints.id });
    if (inserted.length === 0) return { ok: false, code: 'exists', message: `an endpoint "${input.id}" exists` } as const;
    await tx.insert(deskAudit).values({ at: now, actorId: actor.id, action: 'webhook.add', target: input.id, before: null, after: { url: url.toString() } });
    return { ok: true, id: input.id, url: url.toString(), secret } as const;
  });
}

export type ChangeWebhookResult = { ok: true } | { ok: false; code: 'not_found' };

/** Disables (cancelling what waits for it) or enables an endpoint, with its secrets unchanged. */
export async function changeDeskWebhook(db: Db, actor: Actor, id: string, change: z.infer<typeof webhookChangeInput>, now = new Date()): Promise<ChangeWebhookResult> {
  const existing = await readWebhookEndpoint(db, id);
  if (!existing) return { ok: false, code: 'not_found' };
  await db.transaction(async (tx) => {
    if (change.action === 'disable') {
      await tx.update(webhookEndpoints).set({ enabled: false, disabledReason: 'operator' }).where(eq(webhookEndpoints.id, id));
      await tx
        .update(notificationOutbox)
        .set({ state: 'cancelled', leaseUntil: null, lastError: 'endpoint disabled on the desk' })
        .where(and(eq(notificationOutbox.channel, 'webhook'), eq(notificationOutbox.target, id), inArray(notificationOutbox.state, ['pending', 'sending'])));
    } else {
      await tx.update(webhookEndpoints).set({ enabled: true, disabledReason: null, failingSince: null }).where(eq(webhookEndpoints.id, id));
    }
    await tx.insert(deskAudit).values({
      at: now,
      actorId: actor.id,
      action: `webhook.${change.action}`,
      target: id,
      before: { enabled: existing.enabled, disabledReason: existing.disabledReason },
      after: change.action === 'disable' ? { enabled: false, disabledReason: 'operator' } : { enabled: true, disabledReason: null },
    });
  });
  return { ok: true };
}
