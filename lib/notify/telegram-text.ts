// The Telegram channel post of an incident, in the channel's language: one post per incident, edited in
// place at every change, so it always tells the incident as it stands now (never a stream of messages).
// Status words come from the pages' messages (messages/*.json, namespace status); the rest is written here
// in both languages. Times in UTC with Western digits, as the server renders them (lib/i18n/formats.ts).
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { formats } from '@/lib/i18n/formats';
import type { Locale } from '@/lib/i18n/routing';
import type { Status } from '@/lib/status/vocabulary';
import type { IncidentChangeKind, NotificationPayload } from './notification';

const STATUS_WORDS: Record<Locale, Record<Status, string>> = { ar: ar.status, en: en.status };

const TEXT = {
  ar: {
    started: 'بدأت: {time}',
    ended: 'انتهت: {time}',
    statusNow: 'الحالة الآن: {status}',
    over: 'انتهت الحادثة.',
    reopened: 'عادت الحادثة بعد تعافٍ قصير.',
    acknowledged: 'أعلنت الشركة الحادثة على صفحة حالتها.',
    edited: 'يُحدَّث هذا المنشور كلما تغيّرت الحادثة.',
  },
  en: {
    started: 'Started: {time}',
    ended: 'Ended: {time}',
    statusNow: 'Status now: {status}',
    over: 'The incident is over.',
    reopened: 'The incident came back after a short recovery.',
    acknowledged: 'The company acknowledged it on its status page.',
    edited: 'This post is updated as the incident changes.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

const NOTES: Partial<Record<IncidentChangeKind, keyof (typeof TEXT)['ar']>> = { reopened: 'reopened', acknowledged: 'acknowledged' };

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/**
 * A time for a post or a mail. In Arabic its "19:24 UTC" is a Latin run inside Arabic text: isolated
 * (LRI…PDI) so it reads in order, not "UTC 19:24" (plain text has no <bdi>).
 */
export function formatPostTime(iso: string, locale: Locale): string {
  const time = new Intl.DateTimeFormat(locale, formats.dateTime.short).format(new Date(iso));
  return locale === 'ar' ? time.replace(/\d{1,2}:\d{2}(?:\s*UTC)?/, (m) => `\u2066${m}\u2069`) : time;
}

/**
 * The post's text (plain text: no parse mode, so nothing in a title can break it). `message`: a direct
 * message to a subscriber, one per change, which is not edited and does not say it will be.
 */
export function telegramPostText(payload: NotificationPayload, locale: Locale, form: 'post' | 'message' = 'post'): string {
  const t = TEXT[locale];
  const { data } = payload;
  const resolved = data.endedAt !== null;
  const note = NOTES[data.change];
  const lines = [
    `${resolved ? '✅' : '🔴'} ${data.title[locale]}`,
    resolved ? t.over : fill(t.statusNow, { status: STATUS_WORDS[locale][data.status] }),
    ...(note && !resolved ? [t[note]] : []),
    fill(t.started, { time: formatPostTime(data.startedAt, locale) }),
    ...(resolved ? [fill(t.ended, { time: formatPostTime(data.endedAt!, locale) })] : []),
    '',
    data.url[locale],
    ...(form === 'post' ? [t.edited] : []),
  ];
  return lines.join('\n');
}
