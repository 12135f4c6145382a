// Text drawn on the server with the site's own font (IBM Plex Sans Arabic, from @fontsource): share
// images and badge widths. sharp (libvips) lays text out with Pango, HarfBuzz and FriBidi, so Arabic
// letters join and RTL lines are ordered correctly, which satori (next/og) does not do.
//
// Pango reads fonts through fontconfig, which takes TrueType but not the WOFF files @fontsource ships:
// each WOFF is unpacked to a TrueType file once per process (in the system's temporary directory).
// sharp is an optional dependency of Next; without it, share images are unavailable and badge widths
// fall back to a per-character table.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';

type Sharp = typeof import('sharp').default;

export const FONT_FAMILY = { regular: 'IBM Plex Sans Arabic', semibold: 'IBM Plex Sans Arabic SemiBold' } as const;
export type FontWeight = keyof typeof FONT_FAMILY;

const FONT_FILES = [
  'ibm-plex-sans-arabic-arabic-400-normal.woff',
  'ibm-plex-sans-arabic-latin-400-normal.woff',
  'ibm-plex-sans-arabic-arabic-600-normal.woff',
  'ibm-plex-sans-arabic-latin-600-normal.woff',
] as const;

/** WOFF 1.0 → the TrueType/OpenType file it packs: each table inflated, the directory rebuilt. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 file');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: { tag: number; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({ tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data: compLength < origLength ? inflateSync(raw) : raw });
  }
  const pow2 = 2 ** Math.floor(Math.log2(numTables));
  const header = Buffer.alloc(12 + numTables * 16);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(pow2 * 16, 6);
  header.writeUInt16BE(Math.log2(pow2), 8);
  header.writeUInt16BE(numTables * 16 - pow2 * 16, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    header.writeUInt32BE(t.tag, at);
    header.writeUInt32BE(t.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(t.data.length, at + 12);
    const pad = (4 - (t.data.length % 4)) % 4;
    parts.push(t.data, Buffer.alloc(pad));
    offset += t.data.length + pad;
  });
  return Buffer.concat(parts);
}

function fontDir(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', '@fontsource', 'ibm-plex-sans-arabic', 'files');
}

/** The TrueType files, written once to the temporary directory (content-named, so versions never mix). */
function trueTypeFiles(): string[] {
  const out = path.join(os.tmpdir(), 'marsad-fonts');
  fs.mkdirSync(out, { recursive: true });
  return FONT_FILES.map((name) => {
    const woff = fs.readFileSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ fontDir(), name));
    const file = path.join(out, `${name.replace(/\.woff$/, '')}-${createHash('sha1').update(woff).digest('hex').slice(0, 12)}.ttf`);
    if (!fs.existsSync(file)) {
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, woffToSfnt(woff));
      fs.renameSync(tmp, file);
    }
    return file;
  });
}

let ready: Promise<Sharp | null> | undefined;

/** sharp with the fonts registered (fontconfig keeps each added file for the life of the process). */
export function getTextRenderer(): Promise<Sharp | null> {
  ready ??= (async () => {
    let sharp: Sharp;
    try {
      sharp = (await import('sharp')).default;
    } catch {
      return null;
    }
    try {
      for (const fontfile of trueTypeFiles()) await sharp({ text: { text: '.', font: 'sans 8', fontfile } }).png().toBuffer();
    } catch {
      // Without the files Pango falls back to the system's fonts; text is still shaped correctly.
    }
    return sharp;
  })();
  return ready;
}

export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export interface TextLayer {
  png: Buffer;
  width: number;
  height: number;
}

export interface TextOptions {
  /** Pango markup (escape plain text with escapeMarkup). */
  markup: string;
  sizePx: number;
  weight: FontWeight;
  /** Wrap width; the layer is at most this wide. */
  width?: number;
  rtl: boolean;
  /** Extra space between lines, in points. */
  spacing?: number;
}

const RLM = '\u200F';

/**
 * One block of text as a transparent PNG. RTL text starts with an RTL mark, so a
 * line that opens with a Latin name (AWS, Coinbase) still reads RTL and aligns to its start edge.
 */
export async function renderText(sharp: Sharp, options: TextOptions): Promise<TextLayer> {
  const { data, info } = await sharp({
    text: {
      text: options.rtl ? RLM + options.markup : options.markup,
      font: `${FONT_FAMILY[options.weight]}, ${options.sizePx}`,
      dpi: 72,
      rgba: true,
      wrap: 'word',
      // Pango flips alignment in an RTL paragraph, so this value means the start of the line in both languages.
      align: 'left',
      ...(options.width ? { width: options.width } : {}),
      ...(options.spacing ? { spacing: options.spacing } : {}),
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { png: data, width: info.width, height: info.height };
}

// ---------------------------------------------------------------------------------------------------
// Text width for badges

/**
 * Advance widths per character at 11 px, measured on IBM Plex Sans Arabic with HarfBuzz (Arabic
 * letters 3.9–5.7 px in joined words, Latin lowercase 5.6, capitals 7.0, digits 6.6) and rounded up:
 * used only when sharp is missing, so a badge is a little wide rather than clipped.
 */
export function estimateWidth(text: string, sizePx: number): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x200b && c <= 0x200f) || (c >= 0x2066 && c <= 0x2069)) continue;
    else if (c >= 0x0600 && c <= 0x06ff) width += 6;
    else if (ch === ' ') width += 3;
    else if (/[a-z]/.test(ch)) width += 6;
    else if (/[A-Z]/.test(ch)) width += 7.5;
    else if (/[0-9]/.test(ch)) width += 6.8;
    else if (/[.,:;'()\-/]/.test(ch)) width += 4;
    else width += 7.5;
  }
  return (width * sizePx) / 11;
}

const widthCache = new Map<string, number>();

/** The width of one line of text in px, shaped with the site's font; estimated when sharp is missing. */
export async function measureText(text: string, sizePx: number, weight: FontWeight = 'regular'): Promise<number> {
  const key = `${weight}|${sizePx}|${text}`;
  const cached = widthCache.get(key);
  if (cached !== undefined) return cached;
  const sharp = await getTextRenderer();
  let width = estimateWidth(text, sizePx);
  if (sharp) {
    try {
      // Drawn ten times larger, for a tenth of a pixel of precision.
      const layer = await renderText(sharp, { markup: escapeMarkup(text), sizePx: sizePx * 10, weight, rtl: /[\u0600-\u06ff]/.test(text) });
      width = layer.width / 10;
    } catch {
      // keep the estimate
    }
  }
  if (widthCache.size > 2_000) widthCache.clear();
  widthCache.set(key, width);
  return width;
}
