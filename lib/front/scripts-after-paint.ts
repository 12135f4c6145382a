// A page's own scripts start loading once the page has painted its first text, not while it is being
// drawn. Next writes each of its chunks as `<script src="/_next/static/…" async>` in the <head>: the
// browser fetches them with the stylesheet and runs each as soon as it arrives, in the middle of the
// first paint. Every page is complete as the server sent it (docs/architecture.md § Home page speed);
// the scripts add what acts (menus, the bars' keyboard, live refresh). So the front server takes those
// tags out and puts in their place one small inline script that adds them, in the same order, when the
// browser reports its first contentful paint, or after a short wait if it reports none (a tab opened
// in the background paints nothing until it is shown).
//
// Pure: the front server applies it to every HTML page it stores (proxy.ts); the page's CSP allows the
// inline script by its hash like any other (csp.ts). If Next ever writes its tags differently, nothing
// matches and the page is served as Next made it.

/** Next's chunk tags, exactly as it writes them. */
const CHUNK_TAG = /<script src="(\/_next\/static\/[^"<>\s]+\.js)" async=""><\/script>/g;

/** The longest a page waits for its first paint before loading its scripts anyway. */
export const AFTER_PAINT_LIMIT_MS = 3_000;

/**
 * The loader. Written out as text (no bundler runs on it): `observe` on an entry type the browser does
 * not know throws in some browsers and is ignored in others, so the type is checked first; without it
 * the scripts wait for one frame instead.
 */
function loader(sources: readonly string[]): string {
  return (
    '(function(s){var d=0;function go(){if(d)return;d=1;for(var i=0;i<s.length;i++){var e=document.createElement("script");e.src=s[i];e.async=true;document.head.appendChild(e)}}' +
    'var P=window.PerformanceObserver;if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf("paint")>=0){' +
    'new P(function(l,o){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();setTimeout(go,0)}}).observe({type:"paint",buffered:true})' +
    '}else requestAnimationFrame(function(){setTimeout(go,0)});' +
    `setTimeout(go,${AFTER_PAINT_LIMIT_MS})})(${JSON.stringify(sources)})`
  );
}

/** The page with its chunk scripts loaded after its first paint (unchanged if it has none or no <head>). */
export function scriptsAfterPaint(html: string): string {
  const sources: string[] = [];
  const head = html.indexOf('</head>');
  if (head < 0) return html;
  const without = html.replace(CHUNK_TAG, (_tag, src: string) => {
    sources.push(src);
    return '';
  });
  if (sources.length === 0) return html;
  const at = without.indexOf('</head>');
  return `${without.slice(0, at)}<script>${loader(sources)}</script>${without.slice(at)}`;
}
