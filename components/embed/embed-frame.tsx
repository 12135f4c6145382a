import type { ReactNode } from 'react';
import { AutoReload } from './auto-reload';

// A widget has no site header or footer (they belong to the (site) route group); inside another site's
// iframe it also takes only the height it needs and shows that site's background.
const EMBED_CSS = 'body{min-height:0;background:transparent}';

// Inside another site's iframe, browsers that block third-party storage throw on any localStorage
// access, and one unguarded read in the shared header would take the whole widget down. A widget keeps
// no preferences, so an in-memory stand-in is enough. Runs while the HTML is parsed, before hydration.
const STORAGE_GUARD =
  "(function(){try{window.localStorage.getItem('marsad')}catch(e){var m={};try{Object.defineProperty(window,'localStorage',{configurable:true,value:{getItem:function(k){return Object.prototype.hasOwnProperty.call(m,k)?m[k]:null},setItem:function(k,v){m[k]=String(v)},removeItem:function(k){delete m[k]},clear:function(){m={}},key:function(i){return Object.keys(m)[i]||null},get length(){return Object.keys(m).length}}})}catch(e2){}}})();";

export function EmbedFrame({ kind, id, children }: { kind: 'service' | 'group'; id: string; children: ReactNode }) {
  return (
    <main className="p-2" data-embed={kind} data-embed-id={id}>
      <script dangerouslySetInnerHTML={{ __html: STORAGE_GUARD }} />
      <style>{EMBED_CSS}</style>
      <div className="rounded-md border border-line bg-surface p-3 text-start">{children}</div>
      <AutoReload seconds={60} />
    </main>
  );
}
