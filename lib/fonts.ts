// The site's web fonts: IBM Plex Sans Arabic (SIL OFL 1.1), cut from @fontsource 5.3.0's files by
// scripts/subset-fonts.sh into public/fonts (Arabic 400: 43 KB → 25 KB), each with its content hash
// in the name, so they are cached for a year (lib/front/policy.ts).
//
// Each language's pages declare only the files they show: Arabic pages the Arabic and the Latin files
// (names, figures), English pages the Latin ones alone. The one Arabic word an English page carries (the
// language switch) is set in the system's Arabic font rather than costing its visitors 25 KB.
//
// `font-display: optional`: on a slow first visit the (metric-matched) system font stays for that view
// rather than swapping late; on an outage day, text now beats typography. Each face names the
// characters it holds (the ranges the script kept), so a file is fetched only when a page shows one.
//
// Not preloaded: a preload puts up to 82 KB of fonts ahead of the stylesheet and the page on a slow
// link, and Chromium holds the first paint while a preloaded `optional` font is on its way (Lighthouse
// on the Arabic home saw the first paint wait about a second, after all the page's scripts had run:
// docs/architecture.md § Home page speed). Unpreloaded, the files arrive with the first layout and are used from the next
// view on (cached for a year).
import { routing, type Locale } from '@/lib/i18n/routing';

export interface WebFontFace {
  family: 'Plex Arabic' | 'Plex Latin';
  weight: 400 | 600;
  /** Under public/: the name carries the first 10 hex digits of the file's SHA-256. */
  url: string;
  unicodeRange: string;
}

const ARABIC_RANGE = 'U+0600-06FF,U+200C-200F';
const LATIN_RANGE =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

export const WEB_FONTS: readonly WebFontFace[] = [
  { family: 'Plex Arabic', weight: 400, url: '/fonts/plex-arabic-400.6bdab11416.woff2', unicodeRange: ARABIC_RANGE },
  { family: 'Plex Arabic', weight: 600, url: '/fonts/plex-arabic-600.19e0371a1b.woff2', unicodeRange: ARABIC_RANGE },
  { family: 'Plex Latin', weight: 400, url: '/fonts/plex-latin-400.56b2b84146.woff2', unicodeRange: LATIN_RANGE },
  { family: 'Plex Latin', weight: 600, url: '/fonts/plex-latin-600.78d14273b3.woff2', unicodeRange: LATIN_RANGE },
];

/**
 * Local fonts reshaped to Plex's metrics (the figures next/font computed for these files against
 * Arial), so text set in them before or instead of the web font takes the same room: no layout shift.
 */
const FALLBACKS = {
  'Plex Arabic': { ascent: '108.5%', descent: '41.5%', sizeAdjust: '100%', unicodeRange: ARABIC_RANGE },
  'Plex Latin': { ascent: '107.29%', descent: '41.04%', sizeAdjust: '101.13%', unicodeRange: LATIN_RANGE },
} as const;

export function webFontsFor(locale: Locale): readonly WebFontFace[] {
  return locale === 'ar' ? WEB_FONTS : WEB_FONTS.filter((face) => face.family === 'Plex Latin');
}

const faceRule = (face: WebFontFace) =>
  `@font-face{font-family:'${face.family}';src:url(${face.url}) format('woff2');font-weight:${face.weight};font-style:normal;font-display:optional;unicode-range:${face.unicodeRange}}`;

const fallbackRule = (family: WebFontFace['family']) => {
  const f = FALLBACKS[family];
  return `@font-face{font-family:'${family} Fallback';src:local('Arial');ascent-override:${f.ascent};descent-override:${f.descent};line-gap-override:0%;size-adjust:${f.sizeAdjust};unicode-range:${f.unicodeRange}}`;
};

const familiesOf = (faces: readonly WebFontFace[]) => [...new Set(faces.map((face) => face.family))];

/** A language's family list: the web fonts, then their metric-matched fallbacks. */
const stackFor = (locale: Locale) => {
  const families = familiesOf(webFontsFor(locale));
  return [...families, ...families.map((family) => `${family} Fallback`)].map((name) => `'${name}'`).join(',');
};

/** The @font-face rules of a language's pages and the family list that uses them (--font-site): the desk's pages. */
export function fontFaceCss(locale: Locale): string {
  const faces = webFontsFor(locale);
  return [...faces.map(faceRule), ...familiesOf(faces).map(fallbackRule), `:root{--font-site:${stackFor(locale)}}`].join('\n');
}

/**
 * The public site's font rules, in its stylesheet (app/fonts.css, which a test holds equal to this) rather
 * than in each page: every face is declared, and each language's family list names only its own, so a
 * browser fetches a file only where a page's list names it (English pages never fetch the Arabic files).
 */
export function siteFontCss(): string {
  return [
    ...WEB_FONTS.map(faceRule),
    ...familiesOf(WEB_FONTS).map(fallbackRule),
    ...routing.locales.map((locale) => `:root:lang(${locale}){--font-site:${stackFor(locale)}}`),
  ].join('\n');
}
