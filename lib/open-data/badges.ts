// Status badges as SVG (20 px high, the size of the badges READMEs already carry): a label (the
// service or group) and a message (its status) on the status colour. Pure: the route measures the
// texts and passes the words.
//
// Width: each text is measured with the site's font (IBM Plex Sans Arabic, shaped by HarfBuzz: see
// text-render.ts) and drawn with textLength + lengthAdjust="spacingAndGlyphs". An SVG shown as an
// image cannot load web fonts, so the viewer's own font draws it; textLength makes that font fill
// exactly the measured box, so Arabic text never overflows or leaves a gap whatever font is used.
import type { Locale } from '@/lib/i18n/routing';
import type { Status } from '@/lib/status/vocabulary';
import { escapeXml } from '@/lib/open-data/feeds';

export const BADGE_HEIGHT = 20;
export const BADGE_FONT_SIZE = 11;
/** Space on each side of a text. */
export const BADGE_PADDING = 6;
export const BADGE_FONT_STACK = "'IBM Plex Sans Arabic','Noto Sans Arabic','Segoe UI',Tahoma,'DejaVu Sans',Verdana,sans-serif";

/** The light theme's status colours (app/globals.css), each at least 4.5:1 under white text. */
export const BADGE_COLORS: Record<Status, string> = {
  operational: '#13723a',
  degraded: '#8a5a00',
  partial_outage: '#a3369b',
  major_outage: '#b3261e',
  maintenance: '#3b5bab',
  unknown: '#5c6068',
};
const LABEL_COLOR = '#3d4148';

export interface BadgeInput {
  lang: Locale;
  label: string;
  message: string;
  status: Status;
  /** Measured widths of the two texts at BADGE_FONT_SIZE, in px. */
  labelWidth: number;
  messageWidth: number;
}

export interface BadgeGeometry {
  width: number;
  labelBox: number;
  messageBox: number;
}

export function badgeGeometry(labelWidth: number, messageWidth: number): BadgeGeometry {
  const labelBox = Math.ceil(labelWidth) + 2 * BADGE_PADDING;
  const messageBox = Math.ceil(messageWidth) + 2 * BADGE_PADDING;
  return { width: labelBox + messageBox, labelBox, messageBox };
}

function textElement(text: string, centre: number, length: number, lang: Locale): string {
  const dir = /[\u0600-\u06ff]/.test(text) || lang === 'ar' ? 'rtl' : 'ltr';
  const attrs = `x="${centre}" textLength="${Math.ceil(length)}" lengthAdjust="spacingAndGlyphs" direction="${dir}"`;
  const content = escapeXml(text);
  // A faint shadow under the text, as on the usual flat badges, for legibility on light colours.
  return `<text ${attrs} y="15" fill="#010101" fill-opacity=".3" aria-hidden="true">${content}</text><text ${attrs} y="14">${content}</text>`;
}

/**
 * Reading order follows the language: in Arabic the label is at the start (RTL) and the status at the end,
 * as a reader of Arabic meets them.
 */
export function renderBadge(input: BadgeInput): string {
  const { width, labelBox, messageBox } = badgeGeometry(input.labelWidth, input.messageWidth);
  const rtl = input.lang === 'ar';
  const labelX = rtl ? messageBox : 0;
  const messageX = rtl ? 0 : labelBox;
  const title = `${input.label}: ${input.message}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${BADGE_HEIGHT}" viewBox="0 0 ${width} ${BADGE_HEIGHT}" role="img" aria-label="${escapeXml(title)}" xml:lang="${input.lang}" direction="${rtl ? 'rtl' : 'ltr'}">`,
    `<title>${escapeXml(title)}</title>`,
    '<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>',
    `<clipPath id="r"><rect width="${width}" height="${BADGE_HEIGHT}" rx="3" fill="#fff"/></clipPath>`,
    '<g clip-path="url(#r)">',
    `<rect x="${labelX}" width="${labelBox}" height="${BADGE_HEIGHT}" fill="${LABEL_COLOR}"/>`,
    `<rect x="${messageX}" width="${messageBox}" height="${BADGE_HEIGHT}" fill="${BADGE_COLORS[input.status]}"/>`,
    `<rect width="${width}" height="${BADGE_HEIGHT}" fill="url(#s)"/>`,
    '</g>',
    `<g fill="#fff" text-anchor="middle" font-family="${BADGE_FONT_STACK}" font-size="${BADGE_FONT_SIZE}">`,
    textElement(input.label, labelX + labelBox / 2, input.labelWidth, input.lang),
    textElement(input.message, messageX + messageBox / 2, input.messageWidth, input.lang),
    '</g>',
    '</svg>',
  ].join('');
}
