// The desk's fixed settings, read from the environment only (never from a request's headers): the
// public origin its writes must come from, whether its cookie is Secure, the cookie's path and name.
import { siteOrigin } from '@/lib/open-data/seo';

export const DESK_PATH = '/desk';
export const DESK_AUTH_BASE = '/desk/api/auth';
export const DESK_COOKIE_PREFIX = 'marsad-desk';
/** Sessions last a working week, renewed once a day while used. */
export const SESSION_SECONDS = 7 * 24 * 3600;

/** The origin every desk write must carry (Origin header): MARSAD_PUBLIC_URL, or the local default. */
export function deskOrigin(env: Record<string, string | undefined> = process.env): string {
  return siteOrigin(env);
}

/** Secure cookies exactly when the public origin is https. */
export function deskCookieSecure(env: Record<string, string | undefined> = process.env): boolean {
  return deskOrigin(env).startsWith('https:');
}

/** The header through which the front server tells Next the visitor's address (it replaces any the visitor sent). */
export const CLIENT_ADDRESS_HEADER = 'x-marsad-client';
