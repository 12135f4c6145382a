// Arabic that reads as written (issue 15, item 5): one word per idea, no calques, names in one script.
// The words we do not use are listed once, in docs/glossary.md's «Words we do not use» table; this test
// reads that table, so the glossary and the texts cannot drift apart.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { builtinCatalog } from '@/lib/catalog/services';
import { CONFIDENCE_LABELS, PROVENANCE_LABELS, STATE_LABELS } from '@/lib/incidents/labels';
import { TIME_ZONE_CHOICES } from '@/lib/i18n/preferences';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  );
}

const arMessages = flatten(ar as Tree);
const exportLabels = [STATE_LABELS, CONFIDENCE_LABELS, PROVENANCE_LABELS].flatMap((table) =>
  Object.entries(table).map(([code, label]) => [`labels.${code}`, label.ar] as [string, string]),
);
const catalogNames = builtinCatalog.services.map((s) => [`catalog.${s.id}`, s.name.ar] as [string, string]);
const ARABIC_TEXTS = [...arMessages, ...exportLabels, ...catalogNames];

/** The «not this» column of docs/glossary.md's «Words we do not use» table. */
function forbiddenWords(): { word: string; use: string }[] {
  const glossary = readFileSync('docs/glossary.md', 'utf8');
  const section = glossary.split('## Words we do not use')[1]?.split('\n## ')[0] ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('|') && !line.startsWith('|---') && !line.startsWith('| idea'));
  return rows.flatMap((row) => {
    const [, , use, notThis] = row.split('|').map((cell) => cell.trim());
    return [...(notThis ?? '').matchAll(/«([^»]+)»/g)].map((m) => ({ word: m[1]!, use: use ?? '' }));
  });
}

describe('Arabic copy', () => {
  const forbidden = forbiddenWords();

  it('the glossary lists the words we do not use (the table this test reads is there)', () => {
    for (const word of ['كوين بيس', 'حيوية الشبكة', 'مُعاد بناؤه', 'غرينتش+', 'نقطة قياس', 'ما الذي يفصل بينه مرصد']) {
      expect(forbidden.map((f) => f.word)).toContain(word);
    }
  });

  it('no forbidden word or calque appears in ar.json, the export labels or the catalog names', () => {
    const found = ARABIC_TEXTS.flatMap(([key, text]) => forbidden.filter((f) => text.includes(f.word)).map((f) => `${key}: «${f.word}» (use ${f.use})`));
    expect(found).toEqual([]);
  });

  it('nor in the Arabic texts written in code under lib/ (`ar: \'…\'`, e.g. a cloud event\'s timeline)', () => {
    const files = readdirSync('lib', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => path.join('lib', f));
    const found: string[] = [];
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bar: (['`])((?:\\.|(?!\1)[^\\])*)\1/g)) {
        for (const f of forbidden) if (m[2]!.includes(f.word)) found.push(`${file}: «${f.word}» (use ${f.use})`);
      }
    }
    expect(files.length).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });

  it('one word for a vantage point (موقع القياس), distinct from an endpoint (نقطة اتصال)', () => {
    const text = arMessages.map(([, v]) => v).join('\n');
    expect(text).toContain('موقع القياس');
    expect(text).toContain('مواقع القياس');
    expect(text).toContain('نقطة اتصال');
    // A bare «نقطة عامة» (an endpoint without its word) reads as a vantage or as anything at all.
    expect(text).not.toContain('نقطة عامة');
  });

  it('one word for crypto: العملات الرقمية, the source article’s', () => {
    const text = arMessages.map(([, v]) => v).join('\n');
    expect(text).toContain('عالم العملات الرقمية');
    expect(text).not.toMatch(/كريبتو/);
  });

  it('the chain is الشبكة: no «السلسلة» for a chain anywhere', () => {
    expect(arMessages.filter(([, v]) => /(^|[\s(«])(ال)?سلسلة( الصحيحة| أخرى|)\b/u.test(v) && !v.includes('سلسلة إخفاقات'))).toEqual([]);
  });

  it('every company and chain name in the catalog is written in Latin script in Arabic too', () => {
    const arabicLetters = /[\u0600-\u06FF]/;
    expect(catalogNames.filter(([, name]) => arabicLetters.test(name))).toEqual([]);
    // The same name as in English, or its Latin short name where the English one is long (AWS).
    for (const s of builtinCatalog.services) expect([s.name.en, s.shortName], s.id).toContain(s.name.ar);
  });

  it('a path inside an Arabic sentence is isolated (U+2066…U+2069), so it shows «/ping», not «ping/»', () => {
    expect(arMessages.filter(([, v]) => /(^|[\s(«و])\/[a-z]/.test(v)).map(([k]) => k)).toEqual([]);
  });

  it('Marsad declined where it is an object («ألهم مرصدًا», not «ألهم مرصد»)', () => {
    expect(arMessages.filter(([, v]) => /ألهم مرصد(?!ًا)/.test(v))).toEqual([]);
  });

  it.each([
    ['Asia/Muscat', 'مسقط', 'Muscat'],
    ['Asia/Bahrain', 'المنامة', 'Manama'],
    ['Asia/Damascus', 'دمشق', 'Damascus'],
    ['Africa/Khartoum', 'الخرطوم', 'Khartoum'],
    ['Africa/Tripoli', 'طرابلس (ليبيا)', 'Tripoli (Libya)'],
  ] as const)('the time-zone list offers %s, named in both languages', (zone, arName, enName) => {
    expect(TIME_ZONE_CHOICES).toContain(zone);
    const arOptions = ar.layout.preferences.timeZoneOptions as Record<string, string>;
    const enOptions = en.layout.preferences.timeZoneOptions as Record<string, string>;
    expect(arOptions[zone]).toBe(arName);
    expect(enOptions[zone]).toBe(enName);
  });

  it('every zone in the list has an Arabic and an English name, and none is an offset like «غرينتش+٣»', () => {
    const arOptions = ar.layout.preferences.timeZoneOptions as Record<string, string>;
    const enOptions = en.layout.preferences.timeZoneOptions as Record<string, string>;
    for (const zone of TIME_ZONE_CHOICES) {
      expect(arOptions[zone], zone).toMatch(/[\u0600-\u06FF]/);
      expect(enOptions[zone], zone).toMatch(/[A-Za-z]/);
      expect(`${arOptions[zone]} ${enOptions[zone]}`).not.toMatch(/غرينتش|GMT|[+−-]\d/);
    }
  });
});
