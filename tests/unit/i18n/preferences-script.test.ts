import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { NAMED_TIME_ZONES, preferencesScript } from '@/lib/i18n/preferences-script';
import { TIME_ZONE_CHOICES } from '@/lib/i18n/preferences';

const MESSAGES = { ar, en } as const;

/** The zone names the layout hands the script, built the same way. */
function zoneNames(locale: keyof typeof MESSAGES): Record<string, string> {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'layout.preferences' });
  return Object.fromEntries(NAMED_TIME_ZONES.map((z) => [z, t('zoneTime', { zone: t(`timeZoneOptions.${z}`) })]));
}

/** Runs the inline script against a minimal page holding one <time data-format="short"> and returns its text. */
function localizedTime(locale: keyof typeof MESSAGES, stored: Record<string, string>, at = '2025-10-20T06:48:00Z'): string {
  const time = { dataset: { format: 'short' }, dateTime: at, textContent: 'server text' };
  const document = {
    documentElement: { lang: locale, dataset: {} as Record<string, string> },
    readyState: 'complete',
    body: {},
    querySelectorAll: (selector: string) => (selector.startsWith('time') ? [time] : []),
    addEventListener: () => {},
  };
  const localStorage = { getItem: () => JSON.stringify(stored) };
  class MutationObserver {
    observe() {}
  }
  new Function('document', 'window', 'localStorage', 'MutationObserver', preferencesScript(zoneNames(locale)))(document, {}, localStorage, MutationObserver);
  return time.textContent;
}

describe('the preferences script names a chosen zone as people say it', () => {
  it('Riyadh in Arabic: «بتوقيت الرياض», never «غرينتش+٣»', () => {
    const text = localizedTime('ar', { timeZone: 'Asia/Riyadh', digits: 'arab' });
    expect(text).toContain('٠٩:٤٨');
    expect(text).toContain('بتوقيت الرياض');
    expect(text).not.toMatch(/غرينتش|GMT/);
  });

  it('Riyadh in English: "Riyadh time", never "GMT+3"', () => {
    const text = localizedTime('en', { timeZone: 'Asia/Riyadh' });
    expect(text).toContain('09:48');
    expect(text).toContain('Riyadh time');
    expect(text).not.toContain('GMT');
  });

  it.each([
    ['Asia/Muscat', '10:48', 'بتوقيت مسقط', 'Muscat time'],
    ['Asia/Bahrain', '09:48', 'بتوقيت المنامة', 'Manama time'],
    ['Asia/Damascus', '09:48', 'بتوقيت دمشق', 'Damascus time'],
    ['Africa/Khartoum', '08:48', 'بتوقيت الخرطوم', 'Khartoum time'],
    ['Africa/Tripoli', '08:48', 'بتوقيت طرابلس (ليبيا)', 'Tripoli (Libya) time'],
  ])('%s is offered and named in both languages', (zone, clock, arName, enName) => {
    expect(TIME_ZONE_CHOICES).toContain(zone);
    expect(localizedTime('ar', { timeZone: zone })).toContain(arName);
    expect(localizedTime('ar', { timeZone: zone })).toContain(clock);
    expect(localizedTime('en', { timeZone: zone })).toContain(enName);
  });

  it('a browser zone off the list is written as a UTC offset («UTC+9», not «غرينتش+9»)', () => {
    const before = process.env.TZ;
    process.env.TZ = 'Asia/Tokyo';
    try {
      expect(localizedTime('ar', { timeZone: 'auto' })).toContain('15:48 UTC+9');
      expect(localizedTime('en', { timeZone: 'auto' })).toContain('15:48 UTC+9');
      process.env.TZ = 'Asia/Riyadh';
      expect(localizedTime('ar', { timeZone: 'auto' })).toContain('بتوقيت الرياض');
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('UTC stays "UTC" in both languages', () => {
    expect(localizedTime('ar', { timeZone: 'UTC' })).toContain('06:48 UTC');
    expect(localizedTime('en', { timeZone: 'UTC' })).toContain('06:48 UTC');
  });

  it('every listed zone has a name in both languages, and the list has no zone twice', () => {
    for (const locale of ['ar', 'en'] as const) {
      const names = zoneNames(locale);
      for (const zone of NAMED_TIME_ZONES) expect(names[zone], `${locale} ${zone}`).toMatch(/\S/);
    }
    expect(new Set(TIME_ZONE_CHOICES).size).toBe(TIME_ZONE_CHOICES.length);
  });
});
