'use client';
// An element whose contents the browser keeps exactly as the server sent them while the page hydrates:
// React neither builds nor walks them (it never compares an element's `dangerouslySetInnerHTML` with the
// page while hydrating, and does not hydrate the children of such an element). The home page's rows
// are most of its HTML; hydrating them was most of its start-up work on a phone, and they have nothing to
// do until the first poll (docs/architecture.md § Home page speed).
//
// The children are rendered where the HTML is made (on the server), on any later mount in the browser (a
// client-side navigation to the page: there is no server HTML to keep), and from the moment `until`
// becomes true (the first poll answered, the visitor moved to a day: React draws the contents from then on).
import { createElement, useId, useState, type HTMLAttributes, type ReactNode, type SVGAttributes } from 'react';

type Tag = 'div' | 'h2' | 'p' | 'svg';
type Attributes = Omit<HTMLAttributes<HTMLElement> & SVGAttributes<SVGSVGElement>, 'children' | 'dangerouslySetInnerHTML'>;

/**
 * `until`: draw the contents from now on. `contents`: a text that changes when the contents would (a
 * navigation that gives the page new data draws them too).
 */
export function KeptServerHtml({ as = 'div', until = false, contents, children, ...attributes }: { as?: Tag; until?: boolean; contents?: string; children: ReactNode } & Attributes) {
  // Hydrating, the element the server sent is in the page under the same id (useId is the same on both
  // sides); a later mount in the browser has a new id that nothing in the page carries yet.
  const mark = useId();
  const [keeping, setKeeping] = useState(() => typeof document !== 'undefined' && document.querySelector(`[data-kept="${CSS.escape(mark)}"]`) !== null);
  const [sent] = useState(contents);
  // Once drawn, always drawn (a kept element made again would be empty).
  if (keeping && (until || contents !== sent)) setKeeping(false);
  if (keeping && !until && contents === sent) return createElement(as, { ...attributes, 'data-kept': mark, dangerouslySetInnerHTML: { __html: '' }, suppressHydrationWarning: true });
  // A new key: React replaces the kept element instead of patching a subtree it never built.
  return createElement(as, { ...attributes, 'data-kept': mark, key: 'drawn' }, children);
}
