// Where the language switch leads: the same page in the other language, with the visitor's query (the
// incident filters, a chart's range) and anchor (`#event-…`) kept. The path comes unprefixed for Arabic
// (`/incidents`, never `/ar/incidents`, which the locale routing would answer with a redirect). Pure.

/** `path` (already localized: `/incidents` or `/en/incidents`) with the current query and anchor. */
export function switchHref(path: string, search: string, hash: string): string {
  const query = search && search !== '?' ? (search.startsWith('?') ? search : `?${search}`) : '';
  const anchor = hash && hash !== '#' ? (hash.startsWith('#') ? hash : `#${hash}`) : '';
  return `${path}${query}${anchor}`;
}
