// Email's settings, read with the other notification settings at start (lib/notify/settings.ts) and
// checked: a malformed value stops the start with a sentence naming it. Without MARSAD_SMTP_URL email is
// off: no subscription form, nothing queued, and the subscribe pages say so.
import type { Locale } from '@/lib/i18n/routing';

export interface EmailSettings {
  /** smtp://user:pass@host:587 (STARTTLS when the server offers it) or smtps://…:465; Nodemailer reads it. */
  smtpUrl: string;
  /** The From header: `Marsad <status@example>`. */
  from: string;
  /** How long a confirmation link works (MARSAD_EMAIL_CONFIRM_WINDOW_MS, default 48 hours). */
  confirmWindowMs: number;
  /** Subscribe requests one client address may make: a burst, then one more every `refillMs`. */
  perClient: { burst: number; refillMs: number };
  /** A second confirmation mail to the same address and scope waits this long (no mail bombing through the form). */
  resendAfterMs: number;
  /** Where the links in a mail point (MARSAD_PUBLIC_URL; lib/open-data/seo.ts). */
  origin: string;
}

type Env = Record<string, string | undefined>;
const HOUR = 3_600_000;

/** The public origin as lib/open-data/seo.ts siteOrigin gives it (this file stays free of server code). */
function publicOrigin(env: Env): string {
  try {
    const raw = env.MARSAD_PUBLIC_URL?.trim();
    if (raw) return new URL(raw).origin;
  } catch {
    // MARSAD_PUBLIC_URL is checked where the server starts; a bad one falls back here.
  }
  return `http://localhost:${/^\d+$/.test(env.PORT ?? '') ? env.PORT : '3000'}`;
}

function whole(env: Env, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min) throw new Error(`${name} must be a whole number, at least ${min}, not "${env[name]}"`);
  return value;
}

/** A plain address inside the From header (`Name <a@b>` or `a@b`): no line breaks, one @. */
const FROM = /^(?:[^<>\r\n"]{1,64} )?<?[^\s<>@"]+@[^\s<>@"]+>?$/;

export function readEmailSettings(env: Env = process.env): EmailSettings | null {
  // Checked here too, at start, so a malformed bot username stops the start rather than a page.
  readSubscribeOptions(env);
  const raw = env.MARSAD_SMTP_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error('MARSAD_SMTP_URL must be a URL such as smtps://user:password@smtp.example:465 or smtp://user:password@smtp.example:587');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error(`MARSAD_SMTP_URL must start with smtp:// or smtps://, not "${url.protocol}//"`);
  if (!url.hostname) throw new Error('MARSAD_SMTP_URL names no host');
  // The lab simulates outages: its mail must stay on this machine.
  if (env.MARSAD_LAB === '1' && !/^(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(url.hostname)) {
    throw new Error(`MARSAD_LAB=1 sends mail to an SMTP server on this machine only, not "${url.hostname}"`);
  }
  const fallbackFrom = (() => {
    try {
      return `Marsad <status@${new URL(env.MARSAD_PUBLIC_URL ?? '').hostname || 'localhost'}>`;
    } catch {
      return 'Marsad <status@localhost>';
    }
  })();
  const from = env.MARSAD_EMAIL_FROM?.trim() || fallbackFrom;
  if (!FROM.test(from)) throw new Error(`MARSAD_EMAIL_FROM must be an address, optionally with a name: "Marsad <status@example.com>", not "${from}"`);
  return {
    smtpUrl: url.toString(),
    from,
    confirmWindowMs: whole(env, 'MARSAD_EMAIL_CONFIRM_WINDOW_MS', 48 * HOUR, 1000),
    perClient: { burst: whole(env, 'MARSAD_SUBSCRIBE_BURST', 5, 1), refillMs: whole(env, 'MARSAD_SUBSCRIBE_REFILL_MS', 10 * 60_000, 1) },
    resendAfterMs: whole(env, 'MARSAD_EMAIL_RESEND_AFTER_MS', 5 * 60_000, 0),
    origin: publicOrigin(env),
  };
}

/** Where the address is shown in logs (never whole): the first letter and the domain. */
export function maskedAddress(email: string): string {
  const at = email.lastIndexOf('@');
  return at <= 0 ? '…' : `${email[0]}…${email.slice(at)}`;
}

/** A plausible address (the mail server has the last word): one @, a dot in the domain, no spaces, ≤ 254 characters. */
export function normalizeAddress(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const email = raw.trim().toLowerCase();
  if (email.length > 254 || !/^[^\s@<>"(),;:\\[\]]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/.test(email)) return null;
  return email;
}

/** What a page offers in its "Get notified" block: email when SMTP is configured, the bot's deep link when it is known. */
export interface SubscribeOptions {
  email: boolean;
  /** The bot's username (MARSAD_TELEGRAM_BOT_USERNAME, with MARSAD_TELEGRAM_BOT_TOKEN set), for t.me links. */
  telegramBot: string | null;
  /** Each language's public channel by its @name (MARSAD_TELEGRAM_CHANNEL_AR/EN, without the @), for t.me links; a numeric id has none. */
  telegramChannels: Partial<Record<Locale, string>>;
}

export function readSubscribeOptions(env: Env = process.env): SubscribeOptions {
  const username = env.MARSAD_TELEGRAM_BOT_USERNAME?.trim().replace(/^@/, '') || null;
  // Telegram's rule: 5 to 32 letters, digits and underscores, ending in "bot".
  if (username && !/^[A-Za-z][A-Za-z0-9_]{1,29}bot$/i.test(username)) throw new Error(`MARSAD_TELEGRAM_BOT_USERNAME must be the bot's username from @BotFather (ending in "bot"), not "${username}"`);
  const token = Boolean(env.MARSAD_TELEGRAM_BOT_TOKEN?.trim());
  const telegramChannels: SubscribeOptions['telegramChannels'] = {};
  for (const [locale, name] of [['ar', 'MARSAD_TELEGRAM_CHANNEL_AR'], ['en', 'MARSAD_TELEGRAM_CHANNEL_EN']] as const) {
    const channel = /^@([A-Za-z][A-Za-z0-9_]{3,31})$/.exec(env[name]?.trim() ?? '');
    if (token && channel) telegramChannels[locale] = channel[1]!;
  }
  return { email: Boolean(env.MARSAD_SMTP_URL?.trim()), telegramBot: token && username ? username : null, telegramChannels };
}
