// The notification settings from the environment, read in one place and checked: a bad value stops the
// start (README, Configuration). Channels that are not configured are simply not used.
import type { Locale } from '@/lib/i18n/routing';
import type { RetrySettings } from './backoff';
import { readEmailSettings, type EmailSettings } from './email-settings';

export interface TelegramSettings {
  token: string;
  /** The Bot API's root (default https://api.telegram.org); the tests point it at a fake on 127.0.0.1. */
  apiRoot: string;
  /** The public channel of each language (`@name` or a numeric chat id); a language without one gets no posts. */
  channels: Partial<Record<Locale, string>>;
  /** Telegram's limits: at least this long between two messages to one chat, and at most this many a second overall. */
  chatGapMs: number;
  perSecond: number;
  /**
   * How the bot receives its updates (/start, /list, /stop, blocked), lib/engine/notify/bot-receiver.ts:
   * `polling`: the one process holding the receiver's lock polls (on PostgreSQL an advisory lock, taken over
   * when its holder dies; on PGlite the one process); `webhook`: Telegram POSTs each update to
   * `<MARSAD_PUBLIC_URL>/api/telegram/webhook` with the secret, and whichever instance answers handles it;
   * `off`: this process takes no updates.
   */
  updates: 'polling' | 'webhook' | 'off';
  /** Webhook mode: the secret Telegram sends in X-Telegram-Bot-Api-Secret-Token (MARSAD_TELEGRAM_WEBHOOK_SECRET). */
  webhookSecret: string | null;
  /** Webhook mode: where Telegram POSTs the updates. */
  webhookUrl: string | null;
  /** Polling: how often a process without the receiver's lock tries to take it (a dead holder's lock is free at once). */
  receiverRetryMs: number;
}

export interface NotifySettings {
  /** Whether this process sends (MARSAD_NOTIFY, default on). Writing the outbox happens wherever incidents are written. */
  send: boolean;
  pollMs: number;
  batchSize: number;
  /** A claimed delivery not finished in this long is claimed again (a sender killed mid-delivery). */
  leaseMs: number;
  retry: RetrySettings;
  webhook: {
    timeoutMs: number;
    /** An endpoint failing without a success for this long is disabled. */
    disableAfterMs: number;
    /** Tests and the benchmark only: deliver to loopback receivers (127.0.0.0/8, ::1); other private addresses stay refused. */
    allowLoopback: boolean;
    /** The lab (MARSAD_LAB=1 with MARSAD_LAB_NOTIFY=local): loopback receivers only, nothing leaves the machine. */
    onlyLoopback: boolean;
  };
  telegram: TelegramSettings | null;
  /** Email subscriptions (lib/notify/email-settings.ts): null without MARSAD_SMTP_URL, and then switched off. */
  email: EmailSettings | null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const MS_SETTINGS = {
  MARSAD_NOTIFY_POLL_MS: { default: 1000, min: 10 },
  MARSAD_NOTIFY_LEASE_MS: { default: 60_000, min: 1000 },
  MARSAD_NOTIFY_RETRY_BASE_MS: { default: 5000, min: 1 },
  MARSAD_NOTIFY_RETRY_MAX_MS: { default: 6 * HOUR, min: 1 },
  MARSAD_NOTIFY_GIVE_UP_MS: { default: 3 * DAY, min: 1 },
  MARSAD_WEBHOOK_TIMEOUT_MS: { default: 15_000, min: 100 },
  MARSAD_WEBHOOK_DISABLE_AFTER_MS: { default: 5 * DAY, min: 1 },
  MARSAD_TELEGRAM_CHAT_GAP_MS: { default: 1000, min: 0 },
  MARSAD_TELEGRAM_PER_SECOND: { default: 30, min: 1 },
  MARSAD_TELEGRAM_RECEIVER_RETRY_MS: { default: 10_000, min: 100 },
} as const;
type MsSetting = keyof typeof MS_SETTINGS;

function readNumber(env: Record<string, string | undefined>, name: MsSetting): number {
  const raw = env[name];
  const { default: fallback, min } = MS_SETTINGS[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min) throw new Error(`${name} must be a whole number, at least ${min}, not "${raw}"`);
  return value;
}

function readSwitch(env: Record<string, string | undefined>, name: string, fallback: boolean): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '') return fallback;
  if (['on', '1', 'true'].includes(raw)) return true;
  if (['off', '0', 'false'].includes(raw)) return false;
  throw new Error(`${name} must be "on" or "off", not "${env[name]}"`);
}

const CHAT = /^(@[A-Za-z][A-Za-z0-9_]{3,31}|-?\d{1,20})$/;
/** Telegram takes 1 to 256 of these characters; we ask for at least 32 so it cannot be guessed. */
const WEBHOOK_SECRET = /^[A-Za-z0-9_-]{32,256}$/;
export const TELEGRAM_WEBHOOK_PATH = '/api/telegram/webhook';

/** A URL on this machine (the tests' fakes, the lab): 127.0.0.0/8, ::1 or localhost. */
export function isLoopbackUrl(raw: string): boolean {
  try {
    const host = new URL(raw).hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
    return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
  } catch {
    return false;
  }
}

function readTelegram(env: Record<string, string | undefined>): TelegramSettings | null {
  const token = env.MARSAD_TELEGRAM_BOT_TOKEN?.trim();
  if (!token) return null;
  if (!/^\d+:[A-Za-z0-9_-]{20,}$/.test(token)) throw new Error('MARSAD_TELEGRAM_BOT_TOKEN does not look like a bot token from @BotFather (digits, a colon, then letters)');
  const apiRoot = (env.MARSAD_TELEGRAM_API_ROOT?.trim() || 'https://api.telegram.org').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/.test(apiRoot)) throw new Error(`MARSAD_TELEGRAM_API_ROOT must be an http(s) URL, not "${env.MARSAD_TELEGRAM_API_ROOT}"`);
  const channels: TelegramSettings['channels'] = {};
  for (const [locale, name] of [['ar', 'MARSAD_TELEGRAM_CHANNEL_AR'], ['en', 'MARSAD_TELEGRAM_CHANNEL_EN']] as const) {
    const chat = env[name]?.trim();
    if (!chat) continue;
    if (!CHAT.test(chat)) throw new Error(`${name} must be a channel's @name or its numeric id, not "${chat}"`);
    channels[locale] = chat;
  }
  // The lab announces a simulated outage to local fakes only: never to Telegram itself.
  if (env.MARSAD_LAB === '1' && !isLoopbackUrl(apiRoot)) throw new Error(`MARSAD_LAB=1 talks to a Bot API on this machine only: MARSAD_TELEGRAM_API_ROOT must be on 127.0.0.1, not "${apiRoot}"`);
  const updates = (env.MARSAD_TELEGRAM_UPDATES?.trim().toLowerCase() || 'off') as TelegramSettings['updates'];
  if (updates !== 'polling' && updates !== 'webhook' && updates !== 'off') throw new Error(`MARSAD_TELEGRAM_UPDATES must be "polling", "webhook" or "off", not "${env.MARSAD_TELEGRAM_UPDATES}"`);
  let webhookSecret: string | null = null;
  let webhookUrl: string | null = null;
  if (updates === 'webhook') {
    webhookSecret = env.MARSAD_TELEGRAM_WEBHOOK_SECRET?.trim() ?? '';
    if (!WEBHOOK_SECRET.test(webhookSecret)) throw new Error('MARSAD_TELEGRAM_UPDATES=webhook needs MARSAD_TELEGRAM_WEBHOOK_SECRET: 32 to 256 letters, digits, "_" or "-" (for example: openssl rand -hex 32)');
    const origin = env.MARSAD_PUBLIC_URL?.trim().replace(/\/+$/, '') ?? '';
    // Telegram POSTs to https only; plain http is for a receiver on this machine (the tests, the lab).
    if (!/^https:\/\/[^/]+$/.test(origin) && !(/^http:\/\/[^/]+$/.test(origin) && isLoopbackUrl(origin))) {
      throw new Error(`MARSAD_TELEGRAM_UPDATES=webhook needs MARSAD_PUBLIC_URL, the site's https origin Telegram can reach (not "${env.MARSAD_PUBLIC_URL ?? ''}")`);
    }
    webhookUrl = `${origin}${TELEGRAM_WEBHOOK_PATH}`;
  }
  return {
    token, apiRoot, channels, chatGapMs: readNumber(env, 'MARSAD_TELEGRAM_CHAT_GAP_MS'), perSecond: readNumber(env, 'MARSAD_TELEGRAM_PER_SECOND'), updates,
    webhookSecret, webhookUrl, receiverRetryMs: readNumber(env, 'MARSAD_TELEGRAM_RECEIVER_RETRY_MS'),
  };
}

export function readNotifySettings(env: Record<string, string | undefined> = process.env): NotifySettings {
  const leaseMs = readNumber(env, 'MARSAD_NOTIFY_LEASE_MS');
  const timeoutMs = readNumber(env, 'MARSAD_WEBHOOK_TIMEOUT_MS');
  // A lease shorter than a delivery may last would let a second sender repeat a delivery still in flight.
  if (leaseMs <= timeoutMs) throw new Error(`MARSAD_NOTIFY_LEASE_MS (${leaseMs}) must be longer than MARSAD_WEBHOOK_TIMEOUT_MS (${timeoutMs})`);
  // lib/lab.ts lets a lab server send only with MARSAD_LAB_NOTIFY=local; then to receivers on this machine only.
  const lab = env.MARSAD_LAB === '1';
  return {
    send: readSwitch(env, 'MARSAD_NOTIFY', true),
    pollMs: readNumber(env, 'MARSAD_NOTIFY_POLL_MS'),
    batchSize: 50,
    leaseMs,
    retry: { baseMs: readNumber(env, 'MARSAD_NOTIFY_RETRY_BASE_MS'), maxMs: readNumber(env, 'MARSAD_NOTIFY_RETRY_MAX_MS'), giveUpMs: readNumber(env, 'MARSAD_NOTIFY_GIVE_UP_MS') },
    webhook: {
      timeoutMs, disableAfterMs: readNumber(env, 'MARSAD_WEBHOOK_DISABLE_AFTER_MS'),
      allowLoopback: lab || readSwitch(env, 'MARSAD_WEBHOOK_ALLOW_LOOPBACK', false), onlyLoopback: lab,
    },
    telegram: readTelegram(env),
    email: readEmailSettings(env),
  };
}

/** The Telegram channels that receive posts (the languages with a channel), when a bot is configured. */
export function telegramChannelTargets(settings: Pick<NotifySettings, 'telegram'>): Locale[] {
  return settings.telegram ? (Object.keys(settings.telegram.channels) as Locale[]) : [];
}
