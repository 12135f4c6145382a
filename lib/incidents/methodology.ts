// The methodology version every figure Marsad publishes refers to (docs/methodology.md § Versions): the
// about page states it, incident pages and exports carry it. Raise it whenever a rule, threshold or
// formula on the about page changes, and say what changed there.
export const METHODOLOGY_VERSION = '1.4';

/** The licence of Marsad's data (incident timelines, exports, API). */
export const DATA_LICENSE = {
  id: 'CC-BY-4.0',
  name: 'CC BY 4.0',
  url: { ar: 'https://creativecommons.org/licenses/by/4.0/deed.ar', en: 'https://creativecommons.org/licenses/by/4.0/' },
} as const;
