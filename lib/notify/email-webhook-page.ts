// The one page that shows a webhook endpoint's signing secret: the answer to the confirmation's POST,
// rendered here (not by Next) so that the secret is in one uncached response and in no URL, log or cache.
// Both languages written here; the secret and the URL are escaped. Pure.
import type { Locale } from '@/lib/i18n/routing';
import { escapeHtml } from './email-text';
import { localePrefix } from './email-links';

const TEXT = {
  ar: {
    title: 'تم تفعيل عنوان webhook',
    lead: 'سيرسل مرصد حوادثه إلى هذا العنوان، موقّعةً وفق مواصفة Standard Webhooks:',
    secret: 'سرّ التوقيع (يظهر هنا مرة واحدة فقط؛ احفظه الآن في إعدادات المستقبِل):',
    id: 'معرّف العنوان:',
    docs: 'صيغة الرسائل والتحقق من التوقيع',
    home: 'العودة إلى مرصد',
  },
  en: {
    title: 'Webhook endpoint started',
    lead: 'Marsad will send its incidents to this endpoint, signed per the Standard Webhooks specification:',
    secret: 'Signing secret (shown here once, and only once; store it in your receiver now):',
    id: 'Endpoint id:',
    docs: 'Payload format and signature checks',
    home: 'Back to Marsad',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export function webhookSecretPage(input: { locale: Locale; id: string; url: string; secret: string }): string {
  const t = TEXT[input.locale];
  const dir = input.locale === 'ar' ? 'rtl' : 'ltr';
  const prefix = localePrefix(input.locale);
  const code = (v: string) => `<code dir="ltr" style="display:block;padding:8px 12px;background:#f3f4f6;border-radius:6px;word-break:break-all;font-size:15px">${escapeHtml(v)}</code>`;
  return `<!doctype html><html lang="${input.locale}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(t.title)}</title></head>`
    + `<body style="margin:0;padding:24px;font-family:system-ui,'IBM Plex Sans Arabic',Tahoma,sans-serif;line-height:1.7;color:#111827;background:#f9fafb">`
    + `<main style="max-width:640px;margin:0 auto;background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:24px">`
    + `<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(t.title)}</h1>`
    + `<p>${escapeHtml(t.lead)}</p>${code(input.url)}`
    + `<p>${escapeHtml(t.secret)}</p><div data-webhook-secret>${code(input.secret)}</div>`
    + `<p>${escapeHtml(t.id)} <bdi dir="ltr">${escapeHtml(input.id)}</bdi></p>`
    + `<p><a href="/api/v1/openapi.json">${escapeHtml(t.docs)}</a> · <a href="${prefix || '/'}">${escapeHtml(t.home)}</a></p>`
    + `</main></body></html>`;
}
