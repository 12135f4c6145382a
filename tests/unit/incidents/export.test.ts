// CSV and JSON exports: BOM, RFC 4180 quoting, CRLF, one row per event, and the fields the page shows.
import { describe, expect, it } from 'vitest';
import { BOM, CSV_COLUMNS, CSV_HEADERS, csvField, incidentCsvFilename, incidentToCsv, incidentToJson } from '@/lib/incidents/export';
import { PAST_INCIDENTS, findPastIncident } from '@/lib/incidents/past';
import type { PastIncident } from '@/lib/incidents/types';

/** A small RFC 4180 parser: quoted fields may hold commas, doubled quotes, CR and LF; rows end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += c;
      i += 1;
      continue;
    }
    if (c === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i += 1;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i += 1;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`bare line break at ${i}`);
    } else {
      field += c;
      i += 1;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length > 0) throw new Error('last row does not end in CRLF');
  return rows;
}

const oct = findPastIncident('aws-us-east-1-2025-10-20')!;

/** An incident whose text needs every kind of quoting. */
const tricky: PastIncident = {
  ...oct,
  events: [
    {
      ...oct.events[0]!,
      summary: {
        ar: 'قالت الشركة: "انقطاع، ثم تعافٍ"\r\nسطر ثانٍ, مع فاصلة',
        en: 'It said "down, then up"\nsecond line, with a comma',
      },
      serviceLabel: 'AWS, "us-east-1"',
    },
    { ...oct.events.find((e) => e.timeUtc === null)! },
  ],
};

describe('incidentToCsv', () => {
  it('starts with a BOM and ends every row with CRLF', () => {
    for (const locale of ['ar', 'en'] as const) {
      const csv = incidentToCsv(oct, locale);
      expect(csv.startsWith(BOM)).toBe(true);
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(csv.endsWith('\r\n')).toBe(true);
      expect(csv.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n/);
    }
  });

  it('has a localized header and one row per event, for every incident', () => {
    for (const inc of PAST_INCIDENTS) {
      for (const locale of ['ar', 'en'] as const) {
        const rows = parseCsv(incidentToCsv(inc, locale).slice(1));
        expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => CSV_HEADERS[c][locale]));
        expect(rows).toHaveLength(inc.events.length + 1);
        rows.slice(1).forEach((r, i) => {
          const e = inc.events[i]!;
          expect(r).toHaveLength(CSV_COLUMNS.length);
          expect(r[0]).toBe(e.id);
          expect(r[1]).toBe(e.timeUtc ?? '');
          expect(r[5]).toBe(e.summary[locale]);
          expect(r[6]).toBe(e.source);
        });
      }
    }
  });

  it('round-trips quotes, commas, line breaks and Arabic', () => {
    const rows = parseCsv(incidentToCsv(tricky, 'ar').slice(1));
    expect(rows[1]![5]).toBe(tricky.events[0]!.summary.ar);
    expect(rows[1]![4]).toBe('AWS, "us-east-1"');
    const en = parseCsv(incidentToCsv(tricky, 'en').slice(1));
    expect(en[1]![5]).toBe(tricky.events[0]!.summary.en);
  });

  it('leaves the time empty and says "time not confirmed" when the time is unknown', () => {
    const rowsAr = parseCsv(incidentToCsv(tricky, 'ar').slice(1));
    const rowsEn = parseCsv(incidentToCsv(tricky, 'en').slice(1));
    expect(rowsEn[2]![1]).toBe('');
    expect(rowsEn[2]![2]).toMatch(/^Time not confirmed/);
    expect(rowsAr[2]![2]).toMatch(/^الوقت غير مؤكد/);
    expect(rowsEn[1]![2]).toBe('');
  });

  it('writes the state, confidence and provenance labels of the glossary', () => {
    const ar = parseCsv(incidentToCsv(oct, 'ar').slice(1));
    expect(ar[1]!.slice(3)).toContain('انقطاع كبير');
    expect(ar[1]![8]).toBe('عالية');
    expect(ar[1]![9]).toBe('مُعلَن من الشركة');
    const claimRow = ar.find((r) => r[0] === 'event-2025-10-20-untimed-ethereum-claim')!;
    expect(claimRow[10]).toBe('ادعاء غير مُتحقَّق منه');
    const en = parseCsv(incidentToCsv(oct, 'en').slice(1));
    expect(en.find((r) => r[0] === 'event-2025-10-20-untimed-metamask')![9]).toBe('Reconstructed from public reports');
    // An event resting only on secondary sources or copies says so in the verification column.
    expect(en.find((r) => r[0] === 'event-2025-10-20-untimed-base')![10]).toBe('Reported by secondary sources only');
    expect(ar.find((r) => r[0] === 'event-2025-10-20-untimed-base')![10]).toBe('لا تذكره إلا مصادر ثانوية');
    expect(en.find((r) => r[0] === 'event-2025-10-20-untimed-metamask')![10]).toBe('');
  });

  it('quotes only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('نص عربي')).toBe('نص عربي');
  });

  it('names the file after the slug and locale', () => {
    expect(incidentCsvFilename(oct, 'ar')).toBe('marsad-aws-us-east-1-2025-10-20-ar.csv');
  });
});

describe('incidentToJson', () => {
  it('exports every event with the fields the page shows, and survives JSON', () => {
    for (const inc of PAST_INCIDENTS) {
      const json = incidentToJson(inc);
      expect(JSON.parse(JSON.stringify(json))).toEqual(json);
      expect(json.slug).toBe(inc.slug);
      expect(json.corrections).toEqual(inc.corrections);
      expect(json.sourceInfo.map((s) => s.url)).toEqual(inc.sourceInfo.map((s) => s.url));
      expect(json.events).toHaveLength(inc.events.length);
      json.events.forEach((e, i) => {
        const src = inc.events[i]!;
        expect(Object.keys(e).sort()).toEqual(
          [
            'bestSourceType',
            'claimOnly',
            'confidence',
            'extraSources',
            'id',
            'provenance',
            'secondarySourcesOnly',
            'serviceIds',
            'services',
            'source',
            'sourceSite',
            'state',
            'summary',
            'timeApproximate',
            'timeConfirmed',
            'timeNote',
            'timeUtc',
          ].sort(),
        );
        expect(e.timeUtc).toBe(src.timeUtc);
        expect(e.timeConfirmed).toBe(src.timeUtc !== null);
        expect(e.source).toBe(src.source);
        expect(e.sourceSite).not.toMatch(/^www\./);
      });
    }
  });

  it('does not share objects with the data (a caller cannot change the published incident)', () => {
    const json = incidentToJson(oct);
    json.events[0]!.summary.en = 'changed';
    json.events[0]!.serviceIds.push('x');
    expect(oct.events[0]!.summary.en).not.toBe('changed');
    expect(oct.events[0]!.serviceIds).toEqual(['aws']);
  });
});
