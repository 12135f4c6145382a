// The inline script that applies a visitor's preferences before the page is painted: theme on <html>,
// then times (<time data-format>) in the chosen zone and numbers ([data-num]) in the chosen digits.
// The server renders UTC and Western digits; elements it may change carry suppressHydrationWarning.
// It is a plain function turned into text, so it must not use imports or outer variables.
import { formats } from './formats';
import { PREFERENCES_STORAGE_KEY, TIME_ZONE_CHOICES, DIGIT_CHOICES, THEME_CHOICES } from './preferences';

function applyPreferences(
  dateFormats: Record<string, Intl.DateTimeFormatOptions>,
  key: string,
  choices: { zones: readonly string[]; digits: readonly string[]; themes: readonly string[] },
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
  const localize = () => {
    const prefs = read();
    if (prefs.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = prefs.theme;
    root.dataset.digits = prefs.digits;
    document.querySelectorAll<HTMLTimeElement>('time[data-format]').forEach((el) => {
      const base = dateFormats[el.dataset.format || ''];
      const when = new Date(el.dateTime);
      if (!base || isNaN(when.getTime())) return;
      const text = formatterFor(el.dataset.format || '', base, prefs.zone, prefs.digits).format(when);
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

export const PREFERENCES_SCRIPT = `(${applyPreferences.toString()})(${JSON.stringify(formats.dateTime)},${JSON.stringify(PREFERENCES_STORAGE_KEY)},${JSON.stringify({
  zones: TIME_ZONE_CHOICES,
  digits: DIGIT_CHOICES,
  themes: THEME_CHOICES,
})})`;
