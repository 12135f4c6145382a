// The frame of the desk's admin pages (the audit log, the team), written as HTML by their route
// handlers so that an editor gets a real 403 (a React page cannot set its status). The same header
// as the other desk pages (components/desk/desk-shell.tsx): title, language switch, who is signed in
// and the sign-out forms; the site's fonts; logical CSS properties only, so RTL and LTR both hold.
// Every value put in is escaped by the caller with escapeHtml.
import { fontFaceCss } from '@/lib/fonts';
import { LOCALE_DIRECTION, type Locale } from '@/lib/i18n/routing';
import { DESK_CACHE_CONTROL } from './http';

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface FrameWords {
  deskTitle: string;
  skip: string;
  otherLanguage: string;
  signOut: string;
  signOutEverywhere: string;
  /** "Signed in as … (role)", already filled in. */
  signedInAs: string;
}

const CSS = `
:root{color-scheme:light dark;--bg:light-dark(#f7f7f5,#111214);--surface:light-dark(#fff,#1a1c1f);--fg:light-dark(#17181a,#ececec);--muted:light-dark(#54585f,#a9adb4);--line:light-dark(#d9dadd,#33363b);--accent:light-dark(#0b5cad,#7fb4ff);--bad:light-dark(#b3261e,#ff7b72);--good:light-dark(#13723a,#4fc57a)}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font-family:var(--font-site,ui-sans-serif),ui-sans-serif,system-ui,sans-serif;line-height:1.6;-webkit-font-smoothing:antialiased}
a{color:inherit;text-underline-offset:4px}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;inset-inline-start:-9999px}.skip:focus{inset-inline-start:1rem;top:1rem;background:var(--surface);padding:.5rem}
header{border-bottom:1px solid var(--line);background:var(--surface)}
.bar{max-width:48rem;margin:0 auto;padding:.75rem 1rem;display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.75rem}
.bar>a{font-size:1.125rem;font-weight:600;text-decoration:none}
nav{display:flex;flex-wrap:wrap;align-items:center;gap:.75rem;font-size:.875rem}
main{max-width:48rem;margin:0 auto;padding:1.5rem 1rem;display:flex;flex-direction:column;gap:1.25rem}
h1{font-size:1.5rem;font-weight:600;margin:0}h2{font-size:1.25rem;font-weight:600;margin:0}
p{margin:0}.muted{color:var(--muted);font-size:.875rem}
button,.button{font:inherit;font-size:.875rem;color:inherit;background:transparent;border:1px solid var(--line);border-radius:.25rem;padding:.5rem .75rem;cursor:pointer;min-height:2.75rem}
.primary{background:var(--fg);color:var(--bg);border-color:var(--fg);font-weight:600;font-size:1rem}
.danger{border-color:var(--bad);color:var(--bad)}
input,select{font:inherit;color:inherit;background:var(--bg);border:1px solid var(--line);border-radius:.25rem;padding:.5rem .75rem;width:100%;min-height:2.75rem}
label{display:block;font-size:.875rem;font-weight:500}
.box{border:1px solid var(--line);border-radius:.5rem;padding:1rem;display:flex;flex-direction:column;gap:.75rem}
.alert{border:1px solid var(--line);background:var(--surface);border-radius:.25rem;padding:.75rem}
.alert.bad{border-color:var(--bad)}
.grid{display:grid;gap:.75rem}@media (min-width:40rem){.grid{grid-template-columns:repeat(3,minmax(0,1fr))}}
.row{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
ol.entries,ul.users{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:.75rem}
ol.entries>li,ul.users>li{border:1px solid var(--line);border-radius:.5rem;padding:.75rem;display:flex;flex-direction:column;gap:.5rem;min-width:0}
.diff{width:100%;border-collapse:collapse;font-size:.875rem;table-layout:fixed}
.diff th,.diff td{border-top:1px solid var(--line);padding:.25rem .5rem;text-align:start;vertical-align:top;overflow-wrap:anywhere}
.diff th{font-weight:600;color:var(--muted)}
.diff td.was{color:var(--bad)}.diff td.now{color:var(--good)}
.diff td pre{margin:0;white-space:pre-wrap;font:inherit}
.diff .label{display:none}
@media (max-width:40rem){.diff thead{display:none}.diff tr{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);border-top:1px solid var(--line)}.diff td{border:0}.diff td:first-child{grid-column:1/-1;padding-bottom:0}.diff .label{display:block;font-size:.75rem;color:var(--muted)}}
code,.mono{font-family:ui-monospace,monospace;font-size:.8125rem}
.pager{display:flex;justify-content:space-between;gap:1rem;align-items:center}
.secret{font-family:ui-monospace,monospace;font-size:1.125rem;padding:.75rem;border:2px dashed var(--fg);border-radius:.25rem;user-select:all;overflow-wrap:anywhere}
`;

/** A desk admin page: `body` is HTML already escaped; answers `private, no-store` and never cached. */
export function deskHtmlPage(options: {
  lang: Locale;
  status?: number;
  title: string;
  otherHref: string;
  words: FrameWords;
  signedIn: boolean;
  body: string;
}): Response {
  const { lang, words } = options;
  const other = lang === 'ar' ? 'en' : 'ar';
  const signOut = (everywhere: boolean) =>
    `<form method="post" action="/desk/api/sign-out"><input type="hidden" name="lang" value="${lang}">` +
    (everywhere ? '<input type="hidden" name="everywhere" value="1">' : '') +
    `<button type="submit">${escapeHtml(everywhere ? words.signOutEverywhere : words.signOut)}</button></form>`;
  const html =
    `<!doctype html><html lang="${lang}" dir="${LOCALE_DIRECTION[lang]}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow">' +
    `<title>${escapeHtml(options.title)} · ${escapeHtml(words.deskTitle)}</title>` +
    `<style>${fontFaceCss(lang)}\n${CSS}</style></head><body>` +
    `<a class="skip" href="#main">${escapeHtml(words.skip)}</a>` +
    `<header><div class="bar"><a href="/desk/${lang}">${escapeHtml(words.deskTitle)}</a><nav>` +
    `<a href="${escapeHtml(options.otherHref)}" lang="${other}" hreflang="${other}">${escapeHtml(words.otherLanguage)}</a>` +
    (options.signedIn ? signOut(false) + signOut(true) : '') +
    '</nav></div></header>' +
    `<main id="main">${options.signedIn ? `<p class="muted">${escapeHtml(words.signedInAs)}</p>` : ''}${options.body}</main></body></html>`;
  return new Response(html, { status: options.status ?? 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': DESK_CACHE_CONTROL } });
}
