// The operator's command for webhook endpoints (`npm run webhooks -- …`, scripts/webhooks.ts): add one
// (its secret printed once, never again), list them (never a secret), rotate a secret (old and new both
// sign until the old one is retired), disable and enable. Until the subscribe form exists (issue 17,
// email-confirmed), this is how an endpoint is registered.
import type { Db } from '@/lib/db/client';
import { disableWebhookEndpoint, listWebhookEndpoints, readWebhookEndpoint, saveWebhookEndpoint, type WebhookEndpoint } from '@/lib/db/outbox';
import { generateWebhookSecret, isWebhookSecret } from '@/lib/notify/signing';
import { webhookTargetProblem } from './webhook';

export const WEBHOOK_COMMAND_USAGE = `npm run webhooks -- add <id> <url> [whsec_…] | list | rotate <id> | retire-old <id> | disable <id> | enable <id>`;

const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** What the listing says of an endpoint's state; a disabled one says why, so the operator can tell its owner. */
function endpointState(e: WebhookEndpoint): string {
  if (e.enabled) return 'enabled';
  if (e.disabledReason === 'failing') return `DISABLED: no success since ${e.failingSince?.toISOString() ?? '(unknown)'}; tell its owner, who must fix it, then 'enable ${e.id}'`;
  if (e.disabledReason === 'gone') return 'disabled (it answered 410 Gone)';
  return 'disabled (by the operator)';
}

/** Runs one command; returns what to print. Throws with a sentence for the operator on a bad command. */
export async function runWebhookCommand(db: Db, args: readonly string[], options: { allowLoopback: boolean }): Promise<string> {
  const [command, id, third, fourth] = args;
  const existing = async () => {
    if (!id || !ID.test(id)) throw new Error(`an endpoint id is lowercase letters, digits and dashes (usage: ${WEBHOOK_COMMAND_USAGE})`);
    const endpoint = await readWebhookEndpoint(db, id);
    if (!endpoint) throw new Error(`no webhook endpoint "${id}"`);
    return endpoint;
  };
  switch (command) {
    case 'add': {
      if (!id || !ID.test(id) || !third) throw new Error(`usage: ${WEBHOOK_COMMAND_USAGE}`);
      let url: URL;
      try {
        url = new URL(third);
      } catch {
        throw new Error(`"${third}" is not a URL`);
      }
      const problem = await webhookTargetProblem(url, options.allowLoopback);
      if (problem) throw new Error(`this endpoint cannot receive webhooks: ${problem}`);
      if (fourth !== undefined && !isWebhookSecret(fourth)) throw new Error('a secret is whsec_ followed by 24 to 64 bytes in base64');
      const secret = fourth ?? generateWebhookSecret();
      await saveWebhookEndpoint(db, { id, url: url.toString(), secrets: [secret] });
      return `endpoint ${id} → ${url}\nsecret (shown once; give it to the receiver): ${secret}`;
    }
    case 'list': {
      const rows = await listWebhookEndpoints(db);
      if (rows.length === 0) return 'no webhook endpoints';
      return rows.map((e) => `${e.id}\t${e.url}\t${endpointState(e)}\t${e.secrets.length} secret(s)${e.enabled && e.failingSince ? `\tfailing since ${e.failingSince.toISOString()}` : ''}`).join('\n');
    }
    case 'rotate': {
      const e = await existing();
      const secret = generateWebhookSecret();
      await saveWebhookEndpoint(db, { id: e.id, url: e.url, secrets: [secret, ...e.secrets].slice(0, 3) });
      return `endpoint ${e.id}: new secret (shown once; both sign until 'retire-old'): ${secret}`;
    }
    case 'retire-old': {
      const e = await existing();
      await saveWebhookEndpoint(db, { id: e.id, url: e.url, secrets: e.secrets.slice(0, 1) });
      return `endpoint ${e.id}: only the newest secret signs now`;
    }
    case 'disable': {
      const e = await existing();
      await disableWebhookEndpoint(db, e.id, 'operator');
      return `endpoint ${e.id} disabled; what waited for it is cancelled`;
    }
    case 'enable': {
      const e = await existing();
      await saveWebhookEndpoint(db, { id: e.id, url: e.url, secrets: e.secrets });
      return `endpoint ${e.id} enabled`;
    }
    default:
      throw new Error(`usage: ${WEBHOOK_COMMAND_USAGE}`);
  }
}
