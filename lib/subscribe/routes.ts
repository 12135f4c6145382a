// The subscribe routes (app/api/subscribe/**/route.ts only wire these; like lib/desk, this area writes to the database for its routes): email subscription with double
// opt-in, its confirmation, RFC 8058 one-click unsubscribe, and the email-confirmed registration of a
// webhook endpoint. A browser's form (no JavaScript needed) is answered with 303 to a localized page; a
// script gets JSON with the status and the field at fault. Nothing here sets a cookie; every answer is
// `no-store`. Subscribing is rate-limited per client address (the front server's socket address, or the
// first hop past MARSAD_TRUSTED_PROXIES) and, per address and scope, a confirmation mail is not resent
// within minutes; the answer never tells whether an address is already subscribed.
import type { Db } from '@/lib/db/client';
import {
  confirmEmailSubscription, isToken, readSubscriberByUnsubscribeToken, requestEmailSubscription, requestWebhookRegistration, takeWebhookRegistration, unsubscribeByToken,
} from '@/lib/db/email-subscribers';
import { saveWebhookEndpoint } from '@/lib/db/outbox';
import { emailSubscribers, webhookEndpoints } from '@/lib/db/schema';
import { sendMail, unsubscribeHeaders } from '@/lib/engine/notify/email';
import { webhookTargetProblem } from '@/lib/engine/notify/webhook';
import { RateLimiter } from '@/lib/front/rate-limit';
import { isLocale, routing, type Locale } from '@/lib/i18n/routing';
import { eq } from 'drizzle-orm';
import { getDatabase } from '@/lib/db/client';
import { log } from '@/lib/log';
import { readNotifySettings } from '@/lib/notify/settings';
import { confirmLink, parseScope, subscribePath, webhookConfirmLink, type SubscribePage } from '@/lib/notify/email-links';
import { maskedAddress, normalizeAddress, type EmailSettings } from '@/lib/notify/email-settings';
import { confirmationMail, describeScope, webhookConfirmationMail } from '@/lib/notify/email-text';
import { webhookSecretPage } from '@/lib/notify/email-webhook-page';
import { generateWebhookSecret } from '@/lib/notify/signing';

/** The header in which the front server names the client (lib/front/server/proxy.ts); never the visitor's own. */
export const CLIENT_ADDRESS_HEADER = 'x-marsad-client';
const BODY_LIMIT = 8 * 1024;

export interface SubscribeDeps {
  db: Db;
  email: EmailSettings | null;
  limiter: RateLimiter;
  now?: () => number;
  /** Webhook registration: loopback receivers allowed (tests, MARSAD_WEBHOOK_ALLOW_LOOPBACK). */
  allowLoopback?: boolean;
  log?: (level: 'warn' | 'info', message: string, fields?: Record<string, unknown>) => void;
}

/** One limiter per process and settings: its buckets live as long as the process (each instance counts its own). */
export function subscribeLimiter(settings: Pick<EmailSettings, 'perClient'> | null): RateLimiter {
  const { burst, refillMs } = settings?.perClient ?? { burst: 5, refillMs: 600_000 };
  return new RateLimiter({ burst, perSecond: 1000 / refillMs, maxClients: 50_000 });
}

const NO_STORE = { 'cache-control': 'no-store' };

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...NO_STORE, ...headers } });
}

function refuse(status: number, code: string, message: string, field?: string, headers: Record<string, string> = {}): Response {
  return json(status, { error: { code, message, ...(field && { field }) } }, headers);
}

function seeOther(path: string): Response {
  // Only our own pages: never an address taken from the request.
  return new Response(null, { status: 303, headers: { location: path.startsWith('/') && !path.startsWith('//') ? path : '/', ...NO_STORE } });
}

function isForm(request: Request): boolean {
  const type = request.headers.get('content-type') ?? '';
  return type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data');
}

async function readFields(request: Request): Promise<Record<string, string> | Response> {
  if (Number(request.headers.get('content-length') ?? 0) > BODY_LIMIT) return refuse(413, 'too_large', `The body is over ${BODY_LIMIT} bytes.`);
  const type = request.headers.get('content-type') ?? '';
  const out: Record<string, string> = {};
  if (type.startsWith('multipart/form-data')) {
    const form = await request.formData();
    for (const [k, v] of form) if (typeof v === 'string') out[k] = v;
    return out;
  }
  const raw = await request.text();
  if (raw.length > BODY_LIMIT) return refuse(413, 'too_large', `The body is over ${BODY_LIMIT} bytes.`);
  if (type.startsWith('application/json')) {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        for (const [k, v] of Object.entries(parsed)) if (typeof v === 'string') out[k] = v;
        return out;
      }
    } catch {
      // answered below
    }
    return refuse(400, 'invalid_json', 'The body is not a JSON object.', 'body');
  }
  if (type.startsWith('application/x-www-form-urlencoded') || raw === '') {
    for (const [k, v] of new URLSearchParams(raw)) out[k] = v;
    return out;
  }
  return refuse(415, 'unsupported_media_type', 'Send a form or JSON.', 'content-type');
}

function localeOf(fields: Record<string, string>): Locale {
  return isLocale(fields.locale) ? fields.locale : routing.defaultLocale;
}

function clientOf(request: Request): string {
  return request.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown';
}

/** Answers a failure: the page with the error named (a form), or JSON with the status. */
function failure(form: boolean, page: { locale: Locale; path: SubscribePage; query: Record<string, string> }, status: number, code: string, message: string, field?: string, headers: Record<string, string> = {}): Response {
  if (form) return seeOther(subscribePath(page.locale, page.path, { ...page.query, error: field ?? code }));
  return refuse(status, code, message, field, headers);
}

const OFF_MESSAGE = 'Email subscriptions are switched off on this instance (no SMTP server is configured).';

/** POST /api/subscribe/email: `email`, `scope` (all, group:<category>, service:<id>), `locale`. */
export async function subscribeEmail(request: Request, deps: SubscribeDeps): Promise<Response> {
  const form = isForm(request);
  const fields = await readFields(request);
  if (fields instanceof Response) return fields;
  const locale = localeOf(fields);
  const back = { locale, path: '' as const, query: (fields.scope ? { scope: fields.scope } : {}) as Record<string, string> };
  if (!deps.email) return failure(form, back, 503, 'email_off', OFF_MESSAGE);
  const wait = deps.limiter.take(clientOf(request));
  if (wait > 0) return failure(form, back, 429, 'rate_limited', `Too many subscribe requests from this address; try again in ${wait} s.`, undefined, { 'retry-after': String(wait) });
  const email = normalizeAddress(fields.email);
  if (!email) return failure(form, back, 400, 'invalid_input', 'email must be an email address such as name@example.com.', 'email');
  const scope = parseScope(fields.scope);
  if (!scope) return failure(form, back, 400, 'invalid_input', 'scope must be "all", "group:<category>" or "service:<id>" of a service Marsad follows.', 'scope');
  const now = deps.now?.() ?? Date.now();
  const result = await requestEmailSubscription(deps.db, { email, locale, scope, now: new Date(now), confirmWindowMs: deps.email.confirmWindowMs, resendAfterMs: deps.email.resendAfterMs });
  if (result.kind === 'confirm') {
    const content = confirmationMail({ locale, what: describeScope(scope, locale), link: confirmLink(deps.email.origin, locale, result.token), expiresAt: new Date(now + deps.email.confirmWindowMs) });
    try {
      // "Not me": the confirmation too carries the one-click unsubscribe, which deletes the address at once.
      await sendMail(deps.email, { ...content, to: email, locale, headers: unsubscribeHeaders(deps.email.origin, result.unsubscribeToken) });
    } catch (error) {
      // Not sent: the row must not wait for a link nobody received (a retry may send again at once).
      await deps.db.delete(emailSubscribers).where(eq(emailSubscribers.id, result.id));
      deps.log?.('warn', 'subscribe: the confirmation mail could not be sent', { to: maskedAddress(email), error: (error as Error).message });
      return failure(form, back, 503, 'mail_failed', 'The confirmation mail could not be sent; try again in a few minutes.', undefined, { 'retry-after': '60' });
    }
  }
  // The same answer whether a mail went out or not: nobody learns who is subscribed.
  return form ? seeOther(subscribePath(locale, '/sent', { scope })) : json(202, { ok: true, message: 'If the address can receive mail, a confirmation link is on its way.' });
}

/** POST /api/subscribe/confirm: `token` from the mailed link (the page's button posts it). */
export async function confirmSubscription(request: Request, deps: SubscribeDeps): Promise<Response> {
  const form = isForm(request);
  const fields = await readFields(request);
  if (fields instanceof Response) return fields;
  const locale = localeOf(fields);
  const token = fields.token;
  if (!isToken(token)) return failure(form, { locale, path: '/confirm', query: {} }, 400, 'invalid_input', 'token must be the token from the confirmation link.', 'token');
  const row = await confirmEmailSubscription(deps.db, token, new Date(deps.now?.() ?? Date.now()));
  if (!row) return failure(form, { locale, path: '/confirm', query: {} }, 410, 'token_expired', 'This confirmation link is unknown, used or expired; subscribe again for a new one.', 'token');
  return form ? seeOther(subscribePath(row.locale, '/confirmed', { scope: row.scope })) : json(200, { ok: true, scope: row.scope });
}

/**
 * POST /api/subscribe/unsubscribe?token=…: RFC 8058 one-click (the mail client posts
 * `List-Unsubscribe=One-Click`), or the button of the unsubscribe page (`from=page`): every subscription
 * of the address is deleted. Repeating it answers the same (the data is gone either way).
 */
export async function unsubscribeOneClick(request: Request, deps: SubscribeDeps): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token') ?? undefined;
  const fields = await readFields(request);
  if (fields instanceof Response) return fields;
  const fromPage = fields.from === 'page';
  const locale = localeOf(fields);
  if (!isToken(token)) return fromPage ? seeOther(subscribePath(locale, '/unsubscribe', { error: 'token' })) : refuse(400, 'invalid_input', 'token must be the token from the unsubscribe link.', 'token');
  const done = await unsubscribeByToken(deps.db, token);
  if (fromPage) return seeOther(subscribePath(done?.locale ?? locale, '/unsubscribed'));
  return new Response('Unsubscribed: the address and its subscriptions are deleted.\n', { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8', ...NO_STORE } });
}

/** GET on the one-click address (a client that opens it): the page with its button, in the subscriber's language. */
export async function unsubscribePageRedirect(request: Request, deps: SubscribeDeps): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const row = isToken(token) ? await readSubscriberByUnsubscribeToken(deps.db, token) : null;
  return seeOther(subscribePath(row?.locale ?? routing.defaultLocale, '/unsubscribe', isToken(token) ? { token } : {}));
}

/** POST /api/subscribe/webhook: `url` and `email`; the endpoint starts when the mailed link is followed. */
export async function registerWebhook(request: Request, deps: SubscribeDeps): Promise<Response> {
  const form = isForm(request);
  const fields = await readFields(request);
  if (fields instanceof Response) return fields;
  const locale = localeOf(fields);
  const back = { locale, path: '/webhook' as const, query: {} };
  if (!deps.email) return failure(form, back, 503, 'email_off', OFF_MESSAGE);
  const wait = deps.limiter.take(clientOf(request));
  if (wait > 0) return failure(form, back, 429, 'rate_limited', `Too many requests from this address; try again in ${wait} s.`, undefined, { 'retry-after': String(wait) });
  const email = normalizeAddress(fields.email);
  if (!email) return failure(form, back, 400, 'invalid_input', 'email must be an email address such as name@example.com.', 'email');
  let url: URL;
  try {
    url = new URL(fields.url ?? '');
  } catch {
    return failure(form, back, 400, 'invalid_input', 'url must be an absolute https URL.', 'url');
  }
  if (url.toString().length > 2000) return failure(form, back, 400, 'invalid_input', 'url is too long (2,000 characters at most).', 'url');
  const problem = await webhookTargetProblem(url, deps.allowLoopback ?? false);
  if (problem) return failure(form, back, 400, 'invalid_input', `url cannot receive webhooks: ${problem}.`, 'url');
  const now = deps.now?.() ?? Date.now();
  const { id, token } = await requestWebhookRegistration(deps.db, { email, locale, url: url.toString(), now: new Date(now), confirmWindowMs: deps.email.confirmWindowMs });
  const content = webhookConfirmationMail({ locale, url: url.toString(), link: webhookConfirmLink(deps.email.origin, locale, token), expiresAt: new Date(now + deps.email.confirmWindowMs) });
  try {
    await sendMail(deps.email, { ...content, to: email, locale });
  } catch (error) {
    await takeWebhookRegistration(deps.db, token, new Date(now));
    deps.log?.('warn', 'webhook registration: the confirmation mail could not be sent', { to: maskedAddress(email), registration: id, error: (error as Error).message });
    return failure(form, back, 503, 'mail_failed', 'The confirmation mail could not be sent; try again in a few minutes.', undefined, { 'retry-after': '60' });
  }
  return form ? seeOther(subscribePath(locale, '/webhook/sent')) : json(202, { ok: true });
}

/**
 * POST /api/subscribe/webhook/confirm: `token`. Starts the endpoint and answers with its `whsec_` secret,
 * shown this once (a page rendered here, never cached, never a redirect whose address could keep it).
 */
export async function confirmWebhook(request: Request, deps: SubscribeDeps): Promise<Response> {
  const form = isForm(request);
  const fields = await readFields(request);
  if (fields instanceof Response) return fields;
  const locale = localeOf(fields);
  const token = fields.token;
  if (!isToken(token)) return failure(form, { locale, path: '/webhook/confirm', query: {} }, 400, 'invalid_input', 'token must be the token from the confirmation link.', 'token');
  const now = new Date(deps.now?.() ?? Date.now());
  const secret = generateWebhookSecret();
  const created = await deps.db.transaction(async (tx) => {
    const registration = await takeWebhookRegistration(tx, token, now);
    if (!registration) return null;
    const id = `ep-${registration.id.slice(3).toLowerCase().replace(/[^a-z0-9]/g, '')}`.slice(0, 40);
    await saveWebhookEndpoint(tx, { id, url: registration.url, secrets: [secret] });
    await tx.update(webhookEndpoints).set({ ownerEmail: registration.email }).where(eq(webhookEndpoints.id, id));
    return { id, url: registration.url, locale: registration.locale };
  });
  if (!created) return failure(form, { locale, path: '/webhook/confirm', query: {} }, 410, 'token_expired', 'This confirmation link is unknown, used or expired; register the endpoint again.', 'token');
  if (!form) return json(201, { ok: true, id: created.id, url: created.url, secret });
  return new Response(webhookSecretPage({ locale: created.locale, id: created.id, url: created.url, secret }), {
    status: 201,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
  });
}

type GlobalWithSubscribe = typeof globalThis & { __marsadSubscribe?: { email: EmailSettings | null; limiter: RateLimiter; allowLoopback: boolean } };

/** The process's settings and limiter (on globalThis: Next bundles modules twice), with the shared database. */
export async function subscribeDeps(): Promise<SubscribeDeps> {
  const g = globalThis as GlobalWithSubscribe;
  if (!g.__marsadSubscribe) {
    const settings = readNotifySettings(process.env);
    g.__marsadSubscribe = { email: settings.email, limiter: subscribeLimiter(settings.email), allowLoopback: settings.webhook.allowLoopback };
  }
  const { db } = await getDatabase();
  return { db, ...g.__marsadSubscribe, log: (level, message, fields) => log(level, message, fields ?? {}) };
}
