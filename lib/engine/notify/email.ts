// Email over the operator's SMTP server, with Nodemailer (the most used Node mail library, maintained for
// over a decade, no dependencies of its own; it speaks SMTP with STARTTLS, pooling and timeouts). One
// pooled transport per SMTP URL in each process. Incident messages go out from the outbox (channel
// `email`, the sender's claiming and backoff); confirmation mails go out from the subscribe request
// itself, so the visitor learns at once when the mail server refuses.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '@/lib/db/client';
import { readEmailSubscriber } from '@/lib/db/email-subscribers';
import { oneClickUnsubscribeLink, unsubscribePageLink } from '@/lib/notify/email-links';
import type { EmailSettings } from '@/lib/notify/email-settings';
import { describeScope, incidentMail, type MailContent } from '@/lib/notify/email-text';
import type { NotificationPayload } from '@/lib/notify/notification';
import type { Locale } from '@/lib/i18n/routing';
import type { DeliveryOutcome } from './outcome';

const transports = new Map<string, Transporter>();

export function mailTransport(settings: Pick<EmailSettings, 'smtpUrl'>): Transporter {
  let transport = transports.get(settings.smtpUrl);
  if (!transport) {
    const url = new URL(settings.smtpUrl);
    transport = nodemailer.createTransport({
      host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
      secure: url.protocol === 'smtps:',
      ...(url.username && { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }),
      pool: true,
      maxConnections: 4,
      // A hung mail server must not hold a visitor's request or the sender's lane.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    transports.set(settings.smtpUrl, transport);
  }
  return transport;
}

/** Closes the pooled connections (tests, shutdown). */
export function closeMailTransports(): void {
  for (const t of transports.values()) t.close();
  transports.clear();
}

export interface OutgoingMail extends MailContent {
  to: string;
  locale: Locale;
  /** Extra headers (List-Unsubscribe, List-Unsubscribe-Post). */
  headers?: Record<string, string>;
}

export async function sendMail(settings: Pick<EmailSettings, 'smtpUrl' | 'from'>, mail: OutgoingMail): Promise<void> {
  await mailTransport(settings).sendMail({
    from: settings.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: { 'Content-Language': mail.locale, ...mail.headers },
  });
}

/** SMTP's answer as an outcome: 5xx is final (no such mailbox, refused), anything else is tried again. */
export function mailFailureOutcome(error: unknown): DeliveryOutcome {
  const e = error as Error & { responseCode?: number; code?: string; response?: string };
  const detail = (e.response ?? e.message ?? String(error)).slice(0, 300);
  if (typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600) return { kind: 'failed', error: `SMTP ${e.responseCode}: ${detail}` };
  return { kind: 'retry', error: e.responseCode ? `SMTP ${e.responseCode}: ${detail}` : `SMTP: ${detail}` };
}

/** RFC 8058: the one-click target (POST) and its sign; RFC 2369's List-Unsubscribe names it. */
export function unsubscribeHeaders(origin: string, token: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${oneClickUnsubscribeLink(origin, token)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

/** One outbox row of the `email` channel: the change, in the subscriber's language, with its unsubscribe link. */
export async function deliverEmail(input: { db: Db; settings: EmailSettings; subscriberId: string; payload: NotificationPayload }): Promise<DeliveryOutcome> {
  const subscriber = await readEmailSubscriber(input.db, input.subscriberId);
  if (!subscriber || !subscriber.confirmedAt) return { kind: 'failed', error: 'the subscriber unsubscribed' };
  const { locale } = subscriber;
  const content = incidentMail({
    payload: input.payload,
    locale,
    what: describeScope(subscriber.scope, locale),
    unsubscribeUrl: unsubscribePageLink(input.settings.origin, locale, subscriber.unsubscribeToken),
  });
  try {
    await sendMail(input.settings, { ...content, to: subscriber.email, locale, headers: unsubscribeHeaders(input.settings.origin, subscriber.unsubscribeToken) });
    return { kind: 'delivered' };
  } catch (error) {
    return mailFailureOutcome(error);
  }
}
