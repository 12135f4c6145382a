import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { badgeGeometry, BADGE_COLORS, BADGE_HEIGHT, BADGE_PADDING, renderBadge } from '@/lib/open-data/badges';
import { estimateWidth, woffToSfnt } from '@/lib/open-data/text-render';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('badge SVG', () => {
  const svg = renderBadge({ lang: 'ar', label: 'أوبتيميزم (OP Mainnet)', message: 'يعمل', status: 'operational', labelWidth: 102.3, messageWidth: 19.4 });
  const root = parser.parse(svg).svg;

  it('is well-formed SVG with size, viewBox, role="img" and a <title>', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(root['@xmlns']).toBe('http://www.w3.org/2000/svg');
    const { width } = badgeGeometry(102.3, 19.4);
    expect(root['@width']).toBe(String(width));
    expect(root['@height']).toBe(String(BADGE_HEIGHT));
    expect(root['@viewBox']).toBe(`0 0 ${width} ${BADGE_HEIGHT}`);
    expect(root['@role']).toBe('img');
    expect(root.title).toBe('أوبتيميزم (OP Mainnet): يعمل');
    expect(root['@aria-label']).toBe(root.title);
  });

  it('sizes each box to its measured text plus padding and pins the text with textLength', () => {
    const { labelBox, messageBox, width } = badgeGeometry(102.3, 19.4);
    expect(labelBox).toBe(103 + 2 * BADGE_PADDING);
    expect(messageBox).toBe(20 + 2 * BADGE_PADDING);
    expect(width).toBe(labelBox + messageBox);
    expect(svg).toContain('textLength="103" lengthAdjust="spacingAndGlyphs"');
    expect(svg).toContain('textLength="20" lengthAdjust="spacingAndGlyphs"');
  });

  it('reads right to left in Arabic: the label box on the right, the status on the left', () => {
    const { messageBox } = badgeGeometry(102.3, 19.4);
    expect(svg).toContain(`<rect x="${messageBox}" width="${badgeGeometry(102.3, 19.4).labelBox}"`);
    expect(svg).toContain(`<rect x="0" width="${messageBox}" height="20" fill="${BADGE_COLORS.operational}"/>`);
    expect(svg).toContain('direction="rtl"');
    const en = renderBadge({ lang: 'en', label: 'Bitcoin', message: 'operational', status: 'operational', labelWidth: 40, messageWidth: 60 });
    expect(en).toContain(`<rect x="0" width="52"`);
    expect(en).toContain('direction="ltr"');
  });

  it('escapes names and colours the status, unknown in grey', () => {
    const tricky = renderBadge({ lang: 'en', label: 'A & <B>', message: 'unknown', status: 'unknown', labelWidth: 30, messageWidth: 40 });
    expect(XMLValidator.validate(tricky)).toBe(true);
    expect(parser.parse(tricky).svg.title).toBe('A & <B>: unknown');
    expect(tricky).toContain(BADGE_COLORS.unknown);
  });
});

describe('text widths', () => {
  it('estimates generously (never narrower than IBM Plex Sans Arabic measured with HarfBuzz at 11 px)', () => {
    // Measured: «يعمل بشكل طبيعي» 78.5 px, «غير مراقَب مباشرةً» 70.2 px, «أوبتيميزم (OP Mainnet)» 102.3 px, lowercase a–z 144.3 px.
    expect(estimateWidth('يعمل بشكل طبيعي', 11)).toBeGreaterThanOrEqual(78.5);
    expect(estimateWidth('غير مراقَب مباشرةً', 11)).toBeGreaterThanOrEqual(70.2);
    expect(estimateWidth('أوبتيميزم (OP Mainnet)', 11)).toBeGreaterThanOrEqual(102.3);
    expect(estimateWidth('abcdefghijklmnopqrstuvwxyz', 11)).toBeGreaterThanOrEqual(144.3);
    // Marks and bidi controls take no room.
    expect(estimateWidth('\u200F\u2068ب\u064E\u2069', 11)).toBe(estimateWidth('ب', 11));
  });

  it('unpacks the WOFF fonts to TrueType with every table intact', () => {
    const woff = fs.readFileSync('node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff');
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(sfnt.length).toBe(woff.readUInt32BE(16));
    const tables = sfnt.readUInt16BE(4);
    const tags = Array.from({ length: tables }, (_, i) => sfnt.toString('latin1', 12 + i * 16, 16 + i * 16));
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'GSUB', 'hmtx', 'name']));
  });
});
