// Share images (Open Graph / Twitter, 1200×630 PNG) for the home page, a service and an incident. The
// card is drawn in layers: a background (shapes only, as SVG) and text blocks laid out by Pango with
// the site's font (text-render.ts), placed from the start edge of the language (right for Arabic).
import type { Locale } from '@/lib/i18n/routing';
import type { Status } from '@/lib/status/vocabulary';
import { BADGE_COLORS } from '@/lib/open-data/badges';
import { escapeMarkup, getTextRenderer, renderText, type TextLayer } from '@/lib/open-data/text-render';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

const MARGIN = 72;
const BAR = 16;
/** Height of the bottom band. */
const BAND = 96;
const COLORS = { background: '#ffffff', panel: '#f3f4f2', text: '#17181a', muted: '#54585f', accent: '#0b5cad', line: '#d9dadd' } as const;

export interface ShareCard {
  lang: Locale;
  /** The site's name, drawn as the brand. */
  brand: string;
  /** A short line above the title: the kind of page (a group, "incident", the tagline). */
  eyebrow: string;
  title: string;
  /** The status sentence, in the status colour with its dot. */
  status: { text: string; tone: Status | 'neutral' };
  /** One line of facts (dates, since when). */
  meta: string | null;
  /** A label in the bottom band, at the start (e.g. where the facts come from). */
  note: string | null;
  /** The site's address, in the bottom band at the end. */
  footer: string;
}

export class ShareImageUnavailable extends Error {}

function toneColor(tone: Status | 'neutral'): string {
  return tone === 'neutral' ? COLORS.accent : BADGE_COLORS[tone];
}

const TITLE_SIZES = [64, 56, 50, 44, 38, 32] as const;

export async function renderShareCard(card: ShareCard): Promise<Buffer> {
  const sharp = await getTextRenderer();
  if (!sharp) throw new ShareImageUnavailable('sharp is not installed');
  const rtl = card.lang === 'ar';
  const textWidth = SHARE_WIDTH - 2 * MARGIN - BAR;
  const text = (markup: string, sizePx: number, weight: 'regular' | 'semibold', width = textWidth) => renderText(sharp, { markup, sizePx, weight, width, rtl });

  const [brand, eyebrow, status, meta, note, footer] = await Promise.all([
    text(`<span foreground="${COLORS.accent}">${escapeMarkup(card.brand)}</span>`, 40, 'semibold'),
    text(`<span foreground="${COLORS.muted}">${escapeMarkup(card.eyebrow)}</span>`, 28, 'regular', textWidth - 220),
    text(`<span foreground="${toneColor(card.status.tone)}">${escapeMarkup(card.status.text)}</span>`, 38, 'semibold', textWidth - 44),
    card.meta ? text(`<span foreground="${COLORS.muted}">${escapeMarkup(card.meta)}</span>`, 28, 'regular') : Promise.resolve(null),
    card.note ? text(`<span foreground="${COLORS.text}">${escapeMarkup(card.note)}</span>`, 26, 'semibold', textWidth - 360) : Promise.resolve(null),
    text(`<span foreground="${COLORS.muted}">${escapeMarkup(card.footer)}</span>`, 24, 'regular', 320),
  ]);
  const top = 56;
  const titleTop = top + brand.height + 36;
  // What remains for the title between the brand row and the status, meta and bottom band below it.
  const room = Math.max(48, SHARE_HEIGHT - BAND - 24 - titleTop - 32 - status.height - 16 - (meta?.height ?? 0));
  // The largest title size that fits.
  let title: TextLayer | undefined;
  for (const size of TITLE_SIZES) {
    // The font's line box is sized for Arabic marks: Latin-only lines are drawn closer together.
    title = await text(`<span foreground="${COLORS.text}" line_height="${rtl ? 1 : 0.85}">${escapeMarkup(card.title)}</span>`, size, 'semibold');
    if (title.height <= room) break;
  }
  const layers: { layer: TextLayer; top: number; indent?: number; end?: boolean }[] = [];
  layers.push({ layer: brand, top });
  layers.push({ layer: eyebrow, top: top + Math.round((brand.height - eyebrow.height) / 2), indent: brand.width + 24 });
  let y = titleTop;
  const titleLayer = title!.height > room ? await crop(sharp, title!, room) : title!;
  layers.push({ layer: titleLayer, top: y });
  y += titleLayer.height + 32;
  const statusTop = y;
  layers.push({ layer: status, top: y, indent: 44 });
  y += status.height + 16;
  if (meta) layers.push({ layer: meta, top: y });
  // The bottom band: the note at the start, the address at the end.
  const bandMiddle = SHARE_HEIGHT - BAND / 2;
  if (note) layers.push({ layer: note, top: Math.round(bandMiddle - note.height / 2) });
  layers.push({ layer: footer, top: Math.round(bandMiddle - footer.height / 2), end: true });

  // x of a layer's leading edge (in pixels from the image's origin): from the start edge of the language, after the status bar.
  const startEdge = (layer: TextLayer, indent = 0) => (rtl ? SHARE_WIDTH - BAR - MARGIN - indent - layer.width : BAR + MARGIN + indent);
  const endEdge = (layer: TextLayer) => (rtl ? MARGIN : SHARE_WIDTH - MARGIN - layer.width);
  const dotX = rtl ? SHARE_WIDTH - BAR - MARGIN - 14 : BAR + MARGIN + 14;
  const tone = toneColor(card.status.tone);
  const background = Buffer.from(
    [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}">`,
      `<rect width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" fill="${COLORS.background}"/>`,
      `<rect x="${rtl ? SHARE_WIDTH - BAR : 0}" width="${BAR}" height="${SHARE_HEIGHT}" fill="${tone}"/>`,
      `<rect x="${rtl ? 0 : BAR}" y="${SHARE_HEIGHT - BAND}" width="${SHARE_WIDTH - BAR}" height="${BAND}" fill="${COLORS.panel}"/>`,
      `<rect x="${rtl ? 0 : BAR}" y="${SHARE_HEIGHT - BAND}" width="${SHARE_WIDTH - BAR}" height="2" fill="${COLORS.line}"/>`,
      `<circle cx="${dotX}" cy="${statusTop + Math.round(status.height / 2)}" r="14" fill="${tone}"/>`,
      '</svg>',
    ].join(''),
  );
  return sharp(background)
    .composite(layers.map(({ layer, top: t, indent, end }) => ({ input: layer.png, top: t, left: Math.max(0, Math.round(end ? endEdge(layer) : startEdge(layer, indent))) })))
    .png({ compressionLevel: 9 })
    .toBuffer();
}

async function crop(sharp: NonNullable<Awaited<ReturnType<typeof getTextRenderer>>>, layer: TextLayer, height: number): Promise<TextLayer> {
  const png = await sharp(layer.png).extract({ left: 0, top: 0, width: layer.width, height }).png().toBuffer();
  return { png, width: layer.width, height };
}
