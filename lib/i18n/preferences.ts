// A visitor's display choices: digits, time zone and theme. Pages are the same for everyone (cacheable,
// no cookies), so these live in the browser's localStorage and are applied there (see preferences-script).
export const PREFERENCES_STORAGE_KEY = 'marsad.preferences';

export const DIGIT_CHOICES = ['latn', 'arab'] as const;
export type DigitChoice = (typeof DIGIT_CHOICES)[number];

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/**
 * `auto` is the browser's own zone; the rest are the capitals and cities most of Marsad's readers live by,
 * named as people say them (الرياض, not «غرينتش+٣»), grouped by region from east to west so a reader finds
 * a neighbour beside their own: the Gulf, Iraq and the Levant, the Nile valley, the Maghreb; then UTC.
 * Riyadh stays first, where it was. Manama's IANA zone is Asia/Bahrain (there is no Asia/Manama).
 */
export const TIME_ZONE_CHOICES = [
  'auto',
  'Asia/Riyadh',
  'Asia/Kuwait',
  'Asia/Bahrain',
  'Asia/Qatar',
  'Asia/Dubai',
  'Asia/Muscat',
  'Asia/Baghdad',
  'Asia/Damascus',
  'Asia/Beirut',
  'Asia/Amman',
  'Africa/Cairo',
  'Africa/Khartoum',
  'Africa/Tripoli',
  'Africa/Tunis',
  'Africa/Algiers',
  'Africa/Casablanca',
  'UTC',
] as const;
export type TimeZoneChoice = (typeof TIME_ZONE_CHOICES)[number];

export interface Preferences {
  digits: DigitChoice;
  timeZone: TimeZoneChoice;
  theme: ThemeChoice;
}

export const DEFAULT_PREFERENCES: Preferences = { digits: 'latn', timeZone: 'auto', theme: 'system' };

function pick<T extends string>(choices: readonly T[], value: unknown, fallback: T): T {
  return choices.includes(value as T) ? (value as T) : fallback;
}

/** Whatever is stored (or nothing, or garbage) becomes valid preferences. */
export function parsePreferences(raw: string | null): Preferences {
  let value: Record<string, unknown> = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === 'object') value = parsed as Record<string, unknown>;
  } catch {
    // Unreadable storage: defaults.
  }
  return {
    digits: pick(DIGIT_CHOICES, value.digits, DEFAULT_PREFERENCES.digits),
    timeZone: pick(TIME_ZONE_CHOICES, value.timeZone, DEFAULT_PREFERENCES.timeZone),
    theme: pick(THEME_CHOICES, value.theme, DEFAULT_PREFERENCES.theme),
  };
}
