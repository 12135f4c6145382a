// Telling a webhook endpoint's owner that the sender disabled it after MARSAD_WEBHOOK_DISABLE_AFTER_MS
// (5 days) without a success. Endpoints added by the operator (`npm run webhooks -- add`) record no owner
// address, so the notice stays in the log, in /api/metrics (marsad_webhook_endpoints_disabled_total with
// owner_told="no") and in `npm run webhooks -- list`, where the operator sees it.
import type { WebhookEndpoint } from '@/lib/db/outbox';

export type OwnerNotice = { told: true } | { told: false; why: string };

export async function tellEndpointOwner(_input: { endpoint: WebhookEndpoint; failingSince: Date; disabledAt: Date }): Promise<OwnerNotice> {
  return { told: false, why: 'no owner email is recorded for this endpoint (the operator sees it in npm run webhooks -- list)' };
}
