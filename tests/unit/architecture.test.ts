// The import rules of the source tree (docs/architecture.md), checked on the source files themselves:
// each file is parsed with the TypeScript compiler and every import, re-export, import() and require()
// is resolved to a file of the repository or to a package. A forbidden import fails this test with the
// file, the line and, for rules that follow imports through other files, the chain that reaches it.
//
// Type-only imports (`import type`, `export type`, `import('…').T`) count for the direct rules (a
// component takes its types from lib/view-types.ts, not from a read model) but not for the transitive
// ones: they are erased and load nothing at run time.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const RESOLVE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json', '/index.ts', '/index.tsx'];

interface ImportEdge {
  /** Repository-relative path of the importing file. */
  from: string;
  line: number;
  specifier: string;
  /** A repository file (`lib/db/client.ts`), or a package name (`next-intl`, `node:fs`). */
  target: string;
  /** True for a file of the repository, false for a package. */
  local: boolean;
  typeOnly: boolean;
}

function listSources(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(child);
    }
  };
  walk(dir);
  return out.sort();
}

function packageName(specifier: string): string {
  if (specifier.startsWith('node:')) return specifier;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function resolveLocal(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = specifier.slice(2);
  else if (specifier.startsWith('./') || specifier.startsWith('../')) base = path.posix.join(path.posix.dirname(from), specifier);
  else return null;
  base = path.posix.normalize(base);
  for (const candidate of [base, ...RESOLVE_EXTENSIONS.map((ext) => base + ext)]) {
    const full = path.join(ROOT, candidate);
    if (fs.existsSync(full) && fs.statSync(full).isFile()) return candidate;
  }
  // Unresolved (a file not yet written): keep the path, so the area rules still see it.
  return base;
}

/** Every import of one source text (the scanner's own test is at the end of this file). */
function importsOf(from: string, text: string): ImportEdge[] {
  const kind = from.endsWith('.tsx') ? ts.ScriptKind.TSX : from.endsWith('.js') || from.endsWith('.mjs') ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(from, text, ts.ScriptTarget.Latest, true, kind);
  const edges: ImportEdge[] = [];
  const add = (node: ts.Node, specifier: ts.Expression | undefined, typeOnly: boolean) => {
    if (!specifier || !ts.isStringLiteralLike(specifier)) return;
    const local = resolveLocal(from, specifier.text);
    edges.push({
      from,
      line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
      specifier: specifier.text,
      target: local ?? packageName(specifier.text),
      local: local !== null,
      typeOnly,
    });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const allNamedAreTypes = !clause?.name && named !== undefined && named.length > 0 && named.every((e) => e.isTypeOnly);
      add(node, node.moduleSpecifier, clause !== undefined && (clause.isTypeOnly || allNamedAreTypes));
    } else if (ts.isExportDeclaration(node)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      add(node, node.moduleSpecifier, node.isTypeOnly || (named !== undefined && named.length > 0 && named.every((e) => e.isTypeOnly)));
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node, node.moduleReference.expression, node.isTypeOnly);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node, node.argument.literal as ts.Expression, true);
    } else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      add(node, node.arguments[0], false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

const cache = new Map<string, ImportEdge[]>();
function importsOfFile(file: string): ImportEdge[] {
  let edges = cache.get(file);
  if (!edges) {
    const full = path.join(ROOT, file);
    edges = SOURCE.test(file) && fs.existsSync(full) ? importsOf(file, fs.readFileSync(full, 'utf8')) : [];
    cache.set(file, edges);
  }
  return edges;
}

/** `lib/db` holds `lib/db/client.ts` and `lib/db.ts`; `lib/view-types` is `lib/view-types.ts`. */
function isIn(target: string, area: string): boolean {
  const bare = target.replace(SOURCE, '');
  return bare === area || target.startsWith(`${area}/`);
}

interface Forbidden {
  /** Folders or files of the repository, without extension. */
  areas?: string[];
  /** Package names: `next` also covers `next/server`. */
  packages?: string[];
}

function forbids(rule: Forbidden, edge: ImportEdge): boolean {
  return edge.local ? (rule.areas ?? []).some((a) => isIn(edge.target, a)) : (rule.packages ?? []).includes(edge.target);
}

function describeEdge(edge: ImportEdge): string {
  return `${edge.from}:${edge.line} imports '${edge.specifier}'${edge.typeOnly ? ' (type)' : ''}`;
}

/** Direct imports of the files under `scope` (but not under `except`) that the rule forbids. */
function directViolations(scope: string[], rule: Forbidden, except: string[] = []): string[] {
  return scope
    .flatMap((dir) => listSources(dir))
    .filter((file) => !except.some((area) => isIn(file, area)))
    .flatMap((file) => importsOfFile(file))
    .filter((edge) => forbids(rule, edge))
    .map(describeEdge);
}

/**
 * Forbidden imports reached from the files under `scope` through the value imports of any repository
 * file (what loading them would load), each with the chain from the scope's file.
 */
function transitiveViolations(scope: string[], rule: Forbidden): string[] {
  const found = new Set<string>();
  for (const start of scope.flatMap((dir) => listSources(dir))) {
    const seen = new Set([start]);
    const queue: { file: string; chain: string[] }[] = [{ file: start, chain: [] }];
    while (queue.length > 0) {
      const { file, chain } = queue.shift()!;
      for (const edge of importsOfFile(file)) {
        if (edge.typeOnly) continue;
        if (forbids(rule, edge)) {
          found.add([...chain, describeEdge(edge)].join(' → '));
          continue;
        }
        if (edge.local && !seen.has(edge.target)) {
          seen.add(edge.target);
          queue.push({ file: edge.target, chain: [...chain, describeEdge(edge)] });
        }
      }
    }
  }
  return [...found].sort();
}

/** Code that runs on the server only: the database, the engine, the read models, open data, the front server. */
const SERVER_CODE = ['lib/db', 'lib/engine', 'lib/read-models', 'lib/open-data', 'lib/front', 'lib/scheduler', 'lib/route-table', 'lib/desk'];
const FRAMEWORK = ['react', 'react-dom', 'next', 'next-intl'];

describe('import rules', () => {
  it('lib/status and lib/probes import no database, React, Next or next-intl, nor read models or the engine (directly)', () => {
    expect(directViolations(['lib/status', 'lib/probes'], { areas: [...SERVER_CODE, 'components', 'app'], packages: FRAMEWORK })).toEqual([]);
  });

  it('lib/status and lib/probes load none of them through other files either', () => {
    expect(transitiveViolations(['lib/status', 'lib/probes'], { areas: [...SERVER_CODE, 'components', 'app'], packages: FRAMEWORK })).toEqual([]);
  });

  it('lib/correlation (the cloud-outage rules) imports no database, React, Next or next-intl, nor read models or the engine, directly or through other files', () => {
    const rule = { areas: [...SERVER_CODE, 'components', 'app'], packages: FRAMEWORK };
    expect(directViolations(['lib/correlation'], rule)).toEqual([]);
    expect(transitiveViolations(['lib/correlation'], rule)).toEqual([]);
  });

  it('lib/notify (what notifications say, signatures, retry times, settings) imports no database, React, Next or next-intl, nor read models or the engine, directly or through other files', () => {
    const rule = { areas: [...SERVER_CODE, 'components', 'app'], packages: FRAMEWORK };
    expect(directViolations(['lib/notify'], rule)).toEqual([]);
    expect(transitiveViolations(['lib/notify'], rule)).toEqual([]);
  });

  it('components import no server code (lib/db, lib/engine, lib/read-models, lib/open-data, the front server)', () => {
    expect(directViolations(['components'], { areas: SERVER_CODE })).toEqual([]);
    expect(transitiveViolations(['components'], { areas: SERVER_CODE })).toEqual([]);
  });

  it('components import lib/view-types with `import type` only', () => {
    const valueImports = listSources('components')
      .flatMap((file) => importsOfFile(file))
      .filter((edge) => edge.local && isIn(edge.target, 'lib/view-types') && !edge.typeOnly)
      .map(describeEdge);
    expect(valueImports).toEqual([]);
  });

  it('app never imports lib/db (nor the engine, the scheduler or the probes): pages and routes call read models', () => {
    expect(directViolations(['app'], { areas: ['lib/db', 'lib/engine', 'lib/scheduler', 'lib/probes'] })).toEqual([]);
  });

  it('lib never imports components or app', () => {
    expect(directViolations(['lib'], { areas: ['components', 'app'] })).toEqual([]);
  });

  it('under lib/, only lib/i18n imports next-intl', () => {
    expect(directViolations(['lib'], { packages: ['next-intl'] }, ['lib/i18n'])).toEqual([]);
  });

  it('under lib/, only the read models, the engine, the desk (its accounts and writes) and the subscribe routes (subscribers\' writes) touch lib/db', () => {
    expect(directViolations(['lib'], { areas: ['lib/db'] }, ['lib/db', 'lib/read-models', 'lib/engine', 'lib/desk', 'lib/subscribe'])).toEqual([]);
  });

  it('one composition root: only lib/engine wires the scheduler (lib, components and app)', () => {
    expect(directViolations(['lib', 'components', 'app'], { areas: ['lib/scheduler'] }, ['lib/scheduler', 'lib/engine'])).toEqual([]);
  });

  it('lib/view-types.ts has type imports only', () => {
    expect(importsOfFile('lib/view-types.ts').filter((edge) => !edge.typeOnly).map(describeEdge)).toEqual([]);
  });
});

describe('the import scanner', () => {
  const edges = importsOf(
    'components/x/example.tsx',
    [
      "import type { A } from '@/lib/view-types';",
      "import { type B, type C } from '@/lib/view-types';",
      "import { D, type E } from '@/lib/read-models/snapshot';",
      "import React from 'react';",
      "import '@/lib/db/client';",
      "export { F } from '../y/z';",
      "export type { G } from 'next-intl/server';",
      "const m = await import('@/lib/engine/boot');",
      "const n = require('node:fs');",
      "let t: import('@/lib/db/schema').T;",
    ].join('\n'),
  );

  it('finds every kind of import, resolves it and tells type-only imports apart', () => {
    expect(edges.map((e) => [e.target, e.typeOnly])).toEqual([
      ['lib/view-types.ts', true],
      ['lib/view-types.ts', true],
      ['lib/read-models/snapshot.ts', false],
      ['react', false],
      ['lib/db/client.ts', false],
      ['components/y/z', false],
      ['next-intl', true],
      ['lib/engine/boot.ts', false],
      ['node:fs', false],
      ['lib/db/schema.ts', true],
    ]);
    expect(edges.map((e) => e.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('reads the real tree: the status badge takes its words from lib/i18n/status-label', () => {
    expect(importsOfFile('components/status/status-badge.tsx').map((e) => e.target)).toContain('lib/i18n/status-label.ts');
    expect(listSources('lib').length).toBeGreaterThan(50);
  });
});
