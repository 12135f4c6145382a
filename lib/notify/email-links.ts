// The addresses of the subscribe pages and of the routes their forms post to, absolute in mails (from the
// public origin only, lib/open-data/seo.ts) and relative on the pages. Pure.
import { getCatalog } from '@/lib/catalog';
import { CATEGORIES } from '@/lib/catalog/schema';
import type { Locale } from '@/lib/i18n/routing';
import type { SubscriptionScope } from './subscriptions';

/** `/en` for English, nothing for Arabic (the default locale lives at the root). */
export function localePrefix(locale: Locale): string {
  // Arabic is routing.defaultLocale (lib/i18n/routing.ts, not imported: it loads next-intl).
  return locale === 'ar' ? '' : `/${locale}`;
}

export const SUBSCRIBE_API = {
  email: '/api/subscribe/email',
  confirm: '/api/subscribe/confirm',
  /** RFC 8058's target: POST `List-Unsubscribe=One-Click` unsubscribes; GET leads to the page with a button. */
  unsubscribe: '/api/subscribe/unsubscribe',
  webhook: '/api/subscribe/webhook',
  webhookConfirm: '/api/subscribe/webhook/confirm',
} as const;

export type SubscribePage = '' | '/sent' | '/confirm' | '/confirmed' | '/unsubscribe' | '/unsubscribed' | '/webhook' | '/webhook/sent' | '/webhook/confirm';

export function subscribePath(locale: Locale, page: SubscribePage = '', query: Record<string, string> = {}): string {
  const search = new URLSearchParams(query).toString();
  return `${localePrefix(locale)}/subscribe${page}${search ? `?${search}` : ''}`;
}

export function confirmLink(origin: string, locale: Locale, token: string): string {
  return `${origin}${subscribePath(locale, '/confirm', { token })}`;
}

export function unsubscribePageLink(origin: string, locale: Locale, token: string): string {
  return `${origin}${subscribePath(locale, '/unsubscribe', { token })}`;
}

export function oneClickUnsubscribeLink(origin: string, token: string): string {
  return `${origin}${SUBSCRIBE_API.unsubscribe}?token=${encodeURIComponent(token)}`;
}

export function webhookConfirmLink(origin: string, locale: Locale, token: string): string {
  return `${origin}${subscribePath(locale, '/webhook/confirm', { token })}`;
}

/** `all`, a catalog group or a service of the catalog; anything else is refused. */
export function parseScope(raw: string | undefined): SubscriptionScope | null {
  if (raw === undefined || raw === '' || raw === 'all') return 'all';
  const [kind, value] = raw.split(':', 2) as [string, string | undefined];
  if (kind === 'group' && value && (CATEGORIES as readonly string[]).includes(value)) return raw as SubscriptionScope;
  if (kind === 'service' && value && getCatalog().services.some((s) => s.id === value)) return raw as SubscriptionScope;
  return null;
}
