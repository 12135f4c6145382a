// What the emails say, in the subscriber's language: the confirmation (double opt-in), one message per
// incident change, and the confirmation of a webhook registration. Each has a plain-text part (what many
// readers and every filter read) and an HTML part in which every value from outside (titles, editors'
// text, URLs) is escaped. Status words come from the pages' messages; times as the Telegram posts give
// them (UTC, Western digits). Pure.
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import type { Locale } from '@/lib/i18n/routing';
import type { Status } from '@/lib/status/vocabulary';
import type { NotificationPayload } from './notification';
import { getCatalog } from '@/lib/catalog';
import { scopeName, type SubscriptionScope } from './subscriptions';
import { formatPostTime, telegramPostText } from './telegram-text';

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

const STATUS_WORDS: Record<Locale, Record<Status, string>> = { ar: ar.status, en: en.status };

const TEXT = {
  ar: {
    brand: 'مرصد',
    confirmSubject: 'أكّد اشتراكك في تنبيهات مرصد',
    confirmIntro: 'طلب أحدهم، ونرجو أن يكون أنت، أن تصله تنبيهات مرصد بالبريد عن: {what}.',
    confirmAction: 'لتأكيد الاشتراك افتح هذا الرابط قبل {time}:',
    confirmButton: 'تأكيد الاشتراك',
    confirmIgnore: 'إن لم تطلب ذلك فتجاهل هذه الرسالة: لن نرسل إليك شيئًا، ويُحذف العنوان حين تنتهي صلاحية الرابط.',
    incidentOpen: '{title}: {status}',
    incidentResolved: 'انتهت: {title}',
    footer: 'وصلتك هذه الرسالة لأنك اشتركت في تنبيهات مرصد عن: {what}.',
    unsubscribe: 'لإلغاء الاشتراك وحذف عنوانك بنقرة واحدة:',
    unsubscribeLink: 'إلغاء الاشتراك',
    webhookSubject: 'أكّد تسجيل عنوان webhook في مرصد',
    webhookIntro: 'طلب أحدهم، ونرجو أن يكون أنت، أن يرسل مرصد حوادثه موقّعةً إلى هذا العنوان: {url}',
    webhookAction: 'لتفعيله افتح هذا الرابط قبل {time}، وستعرض لك صفحة التأكيد سرّ التوقيع مرة واحدة فقط:',
    webhookButton: 'تفعيل العنوان',
    webhookIgnore: 'إن لم تطلب ذلك فتجاهل هذه الرسالة: لن يُرسَل شيء إلى هذا العنوان.',
  },
  en: {
    brand: 'Marsad',
    confirmSubject: 'Confirm your Marsad alerts',
    confirmIntro: 'Someone, we hope you, asked for Marsad’s email alerts about: {what}.',
    confirmAction: 'To confirm, open this link before {time}:',
    confirmButton: 'Confirm my subscription',
    confirmIgnore: 'If it was not you, ignore this message: we will send nothing, and the address is deleted when the link expires.',
    incidentOpen: '{title}: {status}',
    incidentResolved: 'Over: {title}',
    footer: 'You get this message because you subscribed to Marsad’s alerts about: {what}.',
    unsubscribe: 'To unsubscribe and delete your address in one click:',
    unsubscribeLink: 'Unsubscribe',
    webhookSubject: 'Confirm your Marsad webhook endpoint',
    webhookIntro: 'Someone, we hope you, asked Marsad to send its incidents, signed, to this endpoint: {url}',
    webhookAction: 'To start it, open this link before {time}; the confirmation page shows its signing secret once, and only once:',
    webhookButton: 'Start the endpoint',
    webhookIgnore: 'If it was not you, ignore this message: nothing will be sent to that endpoint.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** A time in a mail: isolated in Arabic, as in the Telegram posts (formatPostTime). */
const mailTime = (date: Date, locale: Locale): string => formatPostTime(date.toISOString(), locale);

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A whole HTML document in the reader's direction; `body` is already escaped HTML. */
function page(locale: Locale, title: string, body: string): string {
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const font = locale === 'ar' ? "'IBM Plex Sans Arabic', Tahoma, Arial, sans-serif" : 'system-ui, -apple-system, Segoe UI, Arial, sans-serif';
  return `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>`
    + `<body style="margin:0;padding:24px;background:#f6f7f9;color:#111827;font-family:${font};line-height:1.7">`
    + `<div dir="${dir}" style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #e5e7eb;border-radius:8px;padding:24px;text-align:start">${body}</div></body></html>`;
}

const p = (html: string, style = '') => `<p style="margin:0 0 12px;${style}">${html}</p>`;
const button = (href: string, label: string) =>
  `<p style="margin:16px 0"><a href="${escapeHtml(href)}" style="display:inline-block;background:#1f4f8a;color:#ffffff;text-decoration:none;padding:10px 16px;border-radius:6px">${escapeHtml(label)}</a></p>`;
const small = (html: string) => p(html, 'font-size:13px;color:#4b5563');
/** A URL written out (so it can be copied), isolated so a Latin address never reorders Arabic around it. */
const shownUrl = (url: string) => `<bdi dir="ltr" style="word-break:break-all">${escapeHtml(url)}</bdi>`;

export function confirmationMail(input: { locale: Locale; what: string; link: string; expiresAt: Date }): MailContent {
  const t = TEXT[input.locale];
  const time = mailTime(input.expiresAt, input.locale);
  const intro = fill(t.confirmIntro, { what: input.what });
  const text = [intro, '', fill(t.confirmAction, { time }), input.link, '', t.confirmIgnore].join('\n');
  const html = page(input.locale, t.confirmSubject, [
    p(escapeHtml(intro)),
    p(escapeHtml(fill(t.confirmAction, { time }))),
    button(input.link, t.confirmButton),
    small(shownUrl(input.link)),
    small(escapeHtml(t.confirmIgnore)),
  ].join(''));
  return { subject: t.confirmSubject, text, html };
}

/** The subject of a change: the incident's title and its status now, or that it is over. */
export function incidentSubject(payload: NotificationPayload, locale: Locale): string {
  const t = TEXT[locale];
  const { data } = payload;
  const title = data.title[locale];
  const line = data.endedAt !== null ? fill(t.incidentResolved, { title }) : fill(t.incidentOpen, { title, status: STATUS_WORDS[locale][data.status] });
  return `${line} | ${t.brand}`;
}

export function incidentMail(input: { payload: NotificationPayload; locale: Locale; what: string; unsubscribeUrl: string }): MailContent {
  const { payload, locale } = input;
  const t = TEXT[locale];
  // The same lines as a Telegram message (one per change, not edited), then why it came and how to stop it.
  const body = telegramPostText(payload, locale, 'message');
  const footer = fill(t.footer, { what: input.what });
  const text = [body, '', '—', footer, t.unsubscribe, input.unsubscribeUrl].join('\n');
  const [headline, ...rest] = body.split('\n');
  const incidentUrl = payload.data.url[locale];
  const lines = rest.filter((line) => line !== '' && line !== incidentUrl);
  const html = page(locale, incidentSubject(payload, locale), [
    `<h1 style="font-size:18px;margin:0 0 12px">${escapeHtml(headline ?? '')}</h1>`,
    ...lines.map((line) => p(escapeHtml(line))),
    p(`<a href="${escapeHtml(incidentUrl)}">${shownUrl(incidentUrl)}</a>`),
    '<hr style="border:none;border-top:1px solid #e5e7eb;margin:20px 0">',
    small(escapeHtml(footer)),
    small(`${escapeHtml(t.unsubscribe)} <a href="${escapeHtml(input.unsubscribeUrl)}">${escapeHtml(t.unsubscribeLink)}</a>`),
  ].join(''));
  return { subject: incidentSubject(payload, locale), text, html };
}

export function webhookConfirmationMail(input: { locale: Locale; url: string; link: string; expiresAt: Date }): MailContent {
  const t = TEXT[input.locale];
  const time = mailTime(input.expiresAt, input.locale);
  const text = [fill(t.webhookIntro, { url: input.url }), '', fill(t.webhookAction, { time }), input.link, '', t.webhookIgnore].join('\n');
  const html = page(input.locale, t.webhookSubject, [
    p(`${escapeHtml(fill(t.webhookIntro, { url: '' }))}${shownUrl(input.url)}`),
    p(escapeHtml(fill(t.webhookAction, { time }))),
    button(input.link, t.webhookButton),
    small(shownUrl(input.link)),
    small(escapeHtml(t.webhookIgnore)),
  ].join(''));
  return { subject: t.webhookSubject, text, html };
}

let serviceNames: Map<string, string> | null = null;
function serviceName(id: string): string | null {
  serviceNames ??= new Map(getCatalog().services.map((s) => [s.id, s.shortName]));
  return serviceNames.get(id) ?? null;
}

/** What a subscription follows, in words: all incidents, a group's name, a service's short name. */
export function describeScope(scope: string, locale: Locale): string {
  return scopeName(scope as SubscriptionScope, locale, serviceName);
}
