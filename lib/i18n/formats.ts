// Number and date formats with the calendar and numbering system stated explicitly: `ar` alone would
// give Arabic-Indic digits on some engines and the Hijri calendar with `ar-SA`, and the server's HTML
// must equal the hydrated page. Western digits by default; a visitor may choose Arabic-Indic in the browser.
import type { Formats } from 'next-intl';

export const NUMBERING_SYSTEM = 'latn';
export const CALENDAR = 'gregory';
/** The server renders every time in UTC; the visitor's zone is applied in the browser. */
export const SERVER_TIME_ZONE = 'UTC';

export const formats = {
  dateTime: {
    // Each names its zone ("UTC" from the server; the visitor's zone once the browser applies it).
    short: { calendar: CALENDAR, numberingSystem: NUMBERING_SYSTEM, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: SERVER_TIME_ZONE, timeZoneName: 'short' },
    long: { calendar: CALENDAR, numberingSystem: NUMBERING_SYSTEM, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: SERVER_TIME_ZONE, timeZoneName: 'short' },
    date: { calendar: CALENDAR, numberingSystem: NUMBERING_SYSTEM, day: 'numeric', month: 'long', year: 'numeric', timeZone: SERVER_TIME_ZONE },
    time: { calendar: CALENDAR, numberingSystem: NUMBERING_SYSTEM, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: SERVER_TIME_ZONE, timeZoneName: 'short' },
  },
  number: {
    integer: { numberingSystem: NUMBERING_SYSTEM, maximumFractionDigits: 0 },
    percent: { numberingSystem: NUMBERING_SYSTEM, style: 'percent', maximumFractionDigits: 2, roundingMode: 'floor' },
    decimal: { numberingSystem: NUMBERING_SYSTEM, maximumFractionDigits: 1 },
  },
} satisfies Formats;
