// What a bot subscriber follows, and the deep link a page gives for it: `t.me/<bot>?start=<payload>`, the
// payload naming the language and the scope (`ar_all`, `en_g_exchange`, `ar_s_coinbase`; Telegram allows
// A–Z, a–z, 0–9, _ and - up to 64 characters). The bot's replies in both languages. Pure.
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { CATEGORIES, type Category } from '@/lib/catalog/schema';
import type { Locale } from '@/lib/i18n/routing';

export type SubscriptionScope = 'all' | `group:${Category}` | `service:${string}`;

const PAYLOAD = /^(ar|en)_(?:(all)|g_([a-z0-9]{1,16})|s_([a-z0-9][a-z0-9-]{0,55}))$/;

export function parseStartPayload(payload: string): { locale: Locale; scope: SubscriptionScope } | null {
  const m = PAYLOAD.exec(payload);
  if (!m) return null;
  const locale = m[1] as Locale;
  if (m[2]) return { locale, scope: 'all' };
  if (m[3]) return (CATEGORIES as readonly string[]).includes(m[3]) ? { locale, scope: `group:${m[3] as Category}` } : null;
  return { locale, scope: `service:${m[4]!}` };
}

export function startPayload(scope: SubscriptionScope, locale: Locale): string {
  if (scope === 'all') return `${locale}_all`;
  const [kind, value] = scope.split(':') as ['group' | 'service', string];
  return `${locale}_${kind === 'group' ? 'g' : 's'}_${value}`;
}

export function deepLink(botUsername: string, scope: SubscriptionScope, locale: Locale): string {
  return `https://t.me/${botUsername}?start=${startPayload(scope, locale)}`;
}

/** The scopes a change of this subject reaches: everyone, its group, the service itself. */
export function scopesOf(subject: { serviceId: string | null; group: Category | null }): SubscriptionScope[] {
  return ['all', ...(subject.group ? [`group:${subject.group}` as const] : []), ...(subject.serviceId ? [`service:${subject.serviceId}` as const] : [])];
}

const GROUPS: Record<Locale, Record<Category, string>> = { ar: ar.category, en: en.category };

const TEXT = {
  ar: {
    all: 'كل الحوادث',
    subscribed: 'تم الاشتراك: {what}. سنرسل إليك افتتاح كل حادثة وتحديثاتها وانتهاءها، كل واحد مرة واحدة. أرسل ‎/list لترى ما تتابعه، و‎/stop لإلغاء الاشتراك وحذف بياناتك.',
    list: 'تتابع: {items}.',
    none: 'لا تتابع شيئًا الآن. أرسل ‎/start لمتابعة كل الحوادث.',
    stopped: 'ألغينا اشتراكك وحذفنا بياناتك. أرسل ‎/start متى شئت للاشتراك من جديد.',
    unknown: 'لم نتعرّف على هذا الرابط. أرسل ‎/start لمتابعة كل الحوادث.',
    slow: 'تصل الرسائل المباشرة إلى آلاف المشتركين خلال دقائق بحكم حدود Telegram؛ قناة مرصد تُحدَّث أولًا.',
  },
  en: {
    all: 'all incidents',
    subscribed: 'Subscribed: {what}. You will get each incident\'s opening, updates and end, each once. Send /list to see what you follow, and /stop to unsubscribe and delete your data.',
    list: 'You follow: {items}.',
    none: 'You follow nothing now. Send /start to follow all incidents.',
    stopped: 'You are unsubscribed and your data is deleted. Send /start whenever you want to subscribe again.',
    unknown: 'We do not recognise this link. Send /start to follow all incidents.',
    slow: "Direct messages reach thousands of subscribers within minutes, by Telegram's limits; Marsad's channel is updated first.",
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type BotReply = keyof (typeof TEXT)['ar'];

export function scopeName(scope: SubscriptionScope, locale: Locale, serviceName: (id: string) => string | null): string {
  if (scope === 'all') return TEXT[locale].all;
  const [kind, value] = scope.split(':') as ['group' | 'service', string];
  return kind === 'group' ? GROUPS[locale][value as Category] : (serviceName(value) ?? value);
}

export function botText(key: BotReply, locale: Locale, values: Record<string, string> = {}): string {
  return TEXT[locale][key].replace(/\{(\w+)\}/g, (whole, k: string) => values[k] ?? whole);
}
