// The inline script that applies a visitor's preferences before the page is painted: theme on <html>,
// then times (<time data-format>) in the chosen zone and numbers ([data-num]) in the chosen digits.
// The server renders UTC and Western digits; elements it may change carry suppressHydrationWarning.
// A zone is named as people say it («بتوقيت الرياض», "Riyadh time"), not as Intl does («غرينتش+٣»):
// the page's language passes its names for the listed zones; any other zone is written as a UTC offset.
// It is a plain function turned into text, so it must not use imports or outer variables.
import { formats } from './formats';
import { PREFERENCES_STORAGE_KEY, TIME_ZONE_CHOICES, DIGIT_CHOICES, THEME_CHOICES } from './preferences';

function applyPreferences(
  dateFormats: Record<string, Intl.DateTimeFormatOptions>,
  key: string,
  choices: { zones: readonly string[]; digits: readonly string[]; themes: readonly string[] },
  zoneNames: Record<string, string>,
) {
  const root = document.documentElement;
  const arab = '٠١٢٣٤٥٦٧٨٩';
  const read = () => {
    let p: Record<string, string> = {};
    try {
      p = JSON.parse(localStorage.getItem(key) || '{}') || {};
    } catch {
      p = {};
    }
    return {
      theme: choices.themes.indexOf(p.theme!) >= 0 ? p.theme! : 'system',
      digits: choices.digits.indexOf(p.digits!) >= 0 ? p.digits! : 'latn',
      zone: choices.zones.indexOf(p.timeZone!) >= 0 && p.timeZone !== 'auto' ? p.timeZone! : undefined,
    };
  };
  const toDigits = (text: string, digits: string) =>
    digits === 'arab'
      ? text.replace(/[0-9]/g, (d) => arab.charAt(+d)).replace(/(\d|[٠-٩])\.(?=[0-9٠-٩])/g, '$1٫').replace(/%/g, '٪')
      : text.replace(/[٠-٩]/g, (d) => String(arab.indexOf(d))).replace(/٫/g, '.').replace(/٪/g, '%');
  // One formatter per (format, zone, digits): live updates re-run this on every change.
  const formatters: Record<string, Intl.DateTimeFormat> = {};
  const formatterFor = (name: string, base: Intl.DateTimeFormatOptions, zone: string | undefined, digits: string) => {
    const id = name + '|' + zone + '|' + digits + '|' + root.lang;
    if (!formatters[id]) {
      // Object.assign, not spread: this text runs as written, with no bundler helpers around it.
      const options: Intl.DateTimeFormatOptions = Object.assign({}, base, { numberingSystem: digits, timeZone: zone });
      if (!zone) delete options.timeZone;
      formatters[id] = new Intl.DateTimeFormat(root.lang, options);
    }
    return formatters[id]!;
  };
  // The zone's own name where the list has one (the browser's zone included), else «UTC+3» for «غرينتش+٣».
  // Asked only when a time is shown: the first use of Intl loads the browser's locale data (tens of ms on
  // a phone), which must not hold up the page's first paint from the <head>.
  let browserZone: string | undefined;
  const zoneOfBrowser = () => {
    if (browserZone === undefined) {
      try {
        browserZone = new Intl.DateTimeFormat().resolvedOptions().timeZone || '';
      } catch {
        browserZone = '';
      }
    }
    return browserZone;
  };
  const format = (formatter: Intl.DateTimeFormat, when: Date, zone: string | undefined) => {
    const name = zoneNames[zone || zoneOfBrowser()];
    return formatter
      .formatToParts(when)
      .map((part) => (part.type !== 'timeZoneName' ? part.value : name || part.value.replace(/^(GMT|غرينتش)/, 'UTC')))
      .join('');
  };
  const localize = () => {
    const prefs = read();
    if (prefs.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = prefs.theme;
    root.dataset.digits = prefs.digits;
    document.querySelectorAll<HTMLTimeElement>('time[data-format]').forEach((el) => {
      const base = dateFormats[el.dataset.format || ''];
      const when = new Date(el.dateTime);
      if (!base || isNaN(when.getTime())) return;
      const text = format(formatterFor(el.dataset.format || '', base, prefs.zone, prefs.digits), when, prefs.zone);
      if (el.textContent !== text) el.textContent = text;
    });
    document.querySelectorAll<HTMLElement>('[data-num]').forEach((el) => {
      const text = toDigits(el.textContent || '', prefs.digits);
      if (el.textContent !== text) el.textContent = text;
    });
  };
  (window as unknown as { marsadLocalize: () => void }).marsadLocalize = localize;
  localize();
  const start = () => {
    localize();
    // Live updates replace text: localize again after React has written it.
    new MutationObserver(localize).observe(document.body, { subtree: true, childList: true, characterData: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}

/**
 * The script for one page language. `zoneNames` maps each listed zone to how the page names it inside a
 * time («بتوقيت الرياض», "Riyadh time"); UTC keeps Intl's own "UTC".
 */
export function preferencesScript(zoneNames: Record<string, string>): string {
  return `(${applyPreferences.toString()})(${JSON.stringify(formats.dateTime)},${JSON.stringify(PREFERENCES_STORAGE_KEY)},${JSON.stringify({
    zones: TIME_ZONE_CHOICES,
    digits: DIGIT_CHOICES,
    themes: THEME_CHOICES,
  })},${JSON.stringify(zoneNames)})`;
}

/** Zones named inside a time: every listed city (not `auto`, which is the browser's, nor UTC). */
export const NAMED_TIME_ZONES = TIME_ZONE_CHOICES.filter((z) => z !== 'auto' && z !== 'UTC');
