// Telling a webhook endpoint's owner that the sender disabled it after MARSAD_WEBHOOK_DISABLE_AFTER_MS
// (5 days) without a success: by email when the endpoint records its owner's address (registered through
// the email-confirmed form) and SMTP is configured. Otherwise, or when the mail fails, the notice stays in
// the log, in /api/metrics (marsad_webhook_endpoints_disabled_total{owner_told="no"}) and in
// `npm run webhooks -- list`, where the operator sees it.
import type { WebhookEndpoint } from '@/lib/db/outbox';
import { subscribePath } from '@/lib/notify/email-links';
import type { EmailSettings } from '@/lib/notify/email-settings';
import { endpointDisabledMail } from '@/lib/notify/endpoint-notice-text';
import { sendMail } from './email';

export type OwnerNotice = { told: true } | { told: false; why: string };

export async function tellEndpointOwner(input: { endpoint: WebhookEndpoint; failingSince: Date; email: EmailSettings | null }): Promise<OwnerNotice> {
  const { endpoint, email } = input;
  if (!endpoint.ownerEmail) return { told: false, why: 'no owner email is recorded for this endpoint (the operator sees it in npm run webhooks -- list)' };
  if (!email) return { told: false, why: 'email is not configured (MARSAD_SMTP_URL); the operator sees it in npm run webhooks -- list' };
  const mail = endpointDisabledMail({ url: endpoint.url, failingSince: input.failingSince, registerLink: `${email.origin}${subscribePath('ar', '/webhook')}` });
  try {
    await sendMail(email, { ...mail, to: endpoint.ownerEmail, locale: 'ar' });
    return { told: true };
  } catch (error) {
    return { told: false, why: `the email to its owner failed (${(error as Error).message.slice(0, 200)}); the operator sees it in npm run webhooks -- list` };
  }
}
