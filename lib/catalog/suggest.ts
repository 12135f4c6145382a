// "Did you mean": the catalog services closest to a mistyped address (/services/coinbse, /en/etherium),
// for the 404 page. Pure; type imports only, so the browser can run it.

export interface Suggestible {
  id: string;
  shortName: string;
  name: { ar: string; en: string };
  /** Spellings readers type (an Arabic transliteration): matched like names, never shown. */
  aliases?: readonly string[];
}

/** Edit distance (insertions, deletions, substitutions), on code points. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[y.length]!;
}

const normalize = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\s_.]+/g, '-').replace(/^-+|-+$/g, '');

/** The last meaningful segment of a path, decoded and normalized (`/en/services/Coin%20bse/` → `coin-bse`). */
export function lastSegment(pathname: string): string {
  const path = pathname.split(/[?#]/)[0] ?? '';
  const last = path.split('/').filter(Boolean).at(-1) ?? '';
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // A malformed escape: compare it as written.
  }
  return normalize(decoded);
}

/**
 * Up to `count` services whose id or names are close to `query`: a name that contains it or that it
 * contains (3 letters or more), or within an edit distance of a third of the name's length (at least 1).
 * Closest first; nothing when nothing is close (a page that never existed gets no random suggestion).
 */
export function closestServices<T extends Suggestible>(query: string, services: readonly T[], count = 3): T[] {
  const q = normalize(query);
  if (q.length < 2) return [];
  const scored: { service: T; score: number }[] = [];
  for (const service of services) {
    const keys = [service.id, service.shortName, service.name.en, service.name.ar, ...(service.aliases ?? [])].map(normalize).filter(Boolean);
    let best = Infinity;
    for (const key of keys) {
      if (q.length >= 3 && (key.includes(q) || q.includes(key))) best = Math.min(best, Math.abs(key.length - q.length) / 100);
      const d = editDistance(q, key);
      if (d <= Math.max(1, Math.floor(key.length / 3))) best = Math.min(best, d);
    }
    if (best !== Infinity) scored.push({ service, score: best });
  }
  return scored
    .sort((a, b) => a.score - b.score)
    .slice(0, count)
    .map((s) => s.service);
}
