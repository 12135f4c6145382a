// The email telling a webhook endpoint's owner that Marsad stopped sending to it (it failed without a
// success for MARSAD_WEBHOOK_DISABLE_AFTER_MS). The endpoint records an address but not a language, so
// the mail speaks both: Arabic first, then English, each part in its own direction, the URL isolated so a
// Latin address never reorders the Arabic around it. A plain-text part and an escaped HTML part. Pure.
import type { Locale } from '@/lib/i18n/routing';
import { escapeHtml, type MailContent } from './email-text';
import { formatPostTime } from './telegram-text';

const TEXT = {
  ar: {
    subject: 'مرصد: أوقفنا الإرسال إلى عنوان webhook الخاص بك',
    failing: 'لم يقبل عنوانك أي إشعار من مرصد منذ {since}، فأوقفنا الإرسال إليه وألغينا ما كان ينتظره:',
    again: 'حين يعود العنوان إلى العمل ويجيب بنجاح (2xx)، سجّله من جديد من هذه الصفحة، أو اطلب من القائمين على الموقع إعادة تفعيله:',
    why: 'وصلتك هذه الرسالة لأن هذا البريد سُجّل صاحبًا لهذا العنوان.',
  },
  en: {
    subject: 'Marsad: we stopped sending to your webhook endpoint',
    failing: 'Your endpoint has not accepted any Marsad notification since {since}, so we stopped sending to it and cancelled what was waiting for it:',
    again: 'Once it works again and answers with success (2xx), register it again on this page, or ask the site’s operators to enable it again:',
    why: 'You get this message because this address was recorded as the endpoint’s owner.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export function endpointDisabledMail(input: { url: string; failingSince: Date; registerLink: string }): MailContent {
  const part = (locale: Locale) => {
    const t = TEXT[locale];
    // In Arabic the time comes isolated (formatPostTime): "12:00 UTC" reads in order, not "UTC 12:00".
    return { t, failing: t.failing.replace('{since}', formatPostTime(input.failingSince.toISOString(), locale)) };
  };
  const ar = part('ar');
  const en = part('en');
  const text = [ar.failing, input.url, '', ar.t.again, input.registerLink, '', ar.t.why, '', '—', '', en.failing, input.url, '', en.t.again, input.registerLink, '', en.t.why].join('\n');
  const url = `<bdi dir="ltr" style="word-break:break-all">${escapeHtml(input.url)}</bdi>`;
  const link = `<a href="${escapeHtml(input.registerLink)}"><bdi dir="ltr" style="word-break:break-all">${escapeHtml(input.registerLink)}</bdi></a>`;
  const section = (locale: Locale, p: ReturnType<typeof part>) =>
    `<div lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}" style="text-align:start;margin:0 0 24px">`
    + `<p>${escapeHtml(p.failing)}<br>${url}</p><p>${escapeHtml(p.t.again)}<br>${link}</p><p style="font-size:13px;color:#4b5563">${escapeHtml(p.t.why)}</p></div>`;
  const html = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escapeHtml(TEXT.ar.subject)}</title></head>`
    + `<body style="margin:0;padding:24px;font-family:system-ui,Tahoma,Arial,sans-serif;line-height:1.7">${section('ar', ar)}<hr>${section('en', en)}</body></html>`;
  return { subject: `${TEXT.ar.subject} · ${TEXT.en.subject}`, text, html };
}
