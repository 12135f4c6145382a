// One source per vocabulary: the locales, what a chain is and the words of a status are each spelled
// out in one file of lib/, components/ and app/, and everything else asks that file. Fails with the
// file and line that spells one out again.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function sources(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

const FILES = ['lib', 'components', 'app'].flatMap(sources);

/** Lines outside `home` that match `pattern`, as `file:line: text`. */
function spelledOutside(home: string, pattern: RegExp): string[] {
  return FILES.filter((file) => file !== home).flatMap((file) =>
    fs
      .readFileSync(path.join(ROOT, file), 'utf8')
      .split('\n')
      .flatMap((text, i) => (pattern.test(text) ? [`${file}:${i + 1}: ${text.trim()}`] : [])),
  );
}

describe('one source per vocabulary', () => {
  it('the locales and the Locale type live in lib/i18n/routing.ts only', () => {
    expect(spelledOutside('lib/i18n/routing.ts', /'ar'\s*\|\s*'en'|'en'\s*\|\s*'ar'|\[\s*'ar'\s*,\s*'en'\s*\]|\btype Locale\s*=/)).toEqual([]);
  });

  it('"is a chain" is decided in lib/catalog/categories.ts only', () => {
    expect(spelledOutside('lib/catalog/categories.ts', /category\s*===\s*'l2'|'l2'\s*===|\.chain\s*!==\s*undefined|\[\s*'l1'\s*,\s*'l2'\s*\]/)).toEqual([]);
  });

  it('the words of a status are chosen in lib/i18n/status-label.ts only', () => {
    expect(spelledOutside('lib/i18n/status-label.ts', /['"`]chainStalled['"`]/)).toEqual([]);
  });

  it('sees the files it checks', () => {
    expect(FILES).toContain('lib/i18n/routing.ts');
    expect(FILES).toContain('components/status/status-badge.tsx');
    expect(FILES.some((f) => f.startsWith('app/'))).toBe(true);
  });
});
