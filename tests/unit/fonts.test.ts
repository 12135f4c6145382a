import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontFaceCss, siteFontCss, WEB_FONTS, webFontsFor } from '@/lib/fonts';
import { woff2CodePoints } from '../helpers/woff2-cmap';

const fileOf = (url: string) => fs.readFileSync(path.join('public', url));

/** Every character of the site's own text: the messages and the data written in lib/ (incidents, FAQ…). */
function siteText(): string {
  const files = ['messages/ar.json', 'messages/en.json'];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|json)$/.test(entry.name)) files.push(full);
    }
  };
  walk('lib');
  return files.map((file) => fs.readFileSync(file, 'utf8')).join('\n');
}

const inRange = (point: number, range: string) =>
  range.split(',').some((part) => {
    const [start, end = start] = part.replace('U+', '').split('-').map((hex) => parseInt(hex, 16));
    return point >= start! && point <= end!;
  });

// Control and invisible formatting characters (joiners, direction marks, isolates): no glyph is drawn.
const INVISIBLE = (point: number) => point < 0x20 || (point >= 0x7f && point < 0xa0) || (point >= 0x200b && point <= 0x200f) || (point >= 0x2028 && point <= 0x202e) || (point >= 0x2060 && point <= 0x206f) || point === 0xfeff;

describe('web fonts', () => {
  it('are named by their content, so a year of caching is safe', () => {
    for (const face of WEB_FONTS) {
      const hash = createHash('sha256').update(fileOf(face.url)).digest('hex').slice(0, 10);
      expect(face.url, face.url).toMatch(new RegExp(`\\.${hash}\\.woff2$`));
    }
  });

  it('hold every character of the site text that their unicode-range claims', () => {
    const used = [...new Set([...siteText()].map((ch) => ch.codePointAt(0)!))].filter((point) => !INVISIBLE(point));
    for (const face of WEB_FONTS) {
      const held = woff2CodePoints(fileOf(face.url));
      const claimed = used.filter((point) => inRange(point, face.unicodeRange));
      expect(claimed.length, `${face.url} is used`).toBeGreaterThan(20);
      const missing = claimed.filter((point) => !held.has(point)).map((point) => `U+${point.toString(16).toUpperCase()}`);
      expect(missing, `${face.family} ${face.weight} lacks`).toEqual([]);
    }
  });

  it('are declared per language: English pages carry no Arabic font', () => {
    expect(webFontsFor('ar').map((face) => face.family)).toEqual(['Plex Arabic', 'Plex Arabic', 'Plex Latin', 'Plex Latin']);
    expect(new Set(webFontsFor('en').map((face) => face.family))).toEqual(new Set(['Plex Latin']));
    const en = fontFaceCss('en');
    expect(en).not.toContain('Plex Arabic');
    expect(en).toContain(":root{--font-site:'Plex Latin','Plex Latin Fallback'}");
    const ar = fontFaceCss('ar');
    // Arabic first: Latin letters fall through to Plex Latin (the Arabic face's range excludes them).
    expect(ar).toContain(":root{--font-site:'Plex Arabic','Plex Latin','Plex Arabic Fallback','Plex Latin Fallback'}");
    for (const face of WEB_FONTS) expect(ar).toContain(`src:url(${face.url}) format('woff2');font-weight:${face.weight};font-style:normal;font-display:optional;unicode-range:${face.unicodeRange}`);
  });

  it("are in the public site's stylesheet, each language naming only its own families", () => {
    const css = fs.readFileSync('app/fonts.css', 'utf8');
    // When lib/fonts.ts changes, app/fonts.css is written anew from siteFontCss() (this failure shows what it must say).
    expect(css.slice(css.indexOf('\n') + 1).trim()).toBe(siteFontCss());
    expect(css).toContain(":root:lang(en){--font-site:'Plex Latin','Plex Latin Fallback'}");
    expect(css).toContain(":root:lang(ar){--font-site:'Plex Arabic','Plex Latin','Plex Arabic Fallback','Plex Latin Fallback'}");
    for (const face of WEB_FONTS) expect(css).toContain(`src:url(${face.url}) format('woff2')`);
  });
});
