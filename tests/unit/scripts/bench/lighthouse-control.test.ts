// The Lighthouse bench's control page (scripts/bench/lighthouse-control/) is built only by the bench and
// never served by Marsad's public build: nothing the public build compiles refers to it, and its own build
// goes to a directory of its own. The bench checks the built side (no file of Marsad's build and no page
// Marsad serves carries the control's marker); this test holds the source side.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const CONTROL = path.join(ROOT, 'scripts/bench/lighthouse-control');
const MARKER = 'marsad-lighthouse-control';

function files(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

describe('the Lighthouse control page', () => {
  it('carries the marker the bench looks for', () => {
    expect(fs.readFileSync(path.join(CONTROL, 'app/page.jsx'), 'utf8')).toContain(MARKER);
    expect(fs.readFileSync(path.join(ROOT, 'scripts/bench-lighthouse.mjs'), 'utf8')).toContain(`'${MARKER}'`);
  });

  it('is referred to by nothing the public build compiles or serves', () => {
    const publicSources = ['app', 'components', 'lib', 'public', 'messages'].flatMap(files).concat(['next.config.ts', 'package.json']);
    const referring = publicSources.filter((file) => {
      const text = fs.readFileSync(path.join(ROOT, file), 'latin1');
      return text.includes(MARKER) || text.includes('lighthouse-control') || text.includes('scripts/bench/');
    });
    expect(referring).toEqual([]);
  });

  it('is built into a directory of its own, ignored by git and by the TypeScript project', async () => {
    const config = (await import(path.join(CONTROL, 'next.config.mjs'))).default as { distDir: string };
    const dist = path.relative(ROOT, path.resolve(CONTROL, config.distDir));
    expect(dist).toBe('.next-lighthouse-control');
    // Marsad's own build directory is .next or NEXT_DIST_DIR; the control's is never the default one.
    expect(fs.readFileSync(path.join(ROOT, 'next.config.ts'), 'utf8')).toContain("distDir: process.env.NEXT_DIST_DIR || '.next'");
    expect(fs.readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('.next-*/');
    const tsconfig = JSON.parse(fs.readFileSync(path.join(ROOT, 'tsconfig.json'), 'utf8')) as { exclude: string[] };
    expect(tsconfig.exclude).toContain('.next-*');
  });

  it("has an instrumentation hook of its own that does nothing, so its build never takes Marsad's", async () => {
    // Without it Turbopack compiled the repository root's instrumentation.ts into the control, whose
    // server then started Marsad's database and probes while Lighthouse measured it.
    const hook = (await import(path.join(CONTROL, 'instrumentation.js'))) as { register?: () => unknown };
    expect(typeof hook.register).toBe('function');
    expect(hook.register!()).toBeUndefined();
    expect(fs.readFileSync(path.join(CONTROL, 'instrumentation.js'), 'utf8')).not.toMatch(/import|require/);
  });

  it('has no TypeScript for the project to typecheck, so it cannot break the public build', () => {
    expect(files('scripts/bench/lighthouse-control').filter((file) => /\.tsx?$/.test(file) && !file.includes('.next'))).toEqual([]);
  });
});
