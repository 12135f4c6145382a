// Locales live in the URL: Arabic at `/`, English at `/en`. No detection and no cookie, so every
// public page is the same for everyone and any cache or CDN can keep it.
import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['ar', 'en'],
  defaultLocale: 'ar',
  localePrefix: 'as-needed',
  localeDetection: false,
  localeCookie: false,
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

export const LOCALE_DIRECTION: Record<Locale, 'rtl' | 'ltr'> = { ar: 'rtl', en: 'ltr' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (routing.locales as readonly string[]).includes(value);
}

/** A page's `[locale]` param as a Locale (the layout has already answered 404 for any other value). */
export function asLocale(value: string): Locale {
  return isLocale(value) ? value : routing.defaultLocale;
}
